import { CLOSE, OPEN, SENTENCE_END, SENTENCE_STOPS, charIs, inSet, isSpaceCode } from '../chars.js'
import { splitLines } from '../util/lines.js'
import type { SpanList } from '../util/span-list.js'
import type { Construct, Level, MarkerMatch } from './construct.js'
import { constructsAt } from './constructs/index.js'
import { type Cut, type Piece, nextCut } from './mid-line.js'
import { labelAt } from '../input/labels.js'
import { isPartLine } from './part.js'
import { RunInScan } from './run-in.js'
import { Sequence } from './sequence.js'
import { type TableEvent, type TableRow, mayHoldTable, readTable } from '../table/block.js'

/** What a token is: the level of its marker's family, or a line of text. */
export type TokenKind = Level | 'text'

/**
 * One non-blank line, or one piece of a line that holds several units (a
 * flattened body), classified. Offsets are into the text given to {@link tokenize}.
 */
export interface Token {
  /** The nominal level of the marker's family (`第一章` and `一、` are both `chapter`), or `text`. */
  kind: TokenKind
  /**
   * The family: `chapter` (一、) `section` (（一）) `task` (1.) `zhang` (第一章)
   * `jie` (第一节) `tiao` (第一条) `paren-item` ((1)) `half-paren-item` (1))
   * `circled` (①); `null` for text.
   */
  construct: string | null
  /**
   * Nesting order of the family, smaller is outer: zhang 0, jie 1, chapter 2,
   * section 3, task and tiao 4, paren-item 5, half-paren-item 6, circled 7;
   * -1 for text.
   */
  rank: number
  /** The number a heading, task or item carries (`十一、` → 11, `③` → 3), `null` for text. */
  value: number | null
  /** The marker as written (`十一、`, `（一）`, `109 .`, `第三条`), `null` for text. */
  marker: string | null
  /** Offset of the marker, or of the first character of a text line. */
  start: number
  /** Offset just past the line's (or piece's) last non-space character. */
  end: number
  /** Offset of the content after the marker and its spaces (`start` for text, `end` for a bare marker). */
  contentStart: number
  /** A data row of a task table (construct `table-row`): the task is made from its cells. */
  row?: TableRow
}

/** The construct name of a task table's data row. */
export const TABLE_ROW = 'table-row'

/**
 * The token of a line a table hands back (its header, a heading row across
 * it), or of a data row. A line is a heading when it starts with a chapter or
 * section marker (`一、` `（一）` across the table) the numbering sequence
 * takes, else text.
 */
function tableToken(text: string, event: TableEvent, sequence: Sequence): Token {
  if (event.kind === 'row') {
    const { row } = event
    const task = row.cells.find((c) => c.column === row.columns.task)
    const marker = row.marker ? text.slice(row.marker.start, row.marker.end) : ''
    return { kind: 'task', construct: TABLE_ROW, rank: 4, value: row.number, marker, start: row.start, end: row.end, contentStart: task ? task.start : row.start, row }
  }
  const { start, end } = event
  for (const construct of constructsAt(text.charCodeAt(start))) {
    if (construct.level !== 'chapter' && construct.level !== 'section') continue
    const match = construct.match(text, start, end)
    // Numbered as headings in text are: the next number of its family (`二、` with no `一、` before is text).
    if (!match || !sequence.accepts(construct, match)) continue
    sequence.take(construct, match.value)
    return unitToken(text, construct, match, start, end)
  }
  return { kind: 'text', construct: null, rank: -1, value: null, marker: null, start, end, contentStart: start }
}

/** What may follow a note on its line: `（A负责）。`. */
const AFTER_NOTE = '。．.；;'

/** Is the piece one bracket group, maybe with a full stop after it: a note on a line of its own? */
function isBracketLine(text: string, start: number, end: number): boolean {
  let last = end - 1
  while (last > start && inSet(AFTER_NOTE, text.charCodeAt(last))) last--
  return charIs(text.charCodeAt(start), OPEN) && charIs(text.charCodeAt(last), CLOSE)
}

/** How many lines a unit's text may run over before the run's next number. */
const RUN_REACH = 8

/**
 * Does the next number of `construct` start the line right after the unit
 * at line `index` (its text may go on over lines that do not end a
 * sentence)? A page that starts in the middle of a plan (`123.…` `124.…`)
 * shows its numbering by the run it starts, where nothing came before to
 * expect it. Only the very next line counts: whatever stands between could
 * belong to the unit or not, as the tree is written back out.
 */
function startsRun(text: string, lines: SpanList, index: number, construct: Construct, value: number): boolean {
  let k = index
  while (k < lines.length && k < index + RUN_REACH && !charIs(text.charCodeAt(lines.end(k) - 1), SENTENCE_END)) k++
  return k + 1 < lines.length && construct.match(text, lines.start(k + 1), lines.end(k + 1))?.value === value + 1
}

/** The marker line `index` starts with, if the sequence takes it. */
function lineStart(text: string, lines: SpanList, index: number, sequence: Sequence): Cut | null {
  const start = lines.start(index)
  const end = lines.end(index)
  // Families start with different characters (a bracket, a digit, a numeral,
  // 第, ①): most lines, text, are decided by one look-up, and a marker-shaped
  // start tries the one or two families it allows.
  for (const construct of constructsAt(text.charCodeAt(start))) {
    const match = construct.match(text, start, end)
    if (!match) continue
    if (sequence.accepts(construct, match)) return { start, construct, match }
    // The first of its family, out of turn: taken if a run starts here.
    const first = sequence.expected(construct) === 1 && !match.weak && !construct.strict
    return first && startsRun(text, lines, index, construct, match.value) ? { start, construct, match } : null
  }
  return null
}

function unitToken(text: string, construct: Construct, match: MarkerMatch, start: number, end: number): Token {
  const { name, level, rank } = construct
  return { kind: level, construct: name, rank, value: match.value, marker: text.slice(start, match.markerEnd), start, end, contentStart: match.contentStart }
}

/**
 * Classify each non-blank line of a plan as a heading, task or sub-item of
 * one of the marker families (`src/lex/constructs/`), or as text. A line
 * holding several units (a body flattened with nothing between them) gives a
 * token per unit.
 *
 * Whether a marker-shaped start is a marker is decided by the sequence as
 * well as the shape: the next number of its family always is; a jump, repeat
 * or step back only after a finished line; any number right after a heading;
 * sub-items (`（1）` `1）` `①`) only in turn, restarting under each unit.
 * Mid-line, only the next number after a sentence end or a heading's title.
 *
 * @example
 * ```ts
 * tokenize('一、总体要求\n1. 加强领导。（知识产权局负责）\n（1）建立台账。')
 * // [{ kind: 'chapter', construct: 'chapter', rank: 2, value: 1, marker: '一、', start: 0, end: 6, contentStart: 2 },
 * //  { kind: 'task', construct: 'task', rank: 4, value: 1, marker: '1.', start: 7, end: 24, contentStart: 10 },
 * //  { kind: 'item', construct: 'paren-item', rank: 5, value: 1, marker: '（1）', start: 25, end: 33, contentStart: 28 }]
 * ```
 */
export function tokenize(text: string, lines: SpanList = splitLines(text)): Token[] {
  return [...tokens(text, lines)]
}

/**
 * {@link tokenize} one token at a time, for a parser that pulls them: each
 * token dies as soon as it is read, where an array of a whole plan's tokens
 * would outlive them all and be copied by every collection on the way.
 */
export function* tokens(text: string, lines: SpanList = splitLines(text)): Generator<Token, void, undefined> {
  const sequence = new Sequence()
  // The last unit piece, which a text piece not after a finished line goes on with.
  let unitRank = -1
  let inUnit = false
  // One piece record, rewritten for each piece: the scan runs once per line.
  const piece: Piece = { kind: 'text', rank: -1, contentStart: 0 }
  // Where the content of the heading being read began, while only its note lines follow it; -1 otherwise.
  let headingStart = -1
  // Whether that heading runs in, read once however many lines follow it.
  const runIn = new RunInScan()
  // Where the previous piece ended.
  let lastEnd = 0
  // Tables are looked for only in a text with a tab or a line starting with `|`.
  const tables = mayHoldTable(text)

  for (let index = 0; index < lines.length; index++) {
    const start = lines.start(index)
    const end = lines.end(index)
    const table = tables ? readTable(text, lines, index) : null
    if (table) {
      // A table's rows are whole: nothing in them is cut mid-line, and what follows starts afresh.
      for (const event of table.events) {
        const token = tableToken(text, event, sequence)
        const heading = token.kind === 'chapter' || token.kind === 'section'
        headingStart = heading ? token.contentStart : -1
        if (heading) runIn.start(headingStart)
        inUnit = false
        unitRank = token.rank
        lastEnd = token.end
        sequence.afterHeading = heading && !runIn.isRunIn(text, token.end)
        // A row is whole; a line is finished as any line is, by a full stop.
        sequence.prevComplete = token.kind === 'task' || sequence.afterHeading || charIs(text.charCodeAt(token.end - 1), SENTENCE_END)
        yield token
      }
      index = table.next - 1
      continue
    }
    let at = start
    let found = lineStart(text, lines, index, sequence)
    for (;;) {
      let token: Token
      if (found) {
        const { construct, match } = found
        sequence.take(construct, match.value)
        const heading = construct.level === 'chapter' || construct.level === 'section'
        piece.kind = heading ? 'heading' : 'unit'
        piece.rank = construct.rank
        piece.contentStart = match.contentStart
        token = unitToken(text, construct, match, at, end)
        unitRank = construct.rank
        inUnit = !heading
      } else {
        inUnit = inUnit && !sequence.prevComplete
        piece.kind = inUnit ? 'unit' : 'text'
        piece.rank = inUnit ? unitRank : -1
        piece.contentStart = at
        token = { kind: 'text', construct: null, rank: -1, value: null, marker: null, start: at, end, contentStart: at }
      }
      // A piece has at least one character of its own before the next unit.
      const cut = nextCut(text, at, piece.contentStart + 1, end, piece, sequence)
      if (cut) {
        let pieceEnd = cut.start
        while (isSpaceCode(text.charCodeAt(pieceEnd - 1))) pieceEnd--
        token.end = pieceEnd
      }
      // A run-in heading reads as a task. Bracketed and label lines right after
      // a heading (its note) are read with it, as if on its line: what follows
      // is right after a title unless heading and notes together are run-in.
      // So is a line after one that no stop ended: the title wrapped onto it.
      if (piece.kind === 'heading') {
        headingStart = piece.contentStart
        runIn.start(headingStart)
      } else if (!(headingStart >= 0 && piece.kind === 'text' && (isBracketLine(text, at, token.end) || labelAt(text, at, token.end) || !inSet(SENTENCE_STOPS, text.charCodeAt(lastEnd - 1))))) headingStart = -1
      lastEnd = token.end
      sequence.afterHeading = headingStart >= 0 && !runIn.isRunIn(text, token.end)
      sequence.prevComplete = sequence.afterHeading || charIs(text.charCodeAt(token.end - 1), SENTENCE_END)
      if (token.kind === 'text' && at === start && isPartLine(text, start, token.end)) sequence.part()
      yield token
      if (!cut) break
      at = cut.start
      found = cut
    }
  }
}
