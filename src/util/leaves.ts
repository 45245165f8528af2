import type { Paragraph, Plan, Task } from '../types.js'

type Node = Plan['children'][number]

/**
 * The tasks or paragraphs among `nodes` and inside their chapters and
 * sections, in document order.
 *
 * @example
 * ```ts
 * leavesOf(plan.children, 'task').length // 115 on the seed
 * ```
 */
export function leavesOf(nodes: readonly Node[], type: 'task'): Task[]
export function leavesOf(nodes: readonly Node[], type: 'paragraph'): Paragraph[]
export function leavesOf(nodes: readonly Node[], type: 'task' | 'paragraph'): (Task | Paragraph)[] {
  const out: (Task | Paragraph)[] = []
  const walk = (list: readonly Node[]) => {
    for (const node of list) {
      if (node.type === type) out.push(node as Task | Paragraph)
      else if (node.type === 'chapter' || node.type === 'section') walk(node.children)
    }
  }
  walk(nodes)
  return out
}
