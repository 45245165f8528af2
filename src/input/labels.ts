/**
 * Label segments (`责任单位：…`, `完成时限：…`) that a flattened copy runs into
 * the line after a unit's text. Clean-up starts a line at each, so that the
 * tree builder sees the label lines it attaches to the unit before them.
 * The labels are the built-in note grammar's: clean-up runs before any
 * caller's wordings are in play.
 */
import { compileGrammar } from '../extract/grammar/compile.js'
import { labelAt as grammarLabelAt } from '../extract/grammar/segments.js'

/**
 * Does a label and its colon start at `i` (`责任单位：`, `牵头单位:`)?
 *
 * @example
 * ```ts
 * labelAt('缩小。 责任单位:县发改局', 4, 14) // true
 * labelAt('缩小。 责任重大', 4, 8)           // false
 * ```
 */
export function labelAt(text: string, i: number, end: number): boolean {
  return grammarLabelAt(text, i, end, compileGrammar()) !== null
}
