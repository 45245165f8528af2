import { CLOSE, OPEN, charIs } from '../chars.js'
import type { Grammar } from '../extract/grammar/compile.js'
import { mayOpenLabel } from '../extract/grammar/segments.js'
import type { SpanList } from '../util/span-list.js'
import { type NoteMatch, findNotes, isLabelLine, mayFollowNote, parseNote } from '../extract/note.js'

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

/**
 * Could the lines `spans` of `source`, joined, end with a note that closes
 * them? Only if their last character but white space and a full stop closes
 * a bracket, or a colon or a label's bracket stands somewhere (a run-in label clause). Read on the
 * lines in place, so that a heading's body of a hundred thousand lines that
 * cannot is never joined to find out.
 */
export function mayEndWithNote(source: string, spans: SpanList): boolean {
  let last = -1
  for (let k = spans.length - 1; k >= 0 && last < 0; k--) {
    for (let i = spans.end(k) - 1; i >= spans.start(k); i--) {
      if (mayFollowNote(source.charCodeAt(i))) continue
      last = i
      break
    }
  }
  if (last >= 0 && charIs(source.charCodeAt(last), CLOSE)) return true
  for (let k = 0; k < spans.length; k++) {
    for (let i = spans.start(k); i < spans.end(k); i++) {
      const c = source.charCodeAt(i)
      if (c === 0xff1a || c === 0x3a || mayOpenLabel(c)) return true
    }
  }
  return false
}

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
