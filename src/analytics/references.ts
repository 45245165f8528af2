import type { Plan } from '../types.js'
import { citedTitles } from '../extract/references.js'
import { tasksOf } from './tasks.js'

export { citedTitles, extractReferences, type Reference } from '../extract/references.js'

/** The titles one task cites. */
export interface TaskReferences {
  taskId: string
  task: number
  /** Distinct titles in order of first citation (see {@link citedTitles}). */
  titles: string[]
}

/**
 * The titles every task of a plan cites, in document order; tasks citing
 * nothing are left out.
 *
 * @example
 * ```ts
 * planReferences(parsePlan(text))[0]
 * // { taskId: 'c1.s1.t1', task: 1, titles: ['中华人民共和国反垄断法', …] }
 * ```
 */
export function planReferences(plan: Plan): TaskReferences[] {
  return tasksOf(plan)
    .map(({ task }) => ({ taskId: task.id, task: task.number, titles: citedTitles(task.text) }))
    .filter((t) => t.titles.length > 0)
}
