/**
 * What the diff compares of a plan: which units, and what a unit assigns
 * over all the notes of its paragraph.
 */
import type { Department, Plan, Responsibility, Unit } from '../types.js'
import { unitsOf } from './units.js'

/** Does a unit hold units of its own (sections, tasks, items), not only paragraphs? */
function hasUnits(unit: Unit): boolean {
  if (unit.type === 'item' || !unit.children) return false
  for (const child of unit.children) if (child.type !== 'paragraph') return true
  return false
}

/**
 * The units a diff compares, those that can be a piece of work: every task
 * (as ever), every unit with a note, and every unit with no units under it
 * (a chapter of a chapter-only plan, a run-in section), so that a unit that
 * gains or loses its note is a change of lead, not an addition or removal.
 */
export const compared = (plan: Plan) => unitsOf(plan).filter((u) => u.level === 'task' || u.notes.length > 0 || !hasUnits(u.unit))

/**
 * Leads and participants over every note of a unit, each department once
 * (by key) in order of first mention: a unit's paragraph may carry several
 * notes, and the diff compares what the unit as a whole assigns.
 */
export function roles(notes: readonly Responsibility[], key: (d: Department) => string): { leads: Department[]; participants: Department[] } {
  if (notes.length === 1) return notes[0] as Responsibility
  const once = (list: Department[]) => {
    const seen = new Set<string>()
    const out: Department[] = []
    for (const d of list) {
      const k = key(d)
      if (seen.has(k)) continue
      seen.add(k)
      out.push(d)
    }
    return out
  }
  return { leads: once(notes.flatMap((r) => r.leads)), participants: once(notes.flatMap((r) => r.participants)) }
}
