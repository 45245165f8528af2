import { isLineBreak, isSpace } from '../chars.js'

/** A line's content, trimmed of surrounding white space, as offsets into the text. */
export interface LineSpan {
  /** Offset of the first non-space character. */
  start: number
  /** Offset just past the last non-space character. */
  end: number
}

/**
 * Split text into non-blank lines (`\n`, `\r\n`, `\r`, U+2028/9), each
 * trimmed of ASCII, no-break and ideographic spaces. Blank lines are skipped:
 * they carry no structure in plans, whose paragraphs are often separated by them.
 */
export function splitLines(text: string): LineSpan[] {
  const lines: LineSpan[] = []
  const length = text.length
  let index = 0
  while (index <= length) {
    let end = index
    while (end < length && !isLineBreak(text[end])) end++
    let start = index
    let stop = end
    while (start < stop && isSpace(text[start])) start++
    while (stop > start && isSpace(text[stop - 1])) stop--
    if (stop > start) lines.push({ start, end: stop })
    // \r\n is one break.
    index = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1
  }
  return lines
}
