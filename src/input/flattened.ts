import { SENTENCE_ENDS } from '../chars.js'
import { matchChapter, matchSection, matchTask } from '../lex/markers.js'
import type { LineSpan } from '../util/lines.js'
import type { Edit } from './edits.js'

/** Does `text[start, end)` begin with a heading or task marker that cannot be prose (`一、` `（一）` `1.`)? */
export function startsWithMarker(text: string, start: number, end: number, allowWeak = false): boolean {
  if (matchSection(text, start, end) || matchTask(text, start, end)) return true
  const chapter = matchChapter(text, start, end)
  return chapter !== null && (allowWeak || !chapter.weak)
}

const HAN = /[\u3400-\u9fff]/
// A run of white space (isSpaceCode's) followed by the first character of a
// marker: a bracket, a digit of either width, a Chinese numeral (numerals.ts).
// The look-behind keeps the scan linear: a run is tried from its first space
// only (from each of its spaces, 20 000 spaces took 0.4 s). It comes after
// that first space so the native scan still jumps from space to space.
// A test checks both classes against isSpaceCode and the matchers.
const CANDIDATE = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff](?<![ \t\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff].)[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff]*(?=[（(0-9０-９〇零一二两三四五六七八九十壹貳贰參叁肆伍陸陆柒捌玖拾])/g

/**
 * Where a body flattened onto one line (copied off a web page) puts its items
 * one after another, separated by white space: `…（知识产权局负责） 2.推进…`.
 * A line break goes in after each such space. Only a marker that cannot be prose
 * counts, so `完成 100 家`, `2021 年` and `7. 5%` stay whole; which of the
 * split-off lines really are items is still the tokenizer's call.
 *
 * @param lines the text's lines as `splitLines` gives them: in order, trimmed.
 * @example
 * ```ts
 * findFlattened('1.甲。（局负责） 2.乙。（局负责）', [{ start: 0, end: 19 }])
 * // [{ start: 10, end: 10, text: '\n' }]
 * ```
 */
export function findFlattened(text: string, lines: readonly LineSpan[]): Edit[] {
  const edits: Edit[] = []
  let line = -1
  // Where the piece being cut off began (the line's start, then each cut).
  let piece = 0
  CANDIDATE.lastIndex = 0
  // Only a run of spaces right before a marker's first character can be cut:
  // the native scan skips everything else, and a text with none is done at once.
  for (let found = CANDIDATE.exec(text); found !== null; found = CANDIDATE.exec(text)) {
    const from = found.index
    const i = from + found[0].length
    let moved = false
    while (line + 1 < lines.length && (line === -1 || (lines[line] as LineSpan).end <= from)) {
      line++
      moved = true
    }
    const { start, end } = (lines[line] as LineSpan | undefined) ?? { start: 0, end: 0 }
    if (moved) piece = start
    // Lines are trimmed: a run at a line's edge (or between lines) is none of ours.
    if (from <= start || i >= end) continue
    const before = text[from - 1] as string
    // Items follow a Han character (a title) or a closing mark (`。` `）`);
    // not a number (`第 2. 条`), a word (`Article 3.`) or syntax (`## 一、`).
    if (before === '第' || !(HAN.test(before) || SENTENCE_ENDS.includes(before) || before === '》')) continue
    // After a Han character only a title ends: a task's wording runs on to
    // its note or full stop (`1.（负责二 一、；` is one task, however it was
    // wrapped).
    if (HAN.test(before) && matchTask(text, piece, end)) continue
    // `…负责） 二 强化保护`: a chapter with a space for its `、` only after a closing mark.
    if (startsWithMarker(text, i, end, SENTENCE_ENDS.includes(before))) {
      // The break goes after the spaces, which stay: where the tokenizer
      // does not take the marker, the line joins back onto the task with them.
      edits.push({ start: i, end: i, text: '\n' })
      piece = i
    }
  }
  return edits
}
