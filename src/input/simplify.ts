import { convertToSimplified } from './converter.js'
import { firstTraditional, isTraditional } from './traditional-set.js'

// Ideographic description characters (⿰ U+2FF0 … U+2FFF) make OpenCC pass
// over the characters they describe, across a line break too.
const DESCRIPTION = /[\u2ff0-\u2fff]/

/**
 * What OpenCC makes of the whole text, converting only the lines that hold a
 * traditional character: no table key spans a line break, so each line
 * converts alone as it does within the text. A typical simplified plan with a
 * stray 意見 converts one line, not a megabyte.
 */
function convertLines(text: string, first: number): string {
  if (DESCRIPTION.test(text)) return convertToSimplified(text)
  // Parts joined once, not `+=`: the result is the text every later stage
  // scans character by character, and a string grown by `+=` is a tree of
  // pieces that each read goes through (a third slower to scan).
  const parts: string[] = []
  let done = 0
  // Lines before the first traditional character have none.
  let start = text.lastIndexOf('\n', first - 1) + 1
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (firstTraditional(text, start, end) !== -1) {
      parts.push(text.slice(done, start), convertToSimplified(text.slice(start, end)))
      done = end
    }
    start = end + 1
  }
  parts.push(text.slice(done))
  return parts.join('')
}

/**
 * Traditional (also Hong Kong and Taiwan) characters to simplified, one code
 * point for one, keeping the text's length so that every offset stays valid
 * and the original wording can be sliced at the same indexes.
 *
 * OpenCC's tables are loaded only when the text holds a character they
 * change: simplified input never pays for them.
 *
 * @returns the simplified text, or `null` when there was nothing to convert.
 */
export function toSimplified(text: string): string | null {
  const first = firstTraditional(text)
  if (first === -1) return null
  const whole = convertLines(text, first)
  if (whole.length === text.length) return whole
  // A few characters simplify to one outside the BMP (two UTF-16 units):
  // those are kept as written so that indexes still line up.
  let out = ''
  for (const ch of text) {
    if (!isTraditional(ch.codePointAt(0) as number)) {
      out += ch
      continue
    }
    const converted = convertToSimplified(ch)
    out += converted.length === ch.length ? converted : ch
  }
  return out
}
