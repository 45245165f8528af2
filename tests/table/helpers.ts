import type { Plan, Task } from '../../src/types.js'

/** The names of a list of departments, `[]` for none. */
export const names = (list: readonly { name: string }[] | undefined) => (list ?? []).map((d) => d.name)

/** Every task of a plan, in order, at any depth. */
export function tasks(plan: Plan): Task[] {
  const out: Task[] = []
  const walk = (nodes: readonly { type: string; children?: unknown }[]) => {
    for (const n of nodes) {
      if (n.type === 'task') out.push(n as Task)
      else if (Array.isArray(n.children)) walk(n.children as { type: string }[])
    }
  }
  walk(plan.children)
  return out
}
