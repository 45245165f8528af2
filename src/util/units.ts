import type { Plan, Responsibility, Unit } from '../types.js'

type Node = Plan['children'][number]

/**
 * Every unit (chapter, section, task, item) among `nodes` and below them, in
 * document order: a parent before its children.
 *
 * @example
 * ```ts
 * unitsOf(plan.children).filter((u) => u.responsibility).length
 * ```
 */
export function unitsOf(nodes: readonly Node[]): Unit[] {
  const out: Unit[] = []
  const walk = (list: readonly Node[]) => {
    for (const node of list) {
      if (node.type === 'paragraph') continue
      out.push(node)
      if ('children' in node && node.children) walk(node.children)
    }
  }
  walk(nodes)
  return out
}

/** A unit's notes in order: `notes` when it has more than its responsibility, else the responsibility alone. */
export function notesOf(unit: Unit): readonly Responsibility[] {
  return unit.notes ?? (unit.responsibility ? [unit.responsibility] : [])
}
