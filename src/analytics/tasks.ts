import type { Chapter, Department, Level, Plan, Section, Task } from '../types.js'

/** A task with the chapter and section it sits in (either may be absent in flat plans). */
export interface TaskInContext {
  task: Task
  chapter: Chapter | null
  section: Section | null
}

/**
 * Every task of a plan in document order, with its chapter and section.
 *
 * @example
 * ```ts
 * for (const { task, chapter } of tasksOf(parsePlan(text))) console.log(chapter?.number, task.number)
 * ```
 */
export function tasksOf(plan: Plan): TaskInContext[] {
  const out: TaskInContext[] = []
  const walk = (nodes: Plan['children'], chapter: Chapter | null, section: Section | null): void => {
    for (const node of nodes) {
      if (node.type === 'task') out.push({ task: node, chapter, section })
      else if (node.type === 'chapter') walk(node.children, node, null)
      else if (node.type === 'section') walk(node.children, chapter, node)
    }
  }
  walk(plan.children, null, null)
  return out
}

/**
 * Maps a department name as written to a canonical id, or `undefined` when
 * unknown. Lets callers plug in a registry of their own.
 *
 * @example
 * ```ts
 * const resolve: DepartmentResolver = (name) => ({ 知识产权局: 'cnipa', 国家知识产权局: 'cnipa' })[name]
 * diffPlans(a, b, { resolve })
 * ```
 */
export type DepartmentResolver = (name: string) => string | undefined

// The department registry (issue 4) adds an optional canonical `id`; read it
// without depending on the field existing in this build's schema.
type MaybeRegistered = Department & { id?: string }

/**
 * The canonical id of a department: the registry's `id` when the parser set
 * one, else what `resolve` says, else `undefined`.
 *
 * @example
 * ```ts
 * departmentId({ name: '知识产权局' }, (n) => n.endsWith('知识产权局') ? 'cnipa' : undefined) // 'cnipa'
 * ```
 */
export function departmentId(department: Department, resolve?: DepartmentResolver): string | undefined {
  return (department as MaybeRegistered).id ?? resolve?.(department.name)
}

/**
 * The identity used to compare departments: canonical id when known; for a
 * local unit whose central counterpart is known, its level, place and that
 * counterpart (`省知识产权局` and a provincial plan's bare `知识产权局` are one
 * body: `local.province.浙江省.cnipa`); the name as written otherwise.
 *
 * @example
 * ```ts
 * departmentKey({ name: '市场监管总局' }) // '市场监管总局'
 * departmentKey({ name: '省知识产权局', kind: 'local', level: 'province', sameFunctionAs: 'cnipa' }) // 'local.province..cnipa'
 * ```
 */
export function departmentKey(department: Department, resolve?: DepartmentResolver): string {
  const id = departmentId(department, resolve)
  if (id !== undefined) return id
  const { level, sameFunctionAs } = department
  if (level !== undefined && sameFunctionAs !== undefined) return `local.${level}.${department.place ?? ''}.${sameFunctionAs}`
  return department.name
}

/**
 * The level of government a department belongs to: a local unit's own
 * `level`, `central` for a body of the central registry, `null` for
 * collectives, internal units and names nobody could place.
 *
 * @example
 * ```ts
 * departmentLevel({ name: '知识产权局', id: 'cnipa', kind: 'agency' })                 // 'central'
 * departmentLevel({ name: '知识产权局', kind: 'local', level: 'province' })             // 'province'
 * departmentLevel({ name: '各有关部门', id: 'collective.relevant-units', kind: 'collective' }) // null
 * ```
 */
export function departmentLevel(department: Department): Level | null {
  if (department.level !== undefined) return department.level
  const { kind } = department
  return department.id !== undefined && kind !== undefined && kind !== 'collective' && kind !== 'internal' && kind !== 'local' && kind !== 'unknown' ? 'central' : null
}
