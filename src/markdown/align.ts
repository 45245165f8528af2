import type { MappedTextBuilder } from '../util/mapped-text.js'

/** What Markdown may write between the characters of a node's text: escapes, CRs, indents, quote marks, code fences. */
const SYNTAX = new Set(['\\', '\r', ' ', '\t', '>', '`'])

/**
 * Add to `builder` the text `value` remark gave a node that spans
 * `reference[start, end)`, copying character for character where the two
 * agree and replacing only where remark decoded something (`&amp;` → `&`).
 * What the source has and the value has not is syntax, left out: the
 * backslash of an escape, the indent and `>` of a continuation line, the
 * backticks of a code span. So a leaf's position slices its own text out of
 * the input, line by line, in paragraphs, code blocks and quotes alike.
 *
 * `reference` is the text remark was given: the source, or the source with
 * marks the guard defused (`defuse`), of the same length. The builder copies
 * from the source itself, so defused marks come back as written.
 *
 * @example
 * ```ts
 * alignText(builder, '> 甲\n> 乙', 2, 7, '甲\n乙') // copies 甲, \n and 乙; leaves out the second `> `
 * ```
 */
export function alignText(builder: MappedTextBuilder, reference: string, start: number, end: number, value: string): void {
  let i = start
  let j = 0
  while (i < end && j < value.length) {
    if (reference[i] === value[j]) {
      let k = 1
      while (i + k < end && j + k < value.length && reference[i + k] === value[j + k]) k++
      builder.copy(i, i + k)
      i += k
      j += k
      continue
    }
    const ch = reference[i] as string
    if (ch === '\u0000' && value[j] === '\ufffd') {
      // CommonMark's stand-in for a NUL: the text keeps what the input says.
      builder.copy(i, i + 1)
      i++
      j++
    } else if (ch === '&') {
      // A character reference stands for one character (two UTF-16 units above the BMP).
      // Looked for no further than a reference can be long, or `&`s without `;` would cost a scan each.
      let semi = i + 1
      while (semi < end && semi - i <= 32 && reference[semi] !== ';') semi++
      const refEnd = semi < end && reference[semi] === ';' ? semi + 1 : i + 1
      const units = (value.codePointAt(j) ?? 0) > 0xffff ? 2 : 1
      builder.replace(i, refEnd, value.slice(j, j + units))
      i = refEnd
      j += units
    } else if (ch === '\r' && value[j] === '\n' && reference[i + 1] !== '\n') {
      // A lone CR ends a line as LF does.
      builder.replace(i, i + 1, '\n')
      i++
      j++
    } else if (ch === '\n' && value[j] === ' ') {
      // A line ending inside a code span reads as a space.
      builder.replace(i, i + 1, ' ')
      i++
      j++
    } else if (ch === '\t' && value[j] === ' ') {
      // A tab the indent of a list item or code block took part of: the columns left are spaces.
      let k = j
      while (k < value.length && k - j < 4 && value[k] === ' ') k++
      builder.replace(i, i + 1, value.slice(j, k))
      i++
      j = k
    } else if (SYNTAX.has(ch)) {
      i++
    } else {
      // Something remark decoded otherwise: one character for one, so the rest stays in place.
      builder.replace(i, i + 1, value[j] as string)
      i++
      j++
    }
  }
  if (j >= value.length) return
  // A value running past its node's end (remark ends a text of unmatched `__` one short): the
  // source right after says the same, so it is copied; else the rest stands for the rest.
  const rest = value.slice(j)
  if (i === end && reference.startsWith(rest, end)) builder.copy(end, end + rest.length)
  else builder.replace(i, end, rest)
}
