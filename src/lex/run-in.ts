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
  const scan = new RunInScan()
  scan.start(contentStart)
  return scan.isRunIn(text, end)
}

/**
 * {@link isRunIn} asked again and again of one heading as its note lines and
 * wrapped title lines come in: each call reads only what the last did not,
 * so a heading followed by thousands of lines no stop ends costs one pass,
 * not one per line. `start` a new heading before asking.
 *
 * @example
 * ```ts
 * const scan = new RunInScan()
 * scan.start(3)
 * scan.isRunIn(text, 12) // as isRunIn(text, 3, 12), reading from 3
 * scan.isRunIn(text, 20) // as isRunIn(text, 3, 20), reading from 11
 * ```
 */
export class RunInScan {
  private at = 0
  private depth = 0
  private found = false

  start(contentStart: number): void {
    this.at = contentStart
    this.depth = 0
    this.found = false
  }

  isRunIn(text: string, end: number): boolean {
    while (!this.found && this.at < end - 1) {
      const c = text.charCodeAt(this.at++)
      if (charIs(c, OPEN)) this.depth++
      else if (charIs(c, CLOSE)) this.depth = Math.max(0, this.depth - 1)
      else if (c === FULL_STOP && this.depth === 0) this.found = true
    }
    return this.found
  }
}
