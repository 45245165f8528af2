/**
 * A note with no role word: a bracket of unit names closing a task,
 * `（县人社局、县财政局）`, `（县人社局，2025年底前）`. Documents that state the
 * first-listed rule once (`列第一位的为牵头单位`) often write their notes so.
 */
import type { Grammar } from './compile.js'
import { isDeadlineIn } from './deadline.js'
import { namesOrganisers } from './read-note.js'
import { sentencesOf } from './segments.js'
import type { NameSpan, NoteClause, NoteParts, TextSpan } from './types.js'
import { isNameLike, looksLikeUnit } from './unit-shape.js'
import { readPiece, splitPieces } from './units.js'

// Words that make a bracket a gloss, not a list of units, though it ends
// like a unit's name: `（以下简称县人社局）`, `（含县属国有企业）`.
const GLOSS = /简称|以下|包括|例如|详见|参见|下同|统称|合称|^[含如即见指在对向与和及]/

const span = (text: string, start: number, end: number): TextSpan => ({ text: text.slice(start, end), start, end })

/**
 * Read `text` (a bracket's inside) as a bare list of units: every piece a
 * unit by its shape (a unit's ending, `各…`, or the registry), or a time
 * frame. The first listed leads, unless units are marked to lead (`县财政局*`). Call it only for a bracket that closes a
 * task: in running text such a bracket is a gloss or an example.
 *
 * @example
 * ```ts
 * readBareNote('县人社局、县财政局，2025年底前', compileGrammar())?.departments.map((d) => d.name) // ['县人社局', '县财政局']
 * readBareNote('市、区', compileGrammar()) // null
 * ```
 * @returns `null` when a piece is not a unit's name or a time frame.
 */
export function readBareNote(text: string, grammar: Grammar): NoteParts | null {
  if (namesOrganisers(text)) return null
  const departments: NameSpan[] = []
  /** Is each unit marked to lead (`县财政局*`)? */
  const marked: boolean[] = []
  const clauses: NoteClause[] = []
  let deadline: TextSpan | undefined
  let openTail: TextSpan | undefined
  for (const sentence of sentencesOf(text, grammar)) {
    for (const { start, end } of sentence.segments) {
      if (isDeadlineIn(text, start, end)) {
        deadline ??= span(text, start, end)
        clauses.push({ kind: 'deadline', ...span(text, start, end) })
        continue
      }
      for (const piece of splitPieces(text, start, end, grammar)) {
        const read = readPiece(text, piece, grammar)
        if (read.units.length === 0 || read.rule !== undefined || (read.role !== undefined && read.role !== 'lead')) return null
        for (const unit of read.units) {
          if (!isNameLike(unit.name) || GLOSS.test(unit.name) || !looksLikeUnit(text, unit.start, unit.end, grammar)) return null
          departments.push(unit)
          marked.push(read.role === 'lead')
        }
        if (read.tail) openTail ??= span(text, read.tail.start, read.tail.end)
      }
      clauses.push({ kind: 'units', ...span(text, start, end) })
    }
  }
  if (departments.length === 0) return null
  // Units marked to lead lead; without a mark, the first listed does.
  const explicit = marked.includes(true)
  const parts: NoteParts = {
    departments,
    roles: departments.map((_, i) => ((explicit ? marked[i] : i === 0) ? 'lead' : 'participant')),
    explicit,
    byDuty: false,
    open: openTail !== undefined,
    clauses,
  }
  if (openTail) parts.openTail = openTail
  if (deadline) parts.deadline = deadline
  return parts
}
