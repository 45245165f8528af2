import { isAssigned, notesOf } from './analytics/units.js'
import type { Chapter, Item, Plan, Responsibility, Section, Task, Unit } from './types.js'

const EXCERPT = 28

type Level = Unit['type']

/** Tasks under a heading, and the other units under it that carry notes (run-in sections, items). */
function countBelow(node: Plan | Chapter | Section | Task): { tasks: number; noted: number } {
  let tasks = 0
  let noted = 0
  for (const child of node.children ?? []) {
    if (child.type === 'paragraph') continue
    if (child.type === 'task') tasks++
    else if (notesOf(child).length > 0) noted++
    if (child.type !== 'item') {
      const below = countBelow(child)
      tasks += below.tasks
      noted += below.noted
    }
  }
  return { tasks, noted }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

const excerpt = (text: string) => (text.length > EXCERPT ? text.slice(0, EXCERPT) + '…' : text)

/** `[lead] +participant、participant (按职责分工)` for one note that names departments. */
function noteWho(r: Responsibility): string {
  return `[${r.leads.map((d) => d.name).join('、')}]${r.participants.length ? ' +' + r.participants.map((d) => d.name).join('、') : ''}${r.byDuty ? ' (按职责分工)' : ''}`
}

/** Every note of the unit's paragraph that names departments, ` | ` between them; empty when none does. */
function who(unit: Unit): string {
  return notesOf(unit)
    .filter((r) => r.departments.length > 0)
    .map(noteWho)
    .join(' | ')
}

function taskLine(task: Task, indent: string): string {
  // A task that its sub-items assign is not missing a note: the items' lines show who.
  const w = who(task) || (isAssigned(task) ? '' : '[no responsibility]')
  const number = `${indent}${String(task.number).padStart(3)}.`
  return w ? `${number} ${w} — ${excerpt(task.text)}` : `${number} ${excerpt(task.text)}`
}

function itemLine(item: Item, indent: string): string {
  const w = who(item)
  return w ? `${indent}${item.marker}${w} — ${excerpt(item.text)}` : `${indent}${item.marker}${excerpt(item.text)}`
}

/**
 * A readable outline of a parsed plan: chapters and sections with their task
 * counts (or, with no tasks under them, how many units below carry notes),
 * tasks and their sub-items. Every unit that carries a note shows its
 * lead in brackets and its participants, headings too (`（三）加强市场监管。
 * [市场监管总局] +公安部`); several notes in one paragraph are parted by ` | `.
 *
 * @example
 * ```ts
 * console.log(toOutline(parsePlan(text)))
 * // 一、完善知识产权制度 (23 tasks)
 * //   （一）完善知识产权法律法规规章 (9 tasks)
 * //       1. [市场监管总局] +农业农村部、知识产权局 — 推进修订《中华人民共和国反垄断法》…
 * console.log(toOutline(parsePlan('一、完善制度建设。（商务部负责）\n二、做好宣传。')))
 * // 一、完善制度建设。 [商务部]
 * // 二、做好宣传。 (0 tasks)
 * //
 * // 2 chapters (1 with notes), 0 sections, 0 tasks; 0 errors, 0 other diagnostics
 * ```
 */
export function toOutline(plan: Plan): string {
  const out: string[] = []
  const count: Record<Level, number> = { chapter: 0, section: 0, task: 0, item: 0 }
  const noted: Record<Level, number> = { chapter: 0, section: 0, task: 0, item: 0 }
  const tally = (unit: Unit) => {
    count[unit.type]++
    if (notesOf(unit).length > 0) noted[unit.type]++
  }
  const walk = (nodes: readonly Plan['children'][number][], indent: string) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') continue
      tally(node)
      if (node.type === 'task') {
        out.push(taskLine(node, indent))
        // Items line up under the task's wording: past the padded number, its dot and a space.
        if (node.children) walk(node.children, indent + '     ')
      } else if (node.type === 'item') out.push(itemLine(node, indent))
      else {
        const w = who(node)
        const { tasks, noted } = countBelow(node)
        // Tasks as ever; with none, the units with notes below (a chapter over run-in sections),
        // and nothing for a heading that is itself the work.
        const counted = tasks > 0 ? ` (${plural(tasks, 'task')})` : noted > 0 ? ` (${plural(noted, 'unit')} with notes)` : w ? '' : ' (0 tasks)'
        out.push(`${indent}${node.marker}${node.title}${w ? ' ' + w : ''}${counted}`)
        walk(node.children, indent + '  ')
      }
    }
  }
  walk(plan.children, '')
  const part = (level: Level, always: boolean) => {
    if (!always && count[level] === 0) return null
    // Tasks are expected to carry notes; headings and items that do are worth saying.
    const extra = level !== 'task' && noted[level] > 0 ? ` (${noted[level]} with notes)` : ''
    return plural(count[level], level) + extra
  }
  const units = [part('chapter', true), part('section', true), part('task', true), part('item', false)].filter((p) => p !== null)
  const errors = plan.diagnostics.filter((d) => d.severity === 'error').length
  out.push('', `${units.join(', ')}; ${plural(errors, 'error')}, ${plural(plan.diagnostics.length - errors, 'other diagnostic')}`)
  return out.join('\n')
}
