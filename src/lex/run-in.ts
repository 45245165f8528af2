import { CLOSE, OPEN, charIs } from '../chars.js'

const FULL_STOP = 0x3002 // 。

/**
 * Is a heading a run-in paragraph rather than a title: does it go on past a
 * `。` outside brackets (`（三）加强市场监管。完善……`)? Such a heading reads as a
 * task does: a line it does not finish goes on in the next, and what
 * follows it is judged as what follows a task, not as what follows a title.
 * A title with a note (`一、加强组织领导（A负责）`) is still a title.
 *
 * @example
 * ```ts
 * isRunIn('（三）加强监管。完善机制', 3, 12) // true
 * isRunIn('（一）完善制度（A负责。）', 3, 14) // false
 * ```
 */
export function isRunIn(text: string, contentStart: number, end: number): boolean {
  let depth = 0
  for (let i = contentStart; i < end - 1; i++) {
    const c = text.charCodeAt(i)
    if (charIs(c, OPEN)) depth++
    else if (charIs(c, CLOSE)) depth = Math.max(0, depth - 1)
    else if (c === FULL_STOP && depth === 0) return true
  }
  return false
}
