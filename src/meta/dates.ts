import { isJsSpaceCode } from '../chars.js'
import { readNumeral } from '../lex/numerals.js'

const CN_YEAR_DIGITS: Record<string, number> = { '〇': 0, '○': 0, '零': 0, 'О': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

// `2021年12月27日`, `2022-01-04`, `2022/1/4`, `2022.01.04`.
const ARABIC = /^(\d{4})\s*[年\-/.．]\s*(\d{1,2})\s*[月\-/.．]\s*(\d{1,2})\s*日?$/
// `二〇二一年十二月二十七日`.
const CHINESE = /^([〇○零О一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/

/** Most characters a date has once its white space is gone: `二〇二一年十二月二十七日`. */
const MAX_DATE = 13

/** Has `text` more than `max` characters that are not white space (`\s`)? */
function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false
  let count = 0
  for (let i = 0; i < text.length; i++) if (!isJsSpaceCode(text.charCodeAt(i)) && ++count > max) return true
  return false
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function chineseNumber(text: string): number | null {
  const numeral = readNumeral(text, 0)
  return numeral && numeral.length === text.length ? numeral.value : null
}

/**
 * Read a whole calendar date as written in a notice, in Arabic or Chinese
 * numerals, into ISO form. Impossible dates (`2月30日`) are not dates.
 *
 * @example
 * ```ts
 * parseDate('2021年12月27日')         // '2021-12-27'
 * parseDate('二〇二一年十二月二十七日') // '2021-12-27'
 * parseDate('2022-01-04')             // '2022-01-04'
 * ```
 */
export function parseDate(text: string): string | null {
  // Without its white space a date is at most 13 characters (`二〇二一年十二月二十七日`):
  // a notice's sentences are turned away uncopied.
  if (longerThan(text, MAX_DATE)) return null
  const trimmed = text.trim().replace(/[\s\u3000]+/g, '')
  const arabic = ARABIC.exec(trimmed)
  if (arabic) return iso(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]))
  const chinese = CHINESE.exec(trimmed)
  if (!chinese) return null
  const year = [...(chinese[1] as string)].reduce((n, ch) => n * 10 + (CN_YEAR_DIGITS[ch] ?? 0), 0)
  const month = chineseNumber(chinese[2] as string)
  const day = chineseNumber(chinese[3] as string)
  return month && day ? iso(year, month, day) : null
}
