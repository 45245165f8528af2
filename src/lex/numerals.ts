/**
 * The numbers markers are written with: Chinese numerals (一 … 九十九) for
 * chapters and sections, digits of either width for tasks and sub-items,
 * circled numbers (① … ⑳), and either of the first two after 第. Each is a
 * {@link NumeralReader} the construct table names.
 */
import { digitCodeValue, isDigitCode } from '../chars.js'
import type { NumeralReader } from './construct.js'

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

/** `一` … `九十九` (and traditional capitals): chapters `一、`, sections `（一）`. */
export const chineseNumerals: NumeralReader = {
  name: 'chinese',
  // Every character a numeral can start with: a digit other than 〇/零, or 十.
  starts: Object.keys(DIGITS).filter((ch) => (DIGITS[ch] as number) > 0).join('') + [...TEN].join(''),
  maxLength: 3,
  read: (text, start) => readNumeral(text, start),
}

const ARABIC_STARTS = '0123456789０１２３４５６７８９'

/** Digits of either width, at most `max` of them, not all zeros: a further digit makes it a number in prose. */
export function readArabic(text: string, start: number, end: number, max: number): { value: number; length: number } | null {
  // > | 109 . 深入推进
  //     ^
  let index = start
  let value = 0
  let c = text.charCodeAt(index)
  while (index < end && isDigitCode(c) && index - start < max) {
    value = value * 10 + digitCodeValue(c)
    c = text.charCodeAt(++index)
  }
  if (index === start || value === 0 || isDigitCode(c)) return null
  return { value, length: index - start }
}

/**
 * `1` … `999999999` in ASCII or full-width digits: tasks `1.` `109 .`
 * `10001.` (nine digits keep every value in the sequence's 32-bit counters;
 * a tenth makes it a number in prose). Past `9999` the sequence takes a
 * number only in turn (`lex/sequence.ts`), so `20210.` in prose starts no task.
 */
export const arabicNumerals: NumeralReader = {
  name: 'arabic',
  starts: ARABIC_STARTS,
  maxLength: 9,
  read: (text, start, end) => readArabic(text, start, end, 9),
}

/** `1` … `99`: sub-items `（1）` `1）` (`（2021）` is a year). */
export const itemNumerals: NumeralReader = {
  name: 'arabic',
  starts: ARABIC_STARTS,
  maxLength: 2,
  read: (text, start, end) => readArabic(text, start, end, 2),
}

const CIRCLED_ONE = 0x2460 // ①
const CIRCLED_TWENTY = 0x2473 // ⑳

/** `①` … `⑳`: one character each. */
export const circledNumerals: NumeralReader = {
  name: 'circled',
  starts: String.fromCharCode(...Array.from({ length: 20 }, (_, k) => CIRCLED_ONE + k)),
  maxLength: 1,
  read(text, start) {
    const c = text.charCodeAt(start)
    return c >= CIRCLED_ONE && c <= CIRCLED_TWENTY ? { value: c - CIRCLED_ONE + 1, length: 1 } : null
  },
}

/** After 第: `第三章`, `第12条`, Chinese numerals or digits. */
export const ordinalNumerals: NumeralReader = {
  name: 'ordinal',
  starts: chineseNumerals.starts + arabicNumerals.starts,
  maxLength: 4,
  read: (text, start, end) => readNumeral(text, start) ?? readArabic(text, start, end, 4),
}
