/**
 * An HTML `<table>` as the text path reads tables: one line per row, cells
 * separated by a tab, a cell holding a line break quoted as Word's TSV is
 * (`"…"`; the quotes are put in, standing for no character of the page). A
 * table is written so only when it is a task table (its header row, the
 * first row of `<th>` or the first of its first rows that reads as one, see
 * `readHeader`); any other table keeps a line per cell and block, as pages
 * always read. Its events are recorded while it is open, and written once
 * its end shows which.
 */
import { readHeader } from '../table/columns.js'

/** What the page reader records inside a table. */
export type TableEvent =
  | { kind: 'run'; start: number; end: number; text: string | null }
  | { kind: 'open'; name: string; at: number; colspan: number; rowspan: number }
  | { kind: 'close'; name: string; at: number; end: number }

/** Where a table is written: the page reader's own ways of adding text. */
export interface TableSink {
  /** A run of the page's characters, as the reader adds any (white space at a line's start left out). */
  run(start: number, end: number, text: string | null): void
  /** A line break at `at`, unless the line is empty. */
  lineBreak(at: number): void
  /** Characters put in at `at`, standing for none of the page's. */
  insert(at: number, text: string): void
  /** Is the break-or-block tag `name` one that ends a line? */
  isBlock(name: string): boolean
}

interface Cell {
  at: number
  end: number
  colspan: number
  rowspan: number
  items: ({ kind: 'run'; start: number; end: number; text: string | null } | { kind: 'break'; at: number })[]
}

interface Row {
  at: number
  end: number
  cells: Cell[]
}

const white = (s: string) => /^[\s\u00a0\u3000]*$/.test(s)

/** The rows and cells of the outer table (a nested table's text stays inside its cell). */
function rowsOf(source: string, events: readonly TableEvent[]): Row[] | null {
  const rows: Row[] = []
  let row: Row | null = null
  let cell: Cell | null = null
  let depth = 0
  // A cell or row left open (`</td>` is optional) ends where the next begins.
  const end = (at: number) => {
    if (cell && cell.end === cell.at) cell.end = at
    if (row && row.end === row.at) row.end = at
  }
  for (const e of events) {
    if (e.kind !== 'run' && (e.name === 'td' || e.name === 'th' || e.name === 'tr' || e.name === 'table') && (e.kind === 'open' || e.name !== 'td')) end(e.at)
    if (e.kind === 'run') {
      if (cell) cell.items.push(e)
      // Words outside every cell (a caption): no table of rows.
      else if (!white(e.text ?? source.slice(e.start, e.end))) return null
      continue
    }
    if (e.name === 'table') depth += e.kind === 'open' ? 1 : -1
    const outer = depth === 1 || (e.name === 'table' && depth === 0)
    if (outer && e.name === 'tr') {
      if (e.kind === 'open') rows.push((row = { at: e.at, end: e.at, cells: [] }))
      else if (row) row.end = e.at
      if (e.kind === 'close') row = null
      cell = null
      continue
    }
    if (outer && (e.name === 'td' || e.name === 'th')) {
      if (e.kind === 'open') {
        if (!row) rows.push((row = { at: e.at, end: e.at, cells: [] }))
        row.cells.push((cell = { at: e.at, end: e.at, colspan: e.colspan, rowspan: e.rowspan, items: [] }))
      } else if (cell) {
        cell.end = e.at
        row!.end = e.at
        cell = null
      }
      continue
    }
    if (cell) cell.items.push({ kind: 'break', at: e.at })
  }
  return rows
}

function cellWords(source: string, cell: Cell): string {
  return cell.items.map((i) => (i.kind === 'run' ? (i.text ?? source.slice(i.start, i.end)) : '')).join('')
}

/** The header row's index among the first three rows, or -1: the table is no task table. */
function headerRow(source: string, rows: readonly Row[]): number {
  for (let k = 0; k < Math.min(3, rows.length); k++) if (readHeader((rows[k] as Row).cells.map((c) => cellWords(source, c))) !== null) return k
  return -1
}

/**
 * Write a cell's words; quoted when a break (or a line break of the page's
 * source) falls between them, in a row of several cells (a row of one cell
 * is no row the table reader reads across lines).
 */
function writeCell(source: string, cell: Cell, sink: TableSink, quotable: boolean): void {
  const runs = cell.items.filter((i) => i.kind === 'run' && !white(i.text ?? source.slice(i.start, i.end)))
  if (runs.length === 0) return
  const first = cell.items.indexOf(runs[0]!)
  const last = cell.items.indexOf(runs[runs.length - 1]!)
  const inner = cell.items.slice(first, last + 1)
  const quoted = quotable && inner.some((i) => i.kind === 'break' || /[\r\n]/.test(i.text ?? source.slice(i.start, i.end)))
  const open = inner[0]!.kind === 'run' ? (inner[0] as { start: number }).start : cell.at
  if (quoted) sink.insert(open, '"')
  let broken = false
  let end = open
  for (const item of inner) {
    if (item.kind === 'break') {
      if (!broken) sink.insert(item.at, '\u2029')
      broken = true
      end = item.at
    } else {
      sink.run(item.start, item.end, item.text)
      broken = false
      end = item.end
    }
  }
  if (quoted) sink.insert(end, '"')
}

/**
 * Write a recorded table: rows as TAB-separated lines when it is a task
 * table (`colspan` as empty cells after the cell, a cell `rowspan` covers as
 * an empty cell in the rows below, so columns stay in place), otherwise as
 * the page reader writes any blocks.
 */
export function writeTable(source: string, events: readonly TableEvent[], sink: TableSink): void {
  const rows = rowsOf(source, events)
  if (!rows || headerRow(source, rows) < 0) {
    for (const e of events) {
      if (e.kind === 'run') sink.run(e.start, e.end, e.text)
      else if (sink.isBlock(e.name)) sink.lineBreak(e.kind === 'open' ? e.at : e.end)
    }
    return
  }
  // Rows still covered by a cell above, per column.
  const covered: number[] = []
  // Every row is written as wide as the header: a row of one cell still has its tabs, and reads as a row.
  const header = rows[headerRow(source, rows)] as Row
  const width = header.cells.reduce((n, c) => n + c.colspan, 0)
  for (const row of rows) {
    sink.lineBreak(row.at)
    let column = 0
    const skipCovered = (at: number) => {
      while ((covered[column] ?? 0) > 0) {
        covered[column]!--
        if (column > 0) sink.insert(at, '\t')
        column++
      }
    }
    for (const cell of row.cells) {
      skipCovered(cell.at)
      if (column > 0) sink.insert(cell.at, '\t')
      writeCell(source, cell, sink, row.cells.length > 1 || cell.colspan > 1 || covered.some((c) => c > 0) || column > 0)
      for (let k = 0; k < cell.colspan; k++) {
        if (cell.rowspan > 1) covered[column + k] = cell.rowspan - 1
        if (k > 0) sink.insert(cell.end, '\t')
      }
      column += cell.colspan
    }
    // Columns covered past the last cell keep their place too.
    skipCovered(row.end)
    for (; column < width; column++) sink.insert(row.end, '\t')
  }
  sink.lineBreak(rows.length > 0 ? rows[rows.length - 1]!.end : 0)
}
