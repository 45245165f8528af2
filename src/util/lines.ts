import { isSpaceCode } from '../chars.js'

/** A line's content, trimmed of surrounding white space, as offsets into the text. */
export interface LineSpan {
  /** Offset of the first non-space character. */
  start: number
  /** Offset just past the last non-space character. */
  end: number
}

// Found in native code, so a line's inside is never visited character by character.
const BREAK = /\r\n?|[\n\u2028\u2029]/g

/**
 * Split text into non-blank lines (`\n`, `\r\n`, `\r`, U+2028/9), each
 * trimmed of ASCII, no-break and ideographic spaces. Blank lines are skipped:
 * they carry no structure in plans, whose paragraphs are often separated by them.
 */
export function splitLines(text: string): LineSpan[] {
  const lines: LineSpan[] = []
  let index = 0
  BREAK.lastIndex = 0
  while (index <= text.length) {
    const found = BREAK.test(text)
    // `test` makes no match array; a `\r\n` match is two characters, any other one.
    const next = found ? BREAK.lastIndex : text.length
    const end = found && text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? next - 2 : found ? next - 1 : next
    let start = index
    let stop = end
    while (start < stop && isSpaceCode(text.charCodeAt(start))) start++
    while (stop > start && isSpaceCode(text.charCodeAt(stop - 1))) stop--
    if (stop > start) lines.push({ start, end: stop })
    if (!found) break
    index = BREAK.lastIndex
  }
  return lines
}
