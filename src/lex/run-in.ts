import { CLOSE, charIs } from '../chars.js'

const FULL_STOP = 0x3002 // 。

/**
 * Is a heading line a run-in paragraph rather than a title on its own: does
 * it go on past a `。` (`（三）加强市场监管。完善……`) or close with a note
 * (`一、加强组织领导（A负责）`)? Such a heading reads as a task does: a line
 * it does not finish goes on in the next, and what follows it is judged as
 * what follows a task, not as what follows a title.
 *
 * @example
 * ```ts
 * isRunIn('（三）加强监管。完善机制', 3, 12) // true
 * isRunIn('（一）完善知识产权制度', 3, 11)   // false
 * ```
 */
export function isRunIn(text: string, contentStart: number, end: number): boolean {
  if (charIs(text.charCodeAt(end - 1), CLOSE)) return true
  for (let i = contentStart; i < end - 1; i++) if (text.charCodeAt(i) === FULL_STOP) return true
  return false
}
