/**
 * Find a task table in plain text and read it row by row: a header row that
 * {@link readHeader} takes, then data rows, heading rows that span the
 * table, rows a page break split in two. What is not a data row (the header,
 * a pipe table's delimiter row, a header repeated on the next page, a
 * heading row) comes back as a line for the tokenizer to read as it reads
 * any line, so `一、…` across the table is a chapter as in text.
 */
import { SENTENCE_END, charIs, isDigitCode } from '../chars.js'
import { constructsAt } from '../lex/constructs/index.js'
import { readArabic, readNumeral } from '../lex/numerals.js'
import type { LineSpan } from '../util/lines.js'
import type { SpanList } from '../util/span-list.js'
import { type CellSpan, type RowSpan, FULLWIDTH_BAR, cellText, isDelimiterRow, readPipeRow, readSpacedRow, readTsvRow } from './cells.js'
import { type Columns, RESPONSIBILITY_ROLES, readHeader } from './columns.js'

/** A cell of a data row, with the column it stands in. */
export interface RowCell extends CellSpan {
  column: number
}

/** A data row of a task table: one task. */
export interface TableRow {
  columns: Columns
  /** The row's cells that hold anything, in order; a row joined from two (a page break) has both rows' cells. */
  cells: RowCell[]
  /** The number the number cell gives, or the row's place in the table when it gives none. */
  number: number
  /** The number cell, when it holds a number. */
  marker: CellSpan | null
  start: number
  end: number
}

/** What a table gives the tokenizer: a line to read as any line, or a data row. */
export type TableEvent = { kind: 'line'; start: number; end: number } | { kind: 'row'; row: TableRow }

export interface Table {
  events: TableEvent[]
  /** Index of the first line after the table. */
  next: number
}

/** TAB-separated rows, a Markdown pipe table, or rows parted by full-width bars (`1｜推进立法｜商务部`). */
type Mode = 'tsv' | 'pipe' | 'bar'

const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029

/** Where the line holding `at` physically starts: before the tabs `splitLines` trimmed off (an empty first cell). */
function physicalStart(text: string, at: number): number {
  while (at > 0 && !isBreak(text.charCodeAt(at - 1))) at--
  return at
}

function physicalEnd(text: string, at: number): number {
  while (at < text.length && !isBreak(text.charCodeAt(at))) at++
  return at
}

/** Does the line holding `line` have a tab (trailing ones too: `一、总体要求\t\t\t`)? */
export function hasTab(text: string, line: LineSpan): boolean {
  const found = text.indexOf('\t', physicalStart(text, line.start))
  return found >= 0 && found < physicalEnd(text, line.end)
}

const isPipeLine = (text: string, line: LineSpan): boolean => text.charCodeAt(line.start) === 0x7c

/** How many full-width bars the line holds. */
function barsIn(text: string, line: LineSpan): number {
  let count = 0
  for (let k = text.indexOf('｜', line.start); k >= 0 && k < line.end; k = text.indexOf('｜', k + 1)) count++
  return count
}

function readRow(text: string, mode: Mode, line: LineSpan): RowSpan {
  if (mode === 'tsv') return readTsvRow(text, physicalStart(text, line.start))
  return readPipeRow(text, line.start, mode === 'bar' ? FULLWIDTH_BAR : undefined) as RowSpan
}

/** Does the span start with a chapter or section marker (`一、` `（一）` `第一章`): a heading, not a task? */
function startsHeading(text: string, start: number, end: number): boolean {
  for (const construct of constructsAt(text.charCodeAt(start))) {
    if (construct.level !== 'chapter' && construct.level !== 'section') continue
    if (construct.match(text, start, end)) return true
  }
  return false
}

/** The number a number cell holds (`1`, `12.`, `一`, `（三）`), or null. */
function numberIn(text: string, cell: CellSpan): number | null {
  let start = cell.start
  let end = cell.end
  const strip = '（(.．、)）'
  while (start < end && strip.includes(text[start] as string)) start++
  while (end > start && strip.includes(text[end - 1] as string)) end--
  if (start === end) return null
  const read = isDigitCode(text.charCodeAt(start)) ? readArabic(text, start, end, 6) : readNumeral(text, start)
  return read && read.length === end - start ? read.value : null
}

/** How many lines that are no rows a table goes on past, to a row of its width. */
const RESUME_REACH = 8

/** Does a row read as the header of a task table of its own? */
function looksLikeHeader(text: string, row: RowSpan): boolean {
  return readHeader(row.cells.map((c) => cellText(text, c))) !== null
}

const isEmpty = (cell: CellSpan | undefined): boolean => cell === undefined || cell.end <= cell.start

const sameText = (text: string, a: RowSpan, b: RowSpan): boolean =>
  a.cells.length === b.cells.length && a.cells.every((c, k) => cellText(text, c).replace(/\s+/g, '') === cellText(text, b.cells[k] as CellSpan).replace(/\s+/g, ''))

/**
 * A row that goes on with the row before: a page broke it (its number cell
 * empty, or no number column) and either the wording before it ends in no
 * full stop or it names no one of its own.
 */
function continues(text: string, row: RowSpan, columns: Columns, previous: TableRow): boolean {
  if (columns.number >= 0 && !isEmpty(row.cells[columns.number])) return false
  const own = row.cells.some((c, k) => !isEmpty(c) && RESPONSIBILITY_ROLES.has(columns.roles[k] ?? 'other'))
  const tasks = previous.cells.filter((c) => c.column === columns.task)
  const last = tasks[tasks.length - 1]
  const finished = last !== undefined && charIs(text.charCodeAt(last.end - 1), SENTENCE_END)
  return columns.number >= 0 ? !finished || !own : !own && !finished
}

function toRow(row: RowSpan, columns: Columns, number: number, marker: CellSpan | null): TableRow {
  const cells: RowCell[] = []
  row.cells.forEach((c, column) => {
    if (!isEmpty(c)) cells.push({ ...c, column })
  })
  return { columns, cells, number, marker, start: (cells[0] as RowCell).start, end: (cells[cells.length - 1] as RowCell).end }
}

/**
 * Read the task table whose header is line `index`: TAB-separated rows
 * (`tsv`, the line has a tab), a Markdown pipe table (the line starts with
 * `|` and a delimiter row follows), or rows parted by full-width bars (`bar`). `null` when the line starts no task
 * table: then it is an ordinary line.
 */
export function readTable(text: string, lines: SpanList, index: number): Table | null {
  const first = lines.at(index) as LineSpan
  const mode: Mode | null = hasTab(text, first)
    ? 'tsv'
    : isPipeLine(text, first) && index + 1 < lines.length && isDelimiterRow(text, lines.start(index + 1))
      ? 'pipe'
      : barsIn(text, first) >= 2
        ? 'bar'
        : null
  if (mode === null) return null
  const header = readRow(text, mode, first)
  const columns = readHeader(header.cells.map((c) => cellText(text, c)))
  if (!columns) return null
  const events: TableEvent[] = [{ kind: 'line', start: first.start, end: Math.min(first.end, header.end) }]
  const after = (end: number, from: number): number => {
    let k = from
    while (k < lines.length && lines.start(k) < end) k++
    return k
  }
  let k = after(header.end, index + 1)
  if (mode === 'pipe') events.push({ kind: 'line', ...(lines.at(k++) as LineSpan) })
  let previous: TableRow | null = null
  // A row whose first cell is quoted may hold its first tab lines below.
  const isRowLine = (line: LineSpan) =>
    mode === 'tsv'
      ? hasTab(text, line) || (text.charCodeAt(line.start) === 0x22 && readTsvRow(text, physicalStart(text, line.start)).cells.length > 1)
      : mode === 'pipe'
        ? isPipeLine(text, line)
        : barsIn(text, line) > 0
  // The header's width up to its last word: trailing tabs may be trimmed off (a header written back).
  let width = header.cells.length
  while (width > 0 && isEmpty(header.cells[width - 1])) width--
  /**
   * A line of a TAB table that lost its tabs (a web page's copy): a row when
   * runs of spaces part it into one cell per column, its number cell a number.
   */
  const spacedRow = (line: LineSpan): RowSpan | null => {
    if (mode !== 'tsv') return null
    const row = readSpacedRow(text, line.start)
    if (row.cells.length !== width || looksLikeHeader(text, row)) return null
    return columns.number < 0 || numberIn(text, row.cells[columns.number] as CellSpan) !== null ? row : null
  }
  /**
   * A row of full-width bars whose cell a line break cut (`7｜培育低空经济，开通` then
   * `低空物流航线5条｜市发改委｜…`): the two lines are one row when together they fill the header's columns.
   */
  const wrappedRow = (row: RowSpan, at: number): RowSpan => {
    if (mode !== 'bar' || row.cells.length >= width || at + 1 >= lines.length) return row
    const next = readRow(text, mode, lines.at(at + 1) as LineSpan)
    if (row.cells.length + next.cells.length - 1 !== width) return row
    const cut = row.cells[row.cells.length - 1] as CellSpan
    const rest = next.cells[0] as CellSpan
    return { cells: [...row.cells.slice(0, -1), { start: cut.start, end: rest.end, quoted: false }, ...next.cells.slice(1)], end: next.end }
  }
  /** The index of a row of the table's width within {@link RESUME_REACH} lines after line `from`, or -1. */
  const resumesAt = (from: number): number => {
    for (let j = from + 1; j < lines.length && j <= from + RESUME_REACH; j++) {
      const line = lines.at(j) as LineSpan
      if (!isRowLine(line)) {
        if (spacedRow(line) !== null) return j
        continue
      }
      const row = readRow(text, mode, line)
      return row.cells.length >= width && !looksLikeHeader(text, row) ? j : -1
    }
    return -1
  }
  while (k < lines.length) {
    const line = lines.at(k) as LineSpan
    const spaced = isRowLine(line) ? null : spacedRow(line)
    if (!isRowLine(line) && spaced === null) {
      // Heading rows written without tabs (a merged cell a reader wrote alone): the table goes on after them.
      let j = k
      while (j < lines.length && j < k + 4 && startsHeading(text, lines.start(j), lines.end(j))) j++
      const next = lines.at(j)
      if (j > k && next !== undefined && (isRowLine(next) || spacedRow(next) !== null)) {
        events.push({ kind: 'line', start: line.start, end: line.end })
        previous = null
        k++
        continue
      }
      // Lines that are no rows (a page's header, rows a copy laid out with spaces) between rows of the
      // table's width: the table goes on after them, and they are lines of their own.
      const resume = resumesAt(k)
      if (resume < 0) break
      for (; k < resume; k++) events.push({ kind: 'line', start: lines.start(k), end: lines.end(k) })
      previous = null
      continue
    }
    // Another header (a pipe row over a delimiter row, or a row of short header words): another table starts.
    if (mode === 'pipe' && k + 1 < lines.length && isDelimiterRow(text, lines.start(k + 1))) break
    const row = spaced ?? wrappedRow(readRow(text, mode, line), k)
    if (!sameText(text, row, header) && looksLikeHeader(text, row)) break
    k = after(row.end, k + 1)
    const filled = row.cells.filter((c) => !isEmpty(c))
    if (filled.length === 0) continue
    if (sameText(text, row, header)) {
      // The header again, on the next page.
      events.push({ kind: 'line', start: (filled[0] as CellSpan).start, end: (filled[filled.length - 1] as CellSpan).end })
      continue
    }
    const only = filled.length === 1 ? (filled[0] as CellSpan) : null
    // One cell across the row (a merged cell's words stand in the first column): a heading (`一、…`, `（一）…`) or a line of text.
    // Alone in another column, or in the task column, it is a row's.
    if (only && (startsHeading(text, only.start, only.end) || (row.cells.indexOf(only) === 0 && columns.task !== 0))) {
      events.push({ kind: 'line', start: only.start, end: only.end })
      previous = null
      continue
    }
    if (previous && continues(text, row, columns, previous)) {
      const more = toRow(row, columns, 0, null)
      for (const c of more.cells) previous.cells.push(c)
      previous.end = more.end
      continue
    }
    const numberCell = columns.number >= 0 ? row.cells[columns.number] : undefined
    const value = numberCell && !isEmpty(numberCell) ? numberIn(text, numberCell) : null
    const number = value ?? (previous ? previous.number + 1 : 1)
    previous = toRow(row, columns, number, value === null ? null : (numberCell as CellSpan))
    events.push({ kind: 'row', row: previous })
  }
  return { events, next: k }
}

/** Could the text hold a table at all: a tab, a full-width bar, or a pipe at a line's start? Checked once, so plain text pays nothing per line. */
export function mayHoldTable(text: string): boolean {
  return text.indexOf('\t') >= 0 || text.indexOf('｜') >= 0 || (text.indexOf('|') >= 0 && /(?:^|[\n\r\u2028\u2029])[ \u3000]*\|/.test(text))
}

/**
 * The stretches of text the task tables take, as offsets: clean-up leaves
 * them as they are (a row is no hard-wrapped line, nor a body flattened
 * onto one line to cut before `（三）` in a cell).
 */
export function tableRanges(text: string, lines: SpanList): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = []
  if (!mayHoldTable(text)) return ranges
  for (let index = 0; index < lines.length; index++) {
    const table = readTable(text, lines, index)
    if (!table) continue
    ranges.push({ start: physicalStart(text, lines.start(index)), end: lines.end(table.next - 1) })
    index = table.next - 1
  }
  return ranges
}
