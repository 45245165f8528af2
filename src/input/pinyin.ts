import { isSpaceCode } from '../chars.js'
import type { Edit } from './edits.js'

// Where an annotation may start: the scan stops only at brackets.
const BRACKET = /[(（]/g
// A bracketed run of lowercase pinyin syllables: `(rén)`, `（mín）`, `(zhong4)`.
// Tone marks or tone digits are required (TONED), so that an English word or
// abbreviation in brackets (`(TISC)`, `(app)`) is kept.
const GROUP = /[(（]\s*([a-zü\u00e0-\u01dc]+[1-5]?(?:\s+[a-zü\u00e0-\u01dc]+[1-5]?)*)\s*[)）]/y
// Only consonants between the (last) vowel and the digit: the same strings, in linear time.
const TONED = /[\u00e0-\u01dc]|[aeiouü][b-df-hj-np-tv-z]*[1-5]/

const isHan = (c: number): boolean => c >= 0x3400 && c <= 0x9fff

/**
 * Does an annotation at `at` follow a Han character? Right after it
 * (`人(rén)`), or across white space with one line break in it, where a copy
 * wrapped the line between the character and its pinyin (`知识产\n(chǎn)权`):
 * left there, the pinyin would be joined into the wording, and `toText`'s
 * one-line task would read it back as an annotation.
 */
function afterHan(text: string, at: number): boolean {
  let k = at - 1
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--
  const c = text.charCodeAt(k)
  if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
    k -= c === 10 && text.charCodeAt(k - 1) === 13 ? 2 : 1
    while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--
  } else if (k !== at - 1) return false
  return isHan(text.charCodeAt(k))
}

/**
 * Pinyin annotations injected after characters by reposting sites, to be
 * dropped from the normalised text. An annotation right after another one
 * (`知(zhī)(zhī)`, a copy annotated twice) goes with it.
 *
 * @example
 * ```ts
 * findPinyin('人(rén)民') // [{ start: 1, end: 6, text: '' }]
 * ```
 */
export function findPinyin(text: string): Edit[] {
  const edits: Edit[] = []
  // Cheap guard: no ASCII lowercase letters, no pinyin.
  if (!/[a-z\u00e0-\u01dc]/.test(text)) return edits
  let previousEnd = -1
  BRACKET.lastIndex = 0
  while (BRACKET.test(text)) {
    const at = BRACKET.lastIndex - 1
    if (at !== previousEnd && !afterHan(text, at)) continue
    GROUP.lastIndex = at
    const match = GROUP.exec(text)
    if (!match || !TONED.test(match[1] as string)) continue
    previousEnd = GROUP.lastIndex
    edits.push({ start: at, end: previousEnd, text: '' })
    BRACKET.lastIndex = previousEnd
  }
  return edits
}
