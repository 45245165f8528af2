/** Chinese numerals as used in chapter and section markers: 一 … 九十九. */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  // Traditional capitals sometimes survive in copied text.
  壹: 1, 貳: 2, 贰: 2, 參: 3, 叁: 3, 肆: 4, 伍: 5, 陸: 6, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
}
const TEN = new Set(['十', '拾'])

export function isNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && (ch in DIGITS || TEN.has(ch))
}

/**
 * Read a Chinese numeral (1–99) starting at `start`.
 *
 * @returns the value and the number of characters read, or `null` when the
 *   text there is not a well-formed numeral (`十十`, `一一`, `〇`).
 */
export function readNumeral(text: string, start: number): { value: number; length: number } | null {
  const a = text[start]
  const b = text[start + 1]
  const c = text[start + 2]
  const unit = (ch: string | undefined) => (ch !== undefined && !TEN.has(ch) ? (DIGITS[ch] ?? 0) : 0)
  if (a === undefined) return null
  if (TEN.has(a)) {
    // 十, 十一 … 十九
    const ones = unit(b)
    return ones > 0 ? { value: 10 + ones, length: 2 } : { value: 10, length: 1 }
  }
  const tens = unit(a)
  if (tens === 0) return null
  // 二十, 二十一 … 九十九; 一十 is not written in headings, so 一 stands alone.
  if (b !== undefined && TEN.has(b) && tens >= 2) {
    const ones = unit(c)
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
