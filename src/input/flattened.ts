import { SENTENCE_ENDS, isSpaceCode } from '../chars.js'
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

/**
 * Where a body flattened onto one line (copied off a web page) puts its items
 * one after another, separated by white space: `…（知识产权局负责） 2.推进…`.
 * A line break goes in after each such space. Only a marker that cannot be prose
 * counts, so `完成 100 家`, `2021 年` and `7. 5%` stay whole; which of the
 * split-off lines really are items is still the tokenizer's call.
 *
 * @example
 * ```ts
 * findFlattened('1.甲。（局负责） 2.乙。（局负责）', [{ start: 0, end: 19 }])
 * // [{ start: 10, end: 10, text: '\n' }]
 * ```
 */
export function findFlattened(text: string, lines: readonly LineSpan[]): Edit[] {
  const edits: Edit[] = []
  for (const { start, end } of lines) {
    let i = start
    // Where the piece being cut off began (the line's start, then each cut).
    let piece = start
    while (i < end) {
      // Codes, not `text[i]`: a string per Han character is garbage.
      if (!isSpaceCode(text.charCodeAt(i))) {
        i++
        continue
      }
      const from = i
      while (i < end && isSpaceCode(text.charCodeAt(i))) i++
      const before = text[from - 1] ?? ''
      // Items follow a Han character (a title) or a closing mark (`。` `）`);
      // not a number (`第 2. 条`), a word (`Article 3.`) or syntax (`## 一、`).
      if (before === '第' || !(HAN.test(before) || SENTENCE_ENDS.includes(before) || before === '》')) continue
      // After a Han character only a title ends: a task's wording runs on to
      // its note or full stop (`1.（负责二 一、；` is one task, however it was
      // wrapped).
      if (HAN.test(before) && matchTask(text, piece, end)) continue
      // `…负责） 二 强化保护`: a chapter with a space for its `、` only after a closing mark.
      if (i < end && startsWithMarker(text, i, end, SENTENCE_ENDS.includes(before))) {
        // The break goes after the spaces, which stay: where the tokenizer
        // does not take the marker, the line joins back onto the task with them.
        edits.push({ start: i, end: i, text: '\n' })
        piece = i
      }
    }
  }
  return edits
}
