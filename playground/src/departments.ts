import type { DepartmentEntry } from 'cn-plan-parser/analytics'
import { h } from './dom.js'

/** One row of the table: what a department is charged with, over units of every level. */
interface Row {
  entry: DepartmentEntry
  name: string
  led: number
  joined: number
  byDuty: number
}

type Column = 'name' | 'led' | 'joined' | 'byDuty'

const COLUMNS: ReadonlyArray<{ key: Column; label: string; title: string }> = [
  { key: 'name', label: '部门 Department', title: 'As first written' },
  { key: 'led', label: '牵头 Led', title: 'Units it leads, at every level' },
  { key: 'joined', label: '参与 Joined', title: 'Units it takes part in, at every level' },
  { key: 'byDuty', label: '按职责 By duty', title: 'Of those, units whose note says 按职责分工负责' },
]

function rowOf(entry: DepartmentEntry): Row {
  const byDuty = Object.values(entry.levels).reduce((sum, level) => sum + level.byDuty, 0)
  return { entry, name: entry.name, led: entry.ledUnits.length, joined: entry.participatedUnits.length, byDuty }
}

function compare(key: Column, a: Row, b: Row): number {
  return key === 'name' ? a.name.localeCompare(b.name, 'zh-Hans-CN') : b[key] - a[key] || a.name.localeCompare(b.name, 'zh-Hans-CN')
}

/**
 * The department table: sorted by a click on a heading (numbers largest
 * first, again to reverse), and a click on a department calls `select` with
 * it (or with `null` when it was already the one selected).
 */
export function renderDepartments(entries: readonly DepartmentEntry[], select: (entry: DepartmentEntry | null) => void): HTMLElement {
  const rows = entries.map(rowOf)
  let sort: { key: Column; reversed: boolean } = { key: 'led', reversed: false }
  let selected: DepartmentEntry | null = null
  const body = h('tbody')
  const heads = COLUMNS.map(({ key, label, title }) => {
    const th = h('th', { title, data: { sort: key } }, h('button', { class: 'sort' }, label))
    th.addEventListener('click', () => {
      sort = { key, reversed: sort.key === key && !sort.reversed }
      fill()
    })
    return th
  })
  const fill = () => {
    const sorted = [...rows].sort((a, b) => compare(sort.key, a, b) * (sort.reversed ? -1 : 1))
    for (const th of heads) th.ariaSort = th.dataset.sort === sort.key ? ((sort.key !== 'name') !== sort.reversed ? 'descending' : 'ascending') : null
    body.replaceChildren(
      ...sorted.map((row) => {
        const button = h('button', { class: 'department', title: row.entry.id ?? 'not in the registry' }, row.name)
        button.addEventListener('click', () => {
          selected = selected === row.entry ? null : row.entry
          for (const tr of body.rows) tr.classList.toggle('selected', tr.dataset.name === selected?.name)
          select(selected)
        })
        const tr = h('tr', { data: { name: row.name } }, h('td', {}, button), h('td', {}, String(row.led)), h('td', {}, String(row.joined)), h('td', {}, String(row.byDuty)))
        tr.classList.toggle('selected', row.entry === selected)
        return tr
      }),
    )
  }
  fill()
  return h('table', { class: 'departments' }, h('thead', {}, h('tr', {}, ...heads)), body)
}
