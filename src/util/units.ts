import type { Plan, Responsibility, Unit } from '../types.js'

type Node = Plan['children'][number]

/**
 * Every unit (chapter, section, task, item) among `nodes` and below them, in
 * document order: a parent before its children.
 *
 * @example
 * ```ts
 * everyUnit(plan.children).filter((u) => u.responsibility).length
 * ```
 */
export function everyUnit(nodes: readonly Node[]): Unit[] {
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

const NONE: readonly Responsibility[] = Object.freeze([])

/**
 * Every note of a unit's own paragraph, in order: `notes` when the parser set
 * it (several notes, or one that does not close the paragraph), else the
 * closing `responsibility`, else none. Notes of sub-units are not included.
 *
 * @example
 * ```ts
 * // （一）加强监管。完善规则。（市场监管总局负责）健全协作机制。（公安部、司法部负责）
 * notesOf(section).map((r) => r.leads[0]?.name) // ['市场监管总局', '公安部']
 * ```
 */
export function notesOf(unit: Unit): readonly Responsibility[] {
  if (unit.notes) return unit.notes
  return unit.responsibility ? [unit.responsibility] : NONE
}

/** {@link notesOf} for each note, without a list per unit (for passes over every unit of a plan). */
export function forEachNote(unit: Unit, visit: (note: Responsibility) => void): void {
  if (unit.notes) for (const note of unit.notes) visit(note)
  else if (unit.responsibility) visit(unit.responsibility)
}
