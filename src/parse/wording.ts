import { CLOSE, OPEN, charIs } from '../chars.js'
import type { NoteMatch } from '../extract/note.js'
import { trimmedEnd } from './task-text.js'

const FULL_STOP = 0x3002 // 。

/**
 * Where a heading's title ends in its wording: just past the first `。`
 * outside brackets and notes (`加强市场监管。完善……` → after `。`), else at
 * `end`, the end of the wording before its closing note. A heading on its
 * own (`完善知识产权制度`) is all title.
 *
 * @example
 * ```ts
 * titleEnd('加强监管。完善机制。', [], 10) // 5
 * ```
 */
export function titleEnd(text: string, notes: readonly NoteMatch[], end: number): number {
  let depth = 0
  let k = 0
  for (let i = 0; i < end; i++) {
    const note = notes[k]
    if (note && i === note.start) {
      // A note that runs on past the heading's line ends the title where it opens: the heading
      // leaf stops there, and the note is a leaf of its own.
      if (note.end > end) return note.start
      i = note.end - 1
      k++
      continue
    }
    const c = text.charCodeAt(i)
    if (charIs(c, OPEN)) depth++
    else if (charIs(c, CLOSE)) depth = Math.max(0, depth - 1)
    else if (c === FULL_STOP && depth === 0) return i + 1
  }
  return end
}

/**
 * `text[from, to)` without the notes inside it, trimmed at the end by the
 * parser's idea of white space (a heading's title or a unit's text).
 */
export function cutNotes(text: string, notes: readonly NoteMatch[], from: number, to: number): string {
  let out = ''
  let at = from
  for (const note of notes) {
    if (note.end <= from || note.start >= to) continue
    out += text.slice(at, note.start)
    at = note.end
  }
  out += text.slice(at, Math.max(at, to))
  return out.slice(0, trimmedEnd(out, out.length))
}
