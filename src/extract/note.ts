import { CLOSE, OPEN, charIs, isWhite } from '../chars.js'
import { type NoteParts, parseNoteParts } from './wordings/clauses.js'
import { splitNameSpans } from './wordings/names.js'

export type { NoteParts } from './wordings/clauses.js'

/** Split a list of names at `、` `，` `,` outside brackets, so `联席会议（有关）成员单位` stays whole. */
export function splitNames(list: string): string[] {
  return splitNameSpans(list).names.map((n) => n.name)
}

/**
 * Read the inside of a bracketed note as an assignment of responsibility
 * (every wording in `wordings/`), a deadline, or both.
 *
 * @returns `null` when the words assign nothing (`2021—2035年`, `TISC`).
 */
export function parseNote(inner: string): NoteParts | null {
  return parseNoteParts(inner)
}

/** A note found in a text, as indexes into that text (`end` is past the closing bracket). */
export interface NoteMatch {
  start: number
  end: number
  parts: NoteParts
}

/** {@link OPEN_BRACKETS} and {@link CLOSE_BRACKETS}. */
const BRACKET = /[（(〔[【）)〕\]】]/g

/** Characters a document may put after the note: `…负责）。` */
const TRAILING = '。．.；;'

/**
 * Find the bracketed note that closes a task and assigns responsibility or
 * only sets a deadline. Brackets are matched by depth, of either width, so a
 * note may contain brackets of its own.
 */
export function findFinalNote(text: string): NoteMatch | null {
  let close = text.length - 1
  while (close >= 0 && (isWhite(text[close]) || TRAILING.includes(text[close] as string))) close--
  if (close < 0 || !charIs(text.charCodeAt(close), CLOSE)) return null
  let depth = 0
  for (let i = close; i >= 0; i--) {
    const c = text.charCodeAt(i)
    if (charIs(c, CLOSE)) depth++
    else if (charIs(c, OPEN) && --depth === 0) {
      const parts = parseNote(text.slice(i + 1, close))
      return parts ? { start: i, end: close + 1, parts } : null
    }
  }
  return null
}

/**
 * Every note of a task, in order: notes that close sub-measures inside the
 * text (`做好A。（甲负责）做好B。（乙负责）`) and the final one. A bracket inside
 * the text counts only when it names departments, so `（2021—2035年）` or a
 * dated aside stays prose. A text that does not close with a note has none.
 */
export function findNotes(text: string): NoteMatch[] {
  const final = findFinalNote(text)
  // Inner notes close sub-measures of a task that itself closes with a note.
  // Without a final note the text goes on after any bracket, so a bracket
  // naming departments is prose (as `extractResponsibility` reads it), never
  // the task's `responsibility` with wording after it.
  if (!final) return []
  const limit = final.start
  const notes: NoteMatch[] = []
  let depth = 0
  let open = -1
  // From bracket to bracket by a native search, not character by character.
  BRACKET.lastIndex = 0
  for (let m = BRACKET.exec(text); m !== null && m.index < limit; m = BRACKET.exec(text)) {
    const i = m.index
    const c = text.charCodeAt(i)
    if (charIs(c, OPEN)) {
      if (depth++ === 0) open = i
    } else if (charIs(c, CLOSE) && depth > 0 && --depth === 0) {
      const parts = parseNote(text.slice(open + 1, i))
      if (parts && parts.departments.length > 0) notes.push({ start: open, end: i + 1, parts })
    }
  }
  if (final) notes.push(final)
  return notes
}
