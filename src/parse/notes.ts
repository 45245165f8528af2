import { OPEN, charIs } from '../chars.js'
import type { Grammar } from '../extract/grammar/compile.js'
import { type NoteMatch, findNotes, isLabelLine, parseNote } from '../extract/note.js'

const kept = (note: NoteMatch): boolean => note.closes || note.parts.departments.length > 0

/**
 * The notes of a unit's own paragraph the tree keeps: every note that closes
 * it, and before that only those that name departments (a bracketed
 * deadline inside the wording, `（2023年底前）`, stays wording).
 */
export function notesIn(text: string, grammar: Grammar): NoteMatch[] {
  const found = findNotes(text, grammar)
  // Most units keep every note they have: no second list for them.
  return found.every(kept) ? found : found.filter(kept)
}

export { isLabelLine }

/** Does `source[start, end)` hold nothing but one bracketed note (and a full stop)? */
export function isNoteLine(source: string, start: number, end: number, grammar: Grammar): boolean {
  if (!charIs(source.charCodeAt(start), OPEN)) return false
  const notes = notesIn(source.slice(start, end), grammar)
  return notes.length > 0 && (notes[0] as NoteMatch).start === 0 && (notes[notes.length - 1] as NoteMatch).closes
}

/** Read label lines (`责任单位：A、B\n完成时限：2024年底前`), breaks and all, as one note. */
export function readLabelNote(text: string, grammar: Grammar): NoteMatch | null {
  const parts = parseNote(text, grammar)
  return parts ? { start: 0, end: text.length, form: 'label', parts, closes: true } : null
}
