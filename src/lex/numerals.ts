/** Chinese numerals as used in chapter and section markers: 一 … 九十九. */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  // Traditional capitals sometimes survive in copied text.
  壹: 1, 貳: 2, 贰: 2, 參: 3, 叁: 3, 肆: 4, 伍: 5, 陸: 6, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
}
const TEN = new Set(['十', '拾'])

// The same digits by UTF-16 code, so that reading a line's first characters makes no strings.
const DIGIT_CODES = new Map(Object.entries(DIGITS).map(([ch, value]) => [ch.charCodeAt(0), value]))
const TEN_CODES = new Set([...TEN].map((ch) => ch.charCodeAt(0)))

export function isNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && (ch in DIGITS || TEN.has(ch))
}

/** {@link isNumeralChar} for a UTF-16 code (`NaN`, past the end of a text, is none). */
export function isNumeralCode(c: number): boolean {
  return DIGIT_CODES.has(c) || TEN_CODES.has(c)
}

// A digit's value, 0 for 十, 〇 or anything else: 0 is never a unit of a numeral.
function unit(c: number): number {
  return TEN_CODES.has(c) ? 0 : (DIGIT_CODES.get(c) ?? 0)
}

/**
 * Read a Chinese numeral (1–99) starting at `start`.
 *
 * @returns the value and the number of characters read, or `null` when the
 *   text there is not a well-formed numeral (`十十`, `一一`, `〇`).
 */
export function readNumeral(text: string, start: number): { value: number; length: number } | null {
  // Past the end charCodeAt gives NaN, which is neither a digit nor 十.
  const a = text.charCodeAt(start)
  if (TEN_CODES.has(a)) {
    // 十, 十一 … 十九
    const ones = unit(text.charCodeAt(start + 1))
    return ones > 0 ? { value: 10 + ones, length: 2 } : { value: 10, length: 1 }
  }
  const tens = unit(a)
  if (tens === 0) return null
  // 二十, 二十一 … 九十九; 一十 is not written in headings, so 一 stands alone.
  if (tens >= 2 && TEN_CODES.has(text.charCodeAt(start + 1))) {
    const ones = unit(text.charCodeAt(start + 2))
    return ones > 0 ? { value: tens * 10 + ones, length: 3 } : { value: tens * 10, length: 2 }
  }
  return { value: tens, length: 1 }
}

/** Write 1–99 as a Chinese numeral, the inverse of {@link readNumeral}. */
export function formatNumeral(value: number): string {
  const names = '〇一二三四五六七八九'
  if (!Number.isInteger(value) || value < 1 || value > 99) throw new RangeError(`numeral out of range: ${value}`)
  if (value < 10) return names[value] as string
  const tens = Math.floor(value / 10)
  const ones = value % 10
  return (tens > 1 ? names[tens] : '') + '十' + (ones ? names[ones] : '')
}
