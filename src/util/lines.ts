import { isSpaceCode } from '../chars.js'
import { SpanList } from './span-list.js'

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
 * Does `text` break its lines with `\n` only (no `\r`, U+2028 or U+2029)?
 * Most texts do, and then `indexOf('\n')` finds every break: a native search
 * many times quicker than {@link BREAK}, which the others need.
 */
export function onlyNewlines(text: string): boolean {
  return text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0
}

/**
 * How many lines `text` has at most: one more than its break characters
 * (`\r\n` counts twice). Counted by native search before a list of lines is
 * made, so that the list is made once at its size: grown by doubling, every
 * copy it outgrew stays in memory until the next full collection.
 */
export function maxLines(text: string): number {
  let count = 1
  for (const c of ['\n', '\r', '\u2028', '\u2029']) for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) count++
  return count
}

/**
 * Split text into non-blank lines (`\n`, `\r\n`, `\r`, U+2028/9), each
 * trimmed of ASCII, no-break and ideographic spaces. Blank lines are skipped:
 * they carry no structure in plans, whose paragraphs are often separated by them.
 * The lines come as a {@link SpanList}: two numbers a line, no object per line
 * (a text of short lines would hold many times its own size in them).
 */
export function splitLines(text: string): SpanList {
  const lines = new SpanList(maxLines(text))
  let index = 0
  if (onlyNewlines(text)) {
    for (;;) {
      const found = text.indexOf('\n', index)
      const end = found < 0 ? text.length : found
      let start = index
      let stop = end
      while (start < stop && isSpaceCode(text.charCodeAt(start))) start++
      while (stop > start && isSpaceCode(text.charCodeAt(stop - 1))) stop--
      if (stop > start) lines.push(start, stop)
      if (found < 0) return lines.fit()
      index = found + 1
    }
  }
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
    if (stop > start) lines.push(start, stop)
    if (!found) break
    index = BREAK.lastIndex
  }
  return lines.fit()
}

/**
 * Do lines `a` and `b` of `lines` say the same thing? Compared in place,
 * character by character, with no string made (most lines differ in length,
 * or early on).
 */
export function sameLine(text: string, lines: SpanList, a: number, b: number): boolean {
  const length = lines.end(a) - lines.start(a)
  if (lines.end(b) - lines.start(b) !== length) return false
  const from = lines.start(a)
  const to = lines.start(b)
  for (let k = 0; k < length; k++) if (text.charCodeAt(from + k) !== text.charCodeAt(to + k)) return false
  return true
}
