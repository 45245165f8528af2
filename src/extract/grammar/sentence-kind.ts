/**
 * What a sentence or segment of a note is, apart from a list: a sentence
 * after the first that assigns nothing is a remark (`以下任务均需…不再一一列出`);
 * `下同` carries a rule on; `主抓部门：` is a label the grammar does not know.
 */
import type { Grammar } from './compile.js'
import { isDeadlineIn } from './deadline.js'
import { ruleIn } from './rule.js'
import { type Segment, type Sentence, labelAt } from './segments.js'
import { looksLikeUnit } from './unit-shape.js'
import { readPiece, splitPieces } from './units.js'
import { wordBefore } from './words.js'

/** Words such as `下同`, `以下同` that carry a rule on to the notes after. */
export function isCarryOn(text: string, segment: Segment): boolean {
  const length = segment.end - segment.start
  return length <= 4 && text.slice(segment.start, segment.end).includes('同')
}

/** A label's longest length the reader takes an unknown word before a colon for. */
const UNKNOWN_LABEL = 8

/** Past the colon of an unknown label at the start of `text[start, end)` (`主抓部门：`), or -1. */
export function unknownLabel(text: string, start: number, end: number): number {
  for (let i = start + 1; i < end && i <= start + UNKNOWN_LABEL; i++) {
    const c = text.charCodeAt(i)
    if (c === 0xff1a || c === 0x3a) return i + 1
    if (c === 0x28 || c === 0xff08) return -1
  }
  return -1
}

/**
 * Does a sentence after a note's first one assign (a label, role words,
 * deadlines, a rule), or is it a remark whose unit-like words are no units?
 *
 * @example
 * ```ts
 * // > | 市数据局牵头。以下任务均需各区落实，不再列出
 * //                   ^ a remark from here: sentenceAssigns(…) is false
 * ```
 */
export function sentenceAssigns(text: string, sentence: Sentence, grammar: Grammar): boolean {
  const first = sentence.segments[0] as Segment
  if (labelAt(text, first.start, first.end, grammar) !== null) return true
  let role = false
  let afterRule = false
  for (const segment of sentence.segments) {
    const { start, end } = segment
    if (isDeadlineIn(text, start, end)) continue
    if (ruleIn(text, start, end, grammar) !== null) {
      afterRule = true
      continue
    }
    if (afterRule && isCarryOn(text, segment)) continue
    if (wordBefore(grammar.roles, text, end, start) !== undefined) {
      role = true
      continue
    }
    for (const piece of splitPieces(text, start, end, grammar)) {
      if (!readPiece(text, piece, grammar).units.every((u) => looksLikeUnit(text, u.start, u.end, grammar))) return false
    }
    // Units with no role word of their own wait for one later in the sentence.
    role = false
  }
  return role || sentence.segments.every((s) => isDeadlineIn(text, s.start, s.end) || ruleIn(text, s.start, s.end, grammar) !== null || isCarryOn(text, s))
}
