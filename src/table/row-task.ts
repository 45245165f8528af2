/**
 * A task table's row made a task: the task cell is its wording, the number
 * cell its marker, and the responsibility columns are read by the very
 * grammar that reads label notes, each column under the label of its role
 * (`牵头单位：<lead cell>`, `配合单位：<participants cell>`, `责任单位：…`,
 * `完成时限：…`, `牵头领导：…`), so lists, `等`-tails, `按职责分工`, collectives
 * and the registry work as in a note, and a leader is never a department.
 */
import { diagnostic } from '../diagnostics.js'
import { citedTitles } from '../extract/references.js'
import { toResponsibility } from '../extract/responsibility.js'
import { readLabelNote } from '../parse/notes.js'
import type { UnitContext } from '../parse/close-unit.js'
import type { Position, Responsibility, TableCell, Task } from '../types.js'
import { type RowCell, type TableRow } from './block.js'
import { cellText } from './cells.js'
import type { ColumnRole } from './columns.js'

/** The label each responsibility column is read under. */
const LABEL: Partial<Record<ColumnRole, string>> = {
  lead: '牵头单位',
  participants: '配合单位',
  responsible: '责任单位',
  deadline: '完成时限',
  leader: '牵头领导',
}

const LABELS = Object.values(LABEL).map((label) => `${label}：`)

/** A clause's text without the label a column was read under. */
function unlabelled(text: string): string {
  for (const label of LABELS) if (text.startsWith(label)) return text.slice(label.length)
  return text
}

const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/

/** Lines joined with nothing between them, the white space at each break left out. */
function joinLines(text: string): string {
  return LINE_BREAK.test(text) ? text.split(LINE_BREAK).map((line, k, all) => (k === 0 ? line.trimEnd() : k === all.length - 1 ? line.trimStart() : line.trim())).join('') : text
}

const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029

/**
 * The note text a row's responsibility cells make, and for each of its
 * characters the offset of the source character it stands for (-1 for the
 * labels and breaks put in). A line break inside a cell (a Word cell with a
 * name per paragraph) separates names as `、` does.
 */
function noteText(source: string, cells: readonly RowCell[], roles: readonly ColumnRole[], quotedAt: (c: RowCell) => boolean): { text: string; at: number[] } {
  let text = ''
  const at: number[] = []
  const put = (s: string, offset: number) => {
    text += s
    for (let k = 0; k < s.length; k++) at.push(offset)
  }
  let lastRole: ColumnRole | null = null
  let lastColumn = -1
  for (const cell of byColumn(cells)) {
    const role = roles[cell.column] ?? 'other'
    const label = LABEL[role]
    if (!label) continue
    // The parts of a cell a page break split go on with each other; two columns of one role make one list.
    if (cell.column === lastColumn) put('', -1)
    else if (role === lastRole) put('、', -1)
    else {
      if (text) put('\n', -1)
      put(`${label}：`, -1)
    }
    lastRole = role
    lastColumn = cell.column
    for (let k = cell.start; k < cell.end; k++) {
      const c = source.charCodeAt(k)
      if (quotedAt(cell) && c === 0x22 && source.charCodeAt(k + 1) === 0x22) k++
      if (isBreak(c)) {
        if (c === 0x0d && source.charCodeAt(k + 1) === 0x0a) k++
        put('、', k)
      } else put(source[k] as string, k)
    }
  }
  return { text, at }
}

/** Cells in column order; the parts of one column (a row a page break split) in the order written. */
export function byColumn<T extends { column: number }>(cells: readonly T[]): T[] {
  return [...cells].sort((a, b) => a.column - b.column)
}

/** The task's number cell as written: its marker (`1`, `（三）`), or '' when the row has none. */
function markerOf(ctx: UnitContext, row: TableRow): string {
  if (!row.marker) return ''
  const from = ctx.original ?? ctx.source
  return cellText(from, row.marker)
}

function cellNode(ctx: UnitContext, row: TableRow, cell: RowCell): TableCell {
  const role = row.columns.roles[cell.column] ?? 'other'
  const text = cellText(ctx.source, cell)
  const node: TableCell = { column: row.columns.headers[cell.column] ?? '', index: cell.column, role, text, position: ctx.locator.position(cell.start, cell.end) }
  if (ctx.original !== null && ctx.differsIn(cell.start, cell.end)) {
    const written = cellText(ctx.original, cell)
    if (written !== text) node.original = written
  }
  return node
}

/**
 * Make the task of a table row. Positions: `textPosition` is the task cell
 * (from its first part to its last, for a row a page break split);
 * `responsibility.position` runs from the first responsibility cell (lead,
 * participants, responsible, deadline, leader) to the last; `position` is
 * the row. A row that names no one gets the `missing-responsibility`
 * diagnostic a task without a note gets.
 */
export function rowTask(ctx: UnitContext, row: TableRow, id: string): Task {
  const { source, original, locator } = ctx
  const taskCells = row.cells.filter((c) => c.column === row.columns.task)
  // A cell's paragraphs make one wording, as a task's wrapped lines do (the cells keep their breaks).
  const join = (from: string, list: readonly RowCell[]) => joinLines(list.map((c) => cellText(from, c)).join(''))
  const text = join(source, taskCells)
  const position = locator.position(row.start, row.end)
  const first = taskCells[0]
  const last = taskCells[taskCells.length - 1]
  const textPosition = first && last ? locator.position(first.start, last.end) : locator.position(row.start, row.start)
  const node: Task = { type: 'task', id, number: row.number, marker: markerOf(ctx, row), text, responsibility: null, references: citedTitles(text), position, textPosition }
  if (original !== null && first && last && ctx.differsIn(first.start, last.end)) {
    const written = join(original, taskCells)
    if (written !== text) node.original = written
  }
  const responsibility = rowResponsibility(ctx, row, textPosition)
  if (responsibility) node.responsibility = responsibility
  node.cells = row.cells.map((c) => cellNode(ctx, row, c))
  if (!responsibility || responsibility.departments.length === 0) {
    ctx.diagnostics.push(diagnostic('missing-responsibility', `Task ${row.number} has no responsibility note (e.g. “（知识产权局负责）”)`, position))
  }
  return node
}

/** The responsibility of a row, read from its responsibility columns; null when they are all empty. */
function rowResponsibility(ctx: UnitContext, row: TableRow, covers: Position): Responsibility | null {
  const { source, original, locator } = ctx
  const roles = row.columns.roles
  const cells = row.cells.filter((c) => LABEL[roles[c.column] ?? 'other'] !== undefined)
  if (cells.length === 0) return null
  const quoted = (c: RowCell) => c.quoted
  const { text, at } = noteText(source, cells, roles, quoted)
  const written = original === null ? null : noteText(original, cells, roles, quoted).text
  const note = readLabelNote(text, ctx.grammar)
  if (!note) return null
  // Indexes of the note text → source offsets: a span starts at its first source character and ends past its last.
  const place = (s: number, e: number): Position => {
    let a = s
    while (a < e && (at[a] as number) < 0) a++
    let b = e - 1
    while (b > a && (at[b] as number) < 0) b--
    const start = a < e ? (at[a] as number) : (cells[0] as RowCell).start
    const end = a < e ? (at[b] as number) + 1 : start
    return locator.position(start, end)
  }
  const responsibility = toResponsibility(text, note, place, ctx.make, written, covers)
  // Each responsibility column's words as written (a split cell's parts joined), the columns joined by a tab.
  const columns: string[] = []
  let last = -1
  for (const c of byColumn(cells)) {
    const words = cellText(original ?? source, c)
    if (c.column === last) columns[columns.length - 1] += words
    else columns.push(words)
    last = c.column
  }
  responsibility.raw = columns.join('\t')
  responsibility.position = locator.position((cells[0] as RowCell).start, (cells[cells.length - 1] as RowCell).end)
  responsibility.form = 'table'
  // A clause (a leader, a remark) is the cell's words, not the label it was read under.
  if (responsibility.clauses) for (const clause of responsibility.clauses) clause.text = unlabelled(clause.text)
  return responsibility
}
