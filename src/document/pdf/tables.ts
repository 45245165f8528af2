import { SENTENCE_ENDS } from '../../chars.js'
import type { Layout } from './layout.js'
import { joinRuns, type Line } from './lines.js'
import { lineJoint } from './paragraphs.js'
import type { TextRun } from './runs.js'

/** One row of a table: its cells' text, the page it starts on, and how many layout lines it spans. */
export interface TableRow {
  cells: string[]
  page: number
  lineCount: number
  /** The table's header row printed again at the top of a later page. */
  repeated?: true
}

/** Runs of a line standing apart by more than this many em are in different cells (cell padding on both sides of a rule). */
const CELL_GAP = 0.6
/** A table has at least this many lines with text in two cells or more. */
const MIN_ROWS = 2
/** A baseline step more than this share above the table's line pitch starts a new row (the cell padding and rule between rows). */
const ROW_STEP = 1.15

/** Runs of a line that belong together: the text of one cell on that line. */
interface Segment {
  runs: TextRun[]
  x: number
  right: number
}

interface Placed {
  line: Line
  page: number
  segments: Segment[]
}

/**
 * Find tables: stretches of lines whose text stands in columns, that is,
 * where the lines' pieces, projected onto the x axis, leave gaps that no
 * line crosses. Body text runs from margin to margin and crosses every
 * gap, so a paragraph is never cut into cells; a stretch needs two lines
 * with text in two columns or more to count. A table broken by a page
 * break continues on the next page. Each row becomes one {@link TableRow}:
 * the lines of a cell joined like the lines of a paragraph.
 *
 * Returns the row each table's first line of a row maps to, and every line
 * that belongs to a table (so the paragraph builder leaves it out).
 */
export function findTables(pages: readonly Line[][], layout: Layout): { rows: Map<Line, TableRow>; inTable: Set<Line> } {
  const all: Placed[] = pages.flatMap((lines, page) => lines.map((line) => ({ line, page, segments: segmentsOf(line) })))
  const rows = new Map<Line, TableRow>()
  const inTable = new Set<Line>()
  let i = 0
  while (i < all.length) {
    const end = (all[i] as Placed).segments.length >= 2 ? tableEnd(all, i, layout) : i
    if (end > i) {
      const table = all.slice(i, end)
      for (const row of toRows(table)) rows.set(row.first, row.row)
      for (const placed of table) inTable.add(placed.line)
      i = end
    } else i++
  }
  return { rows, inTable }
}

function segmentsOf(line: Line): Segment[] {
  const segments: Segment[] = []
  for (const run of line.runs) {
    const last = segments.at(-1)
    if (last !== undefined && run.x - last.right < CELL_GAP * run.size) {
      last.runs.push(run)
      last.right = Math.max(last.right, run.x + run.width)
    } else segments.push({ runs: [run], x: run.x, right: run.x + run.width })
  }
  return segments
}

/**
 * Where the table starting at `start` ends (exclusive), or `start` when
 * the lines there are not a table. Lines are added while the columns
 * survive: a line crossing a gap between columns ends the table.
 */
function tableEnd(all: readonly Placed[], start: number, layout: Layout): number {
  let columns: Array<[number, number]> = []
  let multi = 0
  let end = start
  for (let i = start; i < all.length; i++) {
    const placed = all[i] as Placed
    const next = project([...columns, ...placed.segments.map((s): [number, number] => [s.x, s.right])], layout.size)
    if (next.length < 2 || (multi > 0 && next.length < columns.length)) break
    columns = next
    if (placed.segments.length >= 2) multi++
    end = i + 1
  }
  // Single-cell lines after the last line with two cells are wrapped text
  // of the last row only if they follow it at the table's line pitch.
  const pitch = linePitch(all.slice(start, end))
  let last = end
  while (last > start && (all[last - 1] as Placed).segments.length < 2) last--
  while (last < end && step(all, last) <= pitch * ROW_STEP) last++
  return multi >= MIN_ROWS ? last : start
}

/** Baseline step from line `i - 1` to line `i`, infinite across a page break. */
function step(all: readonly Placed[], i: number): number {
  const [prev, line] = [all[i - 1], all[i]]
  if (prev === undefined || line === undefined || prev.page !== line.page) return Number.POSITIVE_INFINITY
  return prev.line.y - line.line.y
}

/** The smallest baseline step between two lines of the table on one page: the lines of one cell. */
function linePitch(lines: readonly Placed[]): number {
  let pitch = Number.POSITIVE_INFINITY
  for (let i = 1; i < lines.length; i++) {
    const s = step(lines, i)
    if (s > 0) pitch = Math.min(pitch, s)
  }
  return pitch
}

/** Merge x intervals that overlap or nearly touch (less than a cell gap apart) into columns, left to right. */
function project(intervals: Array<[number, number]>, size: number): Array<[number, number]> {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const [x, right] of sorted) {
    const last = merged.at(-1)
    if (last !== undefined && x - last[1] < CELL_GAP * size) last[1] = Math.max(last[1], right)
    else merged.push([x, right])
  }
  return merged
}

/**
 * The rows of one table: a new row where the baseline steps further than
 * between the lines of one cell (the padding and rule between rows).
 */
function toRows(table: readonly Placed[]): Array<{ first: Line; row: TableRow }> {
  const size = table[0]?.line.size ?? 10
  const columns = project(table.flatMap((p) => p.segments.map((s): [number, number] => [s.x, s.right])), size)
  // When every step is alike no cell wraps: each line is a row.
  const pitch = linePitch(table)
  const wraps = table.some((_, i) => i > 0 && Number.isFinite(step(table, i)) && step(table, i) > pitch * ROW_STEP)
  const out: Array<{ first: Line; row: TableRow; cells: string[][] }> = []
  for (let i = 0; i < table.length; i++) {
    const placed = table[i] as Placed
    const prev = table[i - 1]
    const current = out.at(-1)
    const parts = columns.map((): string[] => [])
    for (const segment of placed.segments) {
      const column = columns.findIndex(([x, right]) => segment.x >= x - 0.5 && segment.right <= right + 0.5)
      parts[Math.max(0, column)]?.push(joinRuns(segment.runs))
    }
    const continues =
      current !== undefined &&
      prev !== undefined &&
      (prev.page === placed.page ? wraps && step(table, i) <= pitch * ROW_STEP : continuesAcrossPage(current.cells, parts))
    if (continues) {
      current.row.lineCount++
      parts.forEach((part, k) => current.cells[k]?.push(...part))
    } else out.push({ first: placed.line, row: { cells: [], page: placed.page, lineCount: 1 }, cells: parts })
  }
  for (const entry of out) entry.row.cells = entry.cells.map(joinCell)
  const header = rowText(out[0]?.row.cells ?? [])
  out.forEach((entry, k) => {
    const first = k > 0 && out[k - 1]?.row.page !== entry.row.page
    if (first && rowText(entry.row.cells) === header) entry.row.repeated = true
  })
  return out
}

/**
 * Does the first line on a new page go on with the row the last page ended
 * in? It does when it has nothing in the first column (a numbered row's
 * number is never wrapped), or when the row's first cell had not ended its
 * sentence yet.
 */
function continuesAcrossPage(row: string[][], line: string[][]): boolean {
  if ((line[0]?.length ?? 0) === 0) return true
  const first = (row[0] ?? []).join('')
  return first !== '' && !/^\d+[.．、]?$/.test(first) && !SENTENCE_ENDS.includes(first.slice(-1))
}

/** The lines of a cell joined as the lines of a paragraph are. */
function joinCell(lines: readonly string[]): string {
  let text = ''
  for (const line of lines) text += (text === '' ? '' : lineJoint(text, line)) + line
  return text
}

/**
 * A row as one line of tab-separated cells; a cell holding a tab, a line
 * break or a `"` is quoted the way spreadsheets write TSV (`"` doubled).
 *
 * `rowText(['1', '加强"保护"', '知识产权局'])` → `1\t"加强""保护"""\t知识产权局`
 */
export function rowText(cells: readonly string[]): string {
  return cells.map((cell) => (/[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join('\t')
}
