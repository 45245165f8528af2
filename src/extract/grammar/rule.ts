import { CLOSE, OPEN, charIs } from '../../chars.js'
import { type Grammar, RULE_START } from './compile.js'
import type { RuleKind } from './types.js'
import { wordAt } from './words.js'

const WEI = 0x4e3a // 为
const SHI = 0x662f // 是
const WEI_TRADITIONAL = 0x70ba // 為

/**
 * The rule for reading roles that `text[start, end)` states, reading only
 * outside brackets: a rule word (`第一`, `首位`), then `为`/`是`, then a lead
 * word (`排在第一位的为牵头部门`, `首位单位为牵头单位`), or a word that is a
 * whole rule (`均为牵头`). `第一中学牵头` states none: it has no `为`.
 *
 * @example
 * ```ts
 * ruleIn('列第一位者为牵头或汇总单位', 0, 13, compileGrammar()) // 'first-leads'
 * ruleIn('市发改委牵头', 0, 6, compileGrammar())               // null
 * ```
 */
export function ruleIn(text: string, start: number, end: number, grammar: Grammar): RuleKind | null {
  let depth = 0
  let kind: RuleKind | null = null
  let copula = false
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (charIs(c, OPEN)) depth++
    else if (charIs(c, CLOSE)) depth = Math.max(0, depth - 1)
    if (depth > 0) continue
    if (kind === null) {
      if (((grammar.marks[c] as number) & RULE_START) === 0) continue
      const word = wordAt(grammar.ruleWords, text, i, end)
      if (word === undefined) continue
      if (word.value === 'all-lead') return 'all-lead'
      kind = word.value
      i += word.word.length - 1
    } else if (!copula) {
      copula = c === WEI || c === SHI || c === WEI_TRADITIONAL
    } else if (wordAt(grammar.leadWords, text, i, end) !== undefined) {
      return kind
    }
  }
  return null
}
