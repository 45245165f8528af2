import type { Paragraph, Plan, Task } from '../types.js'

type Node = Plan['children'][number]

/**
 * The tasks or paragraphs among `nodes` and inside any unit below them, in
 * document order.
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
      if ('children' in node && node.children) walk(node.children)
    }
  }
  walk(nodes)
  return out
}
