import { CLOSE, OPEN, charIs, isJsSpaceCode } from '../chars.js'
import type { NoteMatch } from '../extract/note.js'
import { trimmedEnd } from './task-text.js'

const FULL_STOP = 0x3002 // 。
/** A title cut off by white space is a few words: `指导思想`, `加强组织领导`. */
const SHORTEST_TITLE = 2
const LONGEST_TITLE = 20
/** What follows such a title reads as a sentence: it is long, or has a stop or a comma in it. */
const SENTENCE_AFTER = 15
const SENTENCE_MARKS = '，。；：,;:'
/** Characters a title cut off by white space never holds: it would be a sentence, or a quotation the space lies in (`“关爱生命 救在身边”`). */
const NOT_IN_TITLE = '，。；：、,;:“”‘’《》「」"'

const isIdeograph = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)

/**
 * Does the white space at `space` part a title from the sentence after it
 * (`指导思想 坚持创新…`, a line break flattened to a space by a web page, or a
 * space typed instead of `。`)? Only between ideographs, after a few words
 * of title, before a sentence: `推进 5G 网络`, `总 体 要 求` and `加强 组织领导`
 * are titles with a space in them.
 */
export function spaceEndsTitle(text: string, space: number, end: number): boolean {
  let from = 0
  while (from < space && isJsSpaceCode(text.charCodeAt(from))) from++
  if (space - from < SHORTEST_TITLE || space - from > LONGEST_TITLE || !isIdeograph(text.charCodeAt(space - 1))) return false
  for (let i = from; i < space; i++) if (NOT_IN_TITLE.includes(text[i] as string) || isJsSpaceCode(text.charCodeAt(i))) return false
  let next = space
  while (next < end && isJsSpaceCode(text.charCodeAt(next))) next++
  const c = text.charCodeAt(next)
  if (!isIdeograph(c) && c !== 0x201c && c !== 0x300a) return false
  if (end - next >= SENTENCE_AFTER) return true
  for (let i = next; i < end; i++) if (SENTENCE_MARKS.includes(text[i] as string)) return true
  return false
}

/**
 * Where a heading's title ends in its wording: just past the first `。`
 * outside brackets and notes (`加强市场监管。完善……` → after `。`), or at white
 * space that parts a few words from a sentence (`指导思想 坚持……`), else at
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
    else if (depth === 0 && k === 0 && isJsSpaceCode(c) && spaceEndsTitle(text, i, end)) return i
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
