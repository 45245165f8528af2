import type { Department, Plan, PlanNode, Unit } from 'cn-plan-parser'
import { notesOf } from 'cn-plan-parser/analytics'
import { h } from './dom.js'

const isUnit = (node: PlanNode): node is Unit => node.type === 'chapter' || node.type === 'section' || node.type === 'task' || node.type === 'item'

function names(departments: readonly Department[]): string {
  return departments.map((d) => d.name).join('、')
}

/** A unit's lead and participants, from every note of its paragraph. */
function roles(unit: Unit): HTMLElement | null {
  const notes = notesOf(unit).filter((note) => note.departments.length > 0)
  if (notes.length === 0) return null
  const leads = notes.flatMap((note) => note.leads)
  const participants = notes.flatMap((note) => note.participants)
  return h(
    'span',
    { class: 'roles' },
    h('span', { class: 'lead', title: '牵头 lead' }, names(leads) || '—'),
    participants.length > 0 ? h('span', { class: 'participants', title: '参与 participants' }, names(participants)) : null,
    notes.some((note) => note.byDuty) ? h('span', { class: 'duty', title: '按职责分工负责' }, '按职责') : null,
  )
}

function unitLine(unit: Unit): HTMLElement {
  const words = unit.type === 'chapter' || unit.type === 'section' ? unit.title : unit.text
  return h('span', { class: 'line' }, h('span', { class: 'marker' }, unit.marker), h('span', { class: 'words' }, words), roles(unit))
}

/** One unit: a `<details>` when it has units below it (collapsible), else a line. */
function unitElement(unit: Unit): HTMLElement {
  const children: readonly PlanNode[] = 'children' in unit ? (unit.children ?? []) : []
  const below = children.filter(isUnit)
  const data = { unit: unit.id, type: unit.type }
  if (below.length === 0) return h('div', { class: 'unit leaf', data }, unitLine(unit))
  const details = h('details', { class: 'unit', data }, h('summary', {}, unitLine(unit)), ...below.map(unitElement))
  details.open = unit.type !== 'task'
  return details
}

export function renderTree(plan: Plan): HTMLElement {
  return h('div', { class: 'tree' }, ...plan.children.filter(isUnit).map(unitElement))
}

/**
 * Show only the units in `ids` and the units above them (ids are paths:
 * `c1.s2.t3` sits in `c1.s2` and `c1`); `null` shows every unit.
 */
export function filterTree(tree: HTMLElement, ids: ReadonlySet<string> | null): void {
  const shown = new Set<string>()
  for (const id of ids ?? []) {
    const parts = id.split('.')
    for (let i = 1; i <= parts.length; i++) shown.add(parts.slice(0, i).join('.'))
  }
  for (const element of tree.querySelectorAll<HTMLElement>('.unit')) {
    const id = element.dataset.unit ?? ''
    element.hidden = ids !== null && !shown.has(id)
    element.classList.toggle('match', ids?.has(id) ?? false)
    if (ids !== null && element instanceof HTMLDetailsElement && shown.has(id)) element.open = true
  }
}
