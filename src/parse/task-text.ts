import { isWhiteCode } from '../chars.js'
import type { NoteMatch } from '../extract/note.js'

/**
 * Where `s[0, end)` ends without its trailing white space, by the parser's
 * own idea of white space (not String#trimEnd), so that a text span and its
 * text agree character for character.
 */
export function trimmedEnd(s: string, end: number): number {
  while (end > 0 && isWhiteCode(s.charCodeAt(end - 1))) end--
  return end
}

/** A task's text: what lies between its notes, without the last note and what follows it. */
export function withoutNotes(from: string, notes: readonly NoteMatch[]): string {
  if (notes.length === 0) return from.slice(0, trimmedEnd(from, from.length))
  let out = ''
  let at = 0
  for (const note of notes) (out += from.slice(at, note.start)), (at = note.end)
  return out.slice(0, trimmedEnd(out, out.length))
}
