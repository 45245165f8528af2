import { convertToSimplified, traditionalCodePoints } from './converter.js'

function hasTraditional(text: string, table: Set<number>): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // Below U+3400 there are no Han characters: punctuation, Latin, digits pass at once.
    if (c < 0x3400) continue
    if (table.has(c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) as number) : c)) return true
  }
  return false
}

/**
 * Traditional (also Hong Kong and Taiwan) characters to simplified, one code
 * point for one, keeping the text's length so that every offset stays valid
 * and the original wording can be sliced at the same indexes.
 *
 * The OpenCC converter is built only when the text holds a character it would
 * change: simplified input never pays for it.
 *
 * @returns the simplified text, or `null` when there was nothing to convert.
 */
export function toSimplified(text: string): string | null {
  const table = traditionalCodePoints()
  if (!hasTraditional(text, table)) return null
  const whole = convertToSimplified(text)
  if (whole.length === text.length) return whole
  // A few characters simplify to one outside the BMP (two UTF-16 units):
  // those are kept as written so that indexes still line up.
  let out = ''
  for (const ch of text) {
    if (!table.has(ch.codePointAt(0) as number)) {
      out += ch
      continue
    }
    const converted = convertToSimplified(ch)
    out += converted.length === ch.length ? converted : ch
  }
  return out
}
