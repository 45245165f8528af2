/**
 * A line that opens a part of a document above its chapters: `第二部分 重点任务`,
 * `第一篇 总体要求`. Long plans number their chapters afresh in each part. The
 * line stays a paragraph (a level above chapters would push `一、` down to a
 * section and `1.` down to a sub-item); it only starts the numbering again.
 */

// The number, then 部分/篇/编, then the end, white space or a delimiter before a short title.
const PART = /^[ \t\u3000]*第[一二三四五六七八九十百零〇两0-9０-９]{1,4}(?:部分|篇|编)(?:[ \t\u3000：:、．.]|$)/
/** A part's line is a title: short, and no sentence ends in it. */
const LONGEST_PART_LINE = 40
const SENTENCE_MARKS = /[。；;！？]/

/**
 * Is `text[start, end)` the line of a part?
 *
 * @example
 * ```ts
 * isPartLine('第二部分 重点任务', 0, 9)           // true
 * isPartLine('第一部分主要讲了三个问题。', 0, 13) // false
 * ```
 */
export function isPartLine(text: string, start: number, end: number): boolean {
  if (end - start > LONGEST_PART_LINE) return false
  const line = text.slice(start, end)
  return PART.test(line) && !SENTENCE_MARKS.test(line)
}
