/**
 * Where an offset of a plan read from a file is in that file: page and
 * line (PDF), paragraph (Word), or line and column (text).
 */
import { lowerBound } from '../util/lower-bound.js'
import type { Plan } from '../types.js'
import { createLocator } from '../util/location.js'

/** A place in the original file, counting from 1. */
export type Location = { page: number; line: number } | { paragraph: number; page?: number } | { line: number; column: number }

/** Index of the last start at or before `offset` (starts ascending, first 0). */
function indexAt(starts: readonly number[], offset: number): number {
  return Math.max(0, lowerBound(starts, offset + 1) - 1)
}

/**
 * Where `offset` (a node's `position.start.offset`, say) is in the file the
 * plan was read from: `{ page, line }` for a PDF (the line counted on its
 * page), `{ paragraph }` for a Word file (a table row counts as one
 * paragraph; with `page` when the file records its page breaks), and
 * `{ line, column }` for a plan parsed from text (pass that text: the
 * plan does not carry it). All count from 1.
 *
 * @example
 * ```ts
 * const plan = await parseDocument(readFileSync('plan.docx'))
 * const task = plan.children[2].children[0].children[0]
 * locate(plan, task.position.start.offset) // { paragraph: 18 }
 * ```
 * @throws {RangeError} when the offset is not in the plan's text.
 */
export function locate(plan: Plan, offset: number, text?: string): Location {
  const source = plan.source
  const length = source ? source.text.length : plan.position.end.offset
  if (!Number.isInteger(offset) || offset < 0 || offset > length) throw new RangeError(`locate: offset ${offset} is not in the plan's text (0–${length})`)
  if (!source) {
    if (typeof text !== 'string') throw new TypeError('locate: this plan was parsed from text, which it does not carry: pass that text as the third argument')
    return textLocation(text, offset)
  }
  const pages = source.pages
  if (source.lines && pages) {
    const page = indexAt(pages, offset)
    const line = indexAt(source.lines, offset)
    const firstOnPage = indexAt(source.lines, pages[page]!)
    return { page: page + 1, line: line - firstOnPage + 1 }
  }
  if (source.paragraphs) {
    const paragraph = indexAt(source.paragraphs, offset) + 1
    return pages ? { paragraph, page: indexAt(pages, offset) + 1 } : { paragraph }
  }
  return textLocation(source.text, offset)
}

function textLocation(text: string, offset: number): { line: number; column: number } {
  const { line, column } = createLocator(text).position(offset, offset).start
  return { line, column }
}
