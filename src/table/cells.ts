/**
 * Reading one table row out of plain text: TAB-separated cells the way
 * Excel, Word and WPS copy them (and the document readers write them), or a
 * Markdown pipe row. Offsets only: a cell is a span of the text, never a copy.
 */
import { isSpaceCode } from '../chars.js'

/** A cell's content as a span of the text: inside its quotes, white space around it left out. */
export interface CellSpan {
  start: number
  end: number
  /** The cell was quoted (`"…"`): a doubled `""` inside stands for one `"`. */
  quoted: boolean
}

/** A row read from the text: its cells, and where it ends. */
export interface RowSpan {
  cells: CellSpan[]
  /** Offset just past the row's last character (before its line break). */
  end: number
}

const TAB = 0x09
const QUOTE = 0x22
const PIPE = 0x7c
/** `｜`, the full-width bar. */
export const FULLWIDTH_BAR = 0xff5c
const BACKSLASH = 0x5c

const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029

/**
 * How far a quoted cell may run looking for its closing quote: a stray `"`
 * at a cell's start must not make every row after it scan the rest of the
 * text (a cell of a real table is a paragraph or two).
 */
const QUOTE_REACH = 8000

/** The cell's text, TSV quoting undone. */
export function cellText(text: string, cell: CellSpan): string {
  const raw = text.slice(cell.start, cell.end)
  return cell.quoted ? raw.replaceAll('""', '"') : raw
}

function trimmed(text: string, start: number, end: number, quoted: boolean): CellSpan {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  return { start, end, quoted }
}

/**
 * Where a quoted cell opening at `open` closes: the `"` before a tab, a line
 * break or the end (`""` inside is one quote); -1 when there is none within
 * reach, and the cell is read as unquoted (a `"` that only starts the words).
 */
function closingQuote(text: string, open: number): number {
  const limit = Math.min(text.length, open + QUOTE_REACH)
  for (let k = open + 1; k < limit; k++) {
    if (text.charCodeAt(k) !== QUOTE) continue
    if (text.charCodeAt(k + 1) === QUOTE) {
      k++
      continue
    }
    let after = k + 1
    while (after < text.length && text.charCodeAt(after) === 0x20) after++
    const c = text.charCodeAt(after)
    return after >= text.length || c === TAB || isBreak(c) ? k : -1
  }
  return -1
}

/**
 * Read the TSV row that starts at `from` (a line's first character, before
 * any tab: the first cell may be empty). A quoted cell may hold tabs and
 * line breaks.
 *
 * @example
 * ```ts
 * readTsvRow('1\t"推进\n立法"\t商务部', 0).cells.length // 3
 * ```
 */
export function readTsvRow(text: string, from: number): RowSpan {
  const cells: CellSpan[] = []
  let at = from
  for (;;) {
    let start = at
    while (start < text.length && text.charCodeAt(start) === 0x20) start++
    if (text.charCodeAt(start) === QUOTE) {
      const close = closingQuote(text, start)
      if (close >= 0) {
        cells.push(trimmed(text, start + 1, close, true))
        at = close + 1
        while (at < text.length && text.charCodeAt(at) === 0x20) at++
        if (text.charCodeAt(at) === TAB) {
          at++
          continue
        }
        return { cells, end: at }
      }
    }
    let k = at
    while (k < text.length && text.charCodeAt(k) !== TAB && !isBreak(text.charCodeAt(k))) k++
    cells.push(trimmed(text, at, k, false))
    if (text.charCodeAt(k) !== TAB) return { cells, end: k }
    at = k + 1
  }
}

/** A run of at least this many spaces parts two cells of a row laid out with spaces. */
const SPACED_GAP = 2

const isGapSpace = (c: number): boolean => c === 0x20 || c === 0xa0 || c === 0x3000

/**
 * Read the line from `from` as a row laid out with spaces, as a web page's
 * table copies when some rows lost their tabs: cells parted by runs of two
 * or more spaces (`5   发展跨境电商。   省商务厅   …`). A single space stays
 * inside a cell.
 *
 * @example
 * ```ts
 * readSpacedRow('5   推进 工作   省商务厅', 0).cells.length // 3
 * ```
 */
export function readSpacedRow(text: string, from: number): RowSpan {
  const end = lineEnd(text, from)
  const cells: CellSpan[] = []
  const push = (a: number, b: number) => {
    const cell = trimmed(text, a, b, false)
    if (cell.start < cell.end) cells.push(cell)
  }
  let start = from
  let k = from
  while (k < end) {
    if (!isGapSpace(text.charCodeAt(k))) {
      k++
      continue
    }
    let gap = k
    while (gap < end && isGapSpace(text.charCodeAt(gap))) gap++
    if (gap - k >= SPACED_GAP) {
      push(start, k)
      start = gap
    }
    k = gap
  }
  push(start, end)
  return { cells, end }
}

/** The index past the line that starts at `from`. */
function lineEnd(text: string, from: number): number {
  let k = from
  while (k < text.length && !isBreak(text.charCodeAt(k))) k++
  return k
}

/**
 * Read a Markdown pipe row (`| 1 | 推进立法 | 商务部 |`) on the line from
 * `from`: cells between unescaped `|`, the outer pipes optional. `null` when
 * the line holds no `|`. With `bar` U+FF5C, a row a copy wrote with full-width
 * bars (`1｜推进立法｜商务部`), which escapes nothing.
 */
export function readPipeRow(text: string, from: number, bar = PIPE): RowSpan | null {
  const end = lineEnd(text, from)
  const pipes: number[] = []
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c === BACKSLASH && bar === PIPE) k++
    else if (c === bar) pipes.push(k)
  }
  if (pipes.length === 0) return null
  let first = from
  while (first < end && isSpaceCode(text.charCodeAt(first))) first++
  let last = end
  while (last > first && isSpaceCode(text.charCodeAt(last - 1))) last--
  const bounds = [pipes[0] === first ? first : first - 1, ...pipes.filter((p) => p !== first && p !== last - 1), pipes[pipes.length - 1] === last - 1 ? last - 1 : last]
  const cells: CellSpan[] = []
  for (let k = 0; k + 1 < bounds.length; k++) cells.push(trimmed(text, (bounds[k] as number) + 1, bounds[k + 1] as number, false))
  return { cells, end }
}

/** `|---|:---:|---|`: the line under a pipe table's header. */
const DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/

/** Is the line from `from` a pipe table's delimiter row? */
export function isDelimiterRow(text: string, from: number): boolean {
  const end = lineEnd(text, from)
  // A delimiter row is short: a long line is no table's (and no regex runs over it).
  if (end - from > 400) return false
  const line = text.slice(from, end).trim()
  return line.includes('-') && line.includes('|') && DELIMITER.test(line)
}
