import type { Chapter, Plan, Responsibility, Section, Task, Unit } from '../types.js'
import { notesOf } from '../util/units.js'

/** The level of a numbered unit: what a responsibility note can be attached to. */
export type UnitLevel = Unit['type']

/** The levels from outermost to innermost. */
export const UNIT_LEVELS = ['chapter', 'section', 'task', 'item'] as const satisfies readonly UnitLevel[]

/**
 * A unit with where it sits. A unit is its own context at its level: a
 * section's `section` is itself, a task's `task` is itself, so the context
 * of any unit reads the same way as the context of a task.
 */
export interface UnitInContext {
  unit: Unit
  level: UnitLevel
  /** The chapter it is in (itself for a chapter); `null` in a plan without chapters. */
  chapter: Chapter | null
  /** The section it is in (itself for a section); `null` above or outside sections. */
  section: Section | null
  /** The task an item belongs to (itself for a task); `null` for chapters, sections and items directly under them. */
  task: Task | null
  /** Every note of the unit's own paragraph, in order (see {@link notesOf}). */
  notes: readonly Responsibility[]
}

export { notesOf }

/** Does any note of the unit name a department? */
export function namesDepartments(notes: readonly Responsibility[]): boolean {
  for (const r of notes) if (r.departments.length > 0) return true
  return false
}

/**
 * Is the task assigned: does a note of its own or of one of its sub-items
 * name a department? The same test as the parser's `missing-responsibility`,
 * but a note naming no department (a deadline line alone) does not count.
 *
 * @example
 * ```ts
 * isAssigned(parsePlan('一、甲\n1. 做事。（商务部负责）').children[0].children[0]) // true
 * ```
 */
export function isAssigned(task: Task): boolean {
  if (namesDepartments(notesOf(task))) return true
  for (const child of task.children ?? []) if (child.type === 'item' && namesDepartments(notesOf(child))) return true
  return false
}

/**
 * The unit's wording in one string: a task's or item's `text`; a heading's
 * `title` followed by its run-in `text` (`（三）加强市场监管。完善……机制。`),
 * which is what a note closing a run-in paragraph covers. Notes are not in it.
 *
 * @example
 * ```ts
 * unitWording(parsePlan('一、甲\n（一）加强监管。完善规则。（市场监管总局负责）').children[0].children[0])
 * // '加强监管。完善规则。'
 * ```
 */
export function unitWording(unit: Unit): string {
  if (unit.type === 'task' || unit.type === 'item') return unit.text
  return unit.text ? unit.title + unit.text : unit.title
}

type Visit = (entry: UnitInContext) => void

function visit(nodes: readonly Plan['children'][number][], chapter: Chapter | null, section: Section | null, task: Task | null, fn: Visit): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'chapter':
        fn({ unit: node, level: 'chapter', chapter: node, section: null, task: null, notes: notesOf(node) })
        visit(node.children, node, null, null, fn)
        break
      case 'section':
        fn({ unit: node, level: 'section', chapter, section: node, task: null, notes: notesOf(node) })
        visit(node.children, chapter, node, null, fn)
        break
      case 'task':
        fn({ unit: node, level: 'task', chapter, section, task: node, notes: notesOf(node) })
        if (node.children) visit(node.children, chapter, section, node, fn)
        break
      case 'item':
        fn({ unit: node, level: 'item', chapter, section, task, notes: notesOf(node) })
        break
    }
  }
}

/**
 * Call `fn` for every unit of a plan (chapters, sections, tasks, sub-items)
 * in document order, a unit before the units inside it. One walk of the
 * tree, nothing collected: what `toRows` uses on large plans.
 *
 * @example
 * ```ts
 * forEachUnit(plan, ({ unit, level, notes }) => { if (notes.length) console.log(level, unit.id) })
 * ```
 */
export function forEachUnit(plan: Plan, fn: (entry: UnitInContext) => void): void {
  visit(plan.children, null, null, null, fn)
}

/**
 * Every unit of a plan in document order (a unit before the units inside
 * it), with its chapter, section and task and its notes.
 *
 * @example
 * ```ts
 * unitsOf(parsePlan('一、完善制度。（商务部负责）\n二、加强培训。（教育部负责）')).map((u) => [u.level, u.unit.id])
 * // [['chapter', 'c1'], ['chapter', 'c2']]
 * ```
 */
export function unitsOf(plan: Plan): UnitInContext[] {
  const out: UnitInContext[] = []
  forEachUnit(plan, (entry) => out.push(entry))
  return out
}
