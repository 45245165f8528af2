/**
 * Leaders a note names without a label, by their titles: `副市长孙海鹰`,
 * `王宁副市长牵头`. A person is no unit: such a clause is a `leader` clause,
 * and the units of the note are read from the rest.
 */
import type { Grammar } from './compile.js'
import { trimSpan } from './name-span.js'
import { wordBefore } from './words.js'

// A title of a government or party leader, with a name of two to four
// characters before or after it. No unit's name ends in these titles.
const PERSON =
  /^(?:(?:常务)?副?[省市县区州旗乡镇]长|[省市县区]?委?副?书记|副?秘书长)[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{2,4}(?:(?:常务)?副?[省市县区州旗乡镇]长|副?书记|副?秘书长)(?:同志)?$/

/**
 * Does `text[start, end)` name a leader by title, a role word after it or not?
 *
 * @example
 * ```ts
 * isPersonIn('王宁副市长牵头', 0, 7, compileGrammar()) // true
 * isPersonIn('市卫健委牵头', 0, 6, compileGrammar())   // false
 * ```
 */
export function isPersonIn(text: string, start: number, end: number, grammar: Grammar): boolean {
  const role = wordBefore(grammar.roles, text, end, start)
  const [s, e] = trimSpan(text, start, role === undefined ? end : end - role.word.length)
  return e - s >= 4 && e - s <= 12 && PERSON.test(text.slice(s, e))
}
