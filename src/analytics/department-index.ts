import type { Plan } from '../types.js'
import { type DepartmentResolver, departmentId, departmentKey, tasksOf } from './tasks.js'

/** What one department is charged with across a plan. */
export interface DepartmentEntry {
  /** The name as first written in the document. */
  name: string
  /** Canonical registry id; `null` when unknown. */
  id: string | null
  /** Every spelling met for this department (more than one only when ids merge them). */
  names: string[]
  /** Numbers of the tasks it leads, ascending. */
  led: number[]
  /** Numbers of the tasks it participates in, ascending. */
  participated: number[]
  /** How many of its tasks (led or participated) are `按职责分工负责`. */
  byDuty: number
  /** Numbers of the chapters its tasks sit in, ascending. */
  chapters: number[]
}

export interface DepartmentIndexOptions {
  /** Fallback for canonical ids when the parsed departments carry none. */
  resolve?: DepartmentResolver
}

const ascending = (a: number, b: number) => a - b

/**
 * Index a plan by department: tasks led, tasks participated in, `byDuty`
 * count and chapters touched. Departments are the same when their canonical
 * id is (`d.id ?? resolve(name)`), else when their names are. Sorted by
 * total tasks (descending), then tasks led (descending), then by name in
 * code-point order so the result is the same on every machine.
 *
 * @example
 * ```ts
 * departmentIndex(plan)[0]
 * // { name: '知识产权局', id: 'cnipa', names: ['知识产权局'], led: [1, …], participated: […], byDuty: 12, chapters: [1, 2, …] }
 * ```
 */
export function departmentIndex(plan: Plan, options: DepartmentIndexOptions = {}): DepartmentEntry[] {
  const byKey = new Map<string, DepartmentEntry & { duty: Set<number> }>()
  for (const { task, chapter } of tasksOf(plan)) {
    const r = task.responsibility
    if (!r) continue
    const roles = [...r.leads.map((d) => ({ d, lead: true })), ...r.participants.map((d) => ({ d, lead: false }))]
    for (const { d, lead } of roles) {
      const key = departmentKey(d, options.resolve)
      let entry = byKey.get(key)
      if (!entry) {
        entry = { name: d.name, id: departmentId(d, options.resolve) ?? null, names: [], led: [], participated: [], byDuty: 0, chapters: [], duty: new Set() }
        byKey.set(key, entry)
      }
      if (!entry.names.includes(d.name)) entry.names.push(d.name)
      const list = lead ? entry.led : entry.participated
      if (!list.includes(task.number)) list.push(task.number)
      if (r.byDuty) entry.duty.add(task.number)
      if (chapter && !entry.chapters.includes(chapter.number)) entry.chapters.push(chapter.number)
    }
  }
  const entries = [...byKey.values()].map(({ duty, ...entry }) => ({
    ...entry,
    byDuty: duty.size,
    led: entry.led.sort(ascending),
    participated: entry.participated.sort(ascending),
    chapters: entry.chapters.sort(ascending),
  }))
  const total = (e: DepartmentEntry) => e.led.length + e.participated.length
  return entries.sort((a, b) => total(b) - total(a) || b.led.length - a.led.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
