import type { MappedTextBuilder } from '../util/mapped-text.js'

/**
 * Add to `builder` a parser's decoded text `value` for `source[start, end)`,
 * copying character for character where the two agree and replacing only the
 * spots where the parser decoded something: `&nbsp;` → U+00A0, `\*` → `*`,
 * CRLF → LF. Offsets then stay exact right up to an entity, which matters for
 * `&nbsp;&nbsp;一、…`, whose marker must map to the `一`.
 */
export function addAligned(builder: MappedTextBuilder, source: string, start: number, end: number, value: string): void {
  let i = start
  let j = 0
  while (i < end && j < value.length) {
    if (source[i] === value[j]) {
      let k = 1
      while (i + k < end && j + k < value.length && source[i + k] === value[j + k]) k++
      builder.copy(i, i + k)
      i += k
      j += k
      continue
    }
    const ch = source[i]
    if (ch === '\u0000' && value[j] === '\ufffd') {
      // The parser's stand-in for a NUL (CommonMark, HTML): the text keeps what the input says.
      builder.copy(i, i + 1)
      i++
      j++
    } else if (ch === '&') {
      // An entity or character reference stands for one character (two UTF-16 units above the BMP).
      const semi = source.indexOf(';', i)
      const refEnd = semi !== -1 && semi < end && semi - i <= 32 ? semi + 1 : i + 1
      const units = (value.codePointAt(j) ?? 0) > 0xffff ? 2 : 1
      builder.replace(i, refEnd, value.slice(j, j + units))
      i = refEnd
      j += units
    } else if (ch === '\\' || ch === '\r' || ch === ' ' || ch === '\t') {
      // A Markdown escape's backslash, the CR of a CRLF the parser turned into
      // LF, the indent Markdown strips from a paragraph's continuation line.
      i++
    } else {
      break
    }
  }
  // Anything the walk could not pair: the rest stands for the rest.
  if (j < value.length) builder.replace(i, end, value.slice(j))
}
