import { CLOSE, OPEN, charIs, isDigitCode } from '../../chars.js'
import { defaultRegistry } from '../../registry/registry.js'
import type { Grammar } from './compile.js'
import { cleanName, trimSpan } from './name-span.js'
import { wordBefore } from './words.js'

/** 各 opens a collective: `各地`, `各有关部门`, `各县（市、区）人民政府`. */
export const EACH = 0x5404

// Words that end in a suffix's character without naming a body (`经济社会`, `领导干部`).
const NOT_BODIES = ['社会', '全部', '内部', '外部', '机会', '干部']

/** Where the bracket that closes at `close - 1` opens, or -1. */
export function openOf(text: string, start: number, close: number): number {
  let depth = 0
  for (let i = close - 1; i >= start; i--) {
    const c = text.charCodeAt(i)
    if (charIs(c, CLOSE)) depth++
    else if (charIs(c, OPEN) && --depth === 0) return i
  }
  return -1
}

/**
 * Does `text[start, end)` end like the name of a body: a suffix of the
 * grammar (`局`, `委员会`, `中心`), after any bracket that ends it
 * (`市场监管局（知识产权局）`)? A collective opened by `各` counts too,
 * unless `each` is false (before `等`, where `各高` of `各高等学校` is no unit).
 */
export function endsLikeUnit(text: string, start: number, end: number, grammar: Grammar, each = true): boolean {
  ;[start, end] = trimSpan(text, start, end)
  if (start >= end) return false
  if (each && text.charCodeAt(start) === EACH) return true
  if (charIs(text.charCodeAt(end - 1), CLOSE)) {
    const open = openOf(text, start, end)
    if (open <= start) return false
    ;[start, end] = trimSpan(text, start, open)
  }
  if (wordBefore(grammar.suffixes, text, end, start) === undefined) return false
  for (const word of NOT_BODIES) if (end - start >= word.length && text.startsWith(word, end - word.length)) return false
  return true
}

/**
 * Is `text[start, end)` a unit by its shape or by the department registry?
 * Used where a word could be a unit or something else: the sides of `和`,
 * the words before `等`, a list cut off from its role word by `，`.
 *
 * @example
 * ```ts
 * looksLikeUnit('各街道', 0, 3, compileGrammar())   // true: a collective
 * looksLikeUnit('共青团中央', 0, 5, compileGrammar()) // true: the registry knows it
 * looksLikeUnit('加强督导', 0, 4, compileGrammar())   // false
 * ```
 */
export function looksLikeUnit(text: string, start: number, end: number, grammar: Grammar, each = true): boolean {
  if (endsLikeUnit(text, start, end, grammar, each)) return true
  ;[start, end] = trimSpan(text, start, end)
  return start < end && defaultRegistry().find(cleanName(text.slice(start, end))) !== undefined
}

/** Longer than this, words are a sentence, not a name (the longest real ones are about 25). */
export const LONGEST_NAME = 40

/**
 * Could `name` be the name of a unit, known or not? Not when it is long, or
 * holds a sentence end, a book title or a list marker (`2.落实…`): such words are text
 * that a missing line break glued onto a list, and are kept as `unparsed`.
 *
 * @example
 * ```ts
 * isNameLike('全区经济运行各专班') // true
 * isNameLike('县农业农村局 2.落实党政机关过紧日子的要求') // false
 * ```
 */
export function isNameLike(name: string): boolean {
  if (name.length > LONGEST_NAME) return false
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i)
    // A sentence end, a colon of a label that stayed in the list, or a book title (`此项任务与《…》`).
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1a || c === 0x3a || c === 0x300a || c === 0x300b) return false
    // A digit before `.` `．` `、`: a list marker (a decimal has a digit after it).
    if (isDigitCode(c) && (name[i + 1] === '.' || name[i + 1] === '．' || name[i + 1] === '、') && !isDigitCode(name.charCodeAt(i + 2))) return false
  }
  return true
}
