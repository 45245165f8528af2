import type { Position, Responsibility } from '../types.js'
import { createLocator } from '../util/location.js'
import { findFinalNote, type NoteMatch, splitNames } from './note.js'

/**
 * Attach departments and roles to a found note; `place` turns its indexes into
 * a position. `written` is `text` as written before traditional → simplified
 * (same length): `raw` comes from it, and names that differ keep it as `original`.
 */
export function toResponsibility(text: string, note: NoteMatch, place: (start: number, end: number) => Position, written: string | null = null): Responsibility {
  // Conversion is character for character, so the written note splits into
  // the same names at the same places; the last one still carries `負責`, cut off by length.
  const originals = written === null ? null : splitNames(written.slice(note.start + 1, note.end - 1))
  const departments = note.parts.departments.map((name, i) => {
    const original = originals?.[i]?.slice(0, name.length)
    return original === undefined || original === name ? { name } : { name, original }
  })
  return {
    raw: (written ?? text).slice(note.start, note.end),
    departments,
    // The document's rule: 列第一位的部门为牵头部门，其他为参与部门.
    leads: departments.slice(0, note.parts.leadCount),
    participants: departments.slice(note.parts.leadCount),
    byDuty: note.parts.byDuty,
    position: place(note.start, note.end),
  }
}

/**
 * Find the responsibility note that ends a task's text and say who leads and
 * who participates. The first department listed leads; `按职责分工负责` sets
 * `byDuty` (the first is still recorded as lead). Positions are into `text`.
 *
 * @example
 * ```ts
 * const r = extractResponsibility('推进修改《国防专利条例》。（中央军委装备发展部、国防科工局、知识产权局负责）')
 * r?.leads        // [{ name: '中央军委装备发展部' }]
 * r?.participants // [{ name: '国防科工局' }, { name: '知识产权局' }]
 * ```
 * @returns `null` when the text ends with no such note.
 */
export function extractResponsibility(text: string): Responsibility | null {
  if (typeof text !== 'string') throw new TypeError(`extractResponsibility: expected a string, got ${typeof text}`)
  const note = findFinalNote(text)
  return note ? toResponsibility(text, note, createLocator(text).position) : null
}
