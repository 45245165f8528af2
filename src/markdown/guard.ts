/**
 * micromark (under remark) is not linear on every input: each closing
 * emphasis mark or `]` looks back over the whole paragraph for its opener,
 * a code span or HTML comment scans ahead for its end, and every line of a
 * deeply nested list walks all its containers. A paragraph of `*_` repeated
 * takes seconds per 64 KB; a list nested a few thousand deep overflows the
 * stack. No real plan needs any of that, so before remark sees a document
 * this guard *defuses* what would cost too much: it replaces, character for
 * character (same length, so every offset stays put), the marks of a block
 * that holds too many (`*` `_` `` ` `` `[` `]` `<`) and the container markers
 * nested past a column with an inert `x`. remark then reads those as text;
 * the text itself is copied from the input, not from remark, so nothing is
 * lost (see `fromMarkdown`). Blocks remark would still be slow or heavy on
 * (nested past that column, over 64 KB, or hundreds of lazy lines in a list
 * item or quote) are listed in `long`, for a line reader instead of remark.
 * Real plans are never touched.
 */

/** The marks whose count in one paragraph makes micromark slow, counted character by character. */
const RISKY = new Uint8Array(128)
for (const c of '*_`[]<') RISKY[c.charCodeAt(0)] = 1
const isRisky = (c: number) => c < 128 && RISKY[c] === 1
/** What the guard writes over a defused mark: a letter, which starts and ends nothing. */
const INERT = 0x78 // x
/** A block with no more marks than this is never touched, however long. */
const MAX_MARKS = 64
/**
 * Past this, marks × (marks + lines) of a block, it is defused: micromark's
 * look-backs cost about marks × events, and a block's events grow with its
 * marks and lines. Some 200 marks over 400 lines is still read as Markdown.
 */
const BUDGET = 1 << 17
/**
 * A container marker (`>`, `-`, `1.`) that starts past this column is
 * defused: lists or quotes nested deeper than a dozen levels are no plan's.
 */
const MAX_COLUMN = 32
/**
 * A paragraph inside a list item or a quote that runs over more lines than
 * this (lazy lines, mostly) costs micromark time per line that grows with
 * its length; the piece of the document holding it is read line by line
 * without remark. A plan's paragraph is a few lines long.
 */
const MAX_LINES = 256
/**
 * Nor is a block longer than this given to remark, wherever it stands:
 * micromark keeps several tokens per punctuation mark of a paragraph, some
 * hundred times its length in memory for a run of `<!--` or `[a](`. A
 * plan's paragraph is a few hundred characters.
 */
const MAX_CHARS = 1 << 16

const SPACE = 0x20
const TAB = 0x09
const GT = 0x3e

/** The result: the text remark is given, as long as the source, and what was defused. */
export interface Defused {
  /** The source with defused marks written over (the source itself when nothing was). */
  text: string
  /** How many blocks or lines were defused. */
  count: number
  /** The first of them, as offsets into the source; `null` when none. */
  first: { start: number; end: number } | null
  /** Blocks too long for remark, to be read line by line: `[start, end)` pairs of offsets, in order. */
  long: number[]
}

interface Line {
  start: number
  end: number
  /** Where the container markers (and a fence or a thematic break) end: marks after it may be defused. */
  body: number
  /** Columns of white space before the first non-space character. */
  indent: number
  /** What the line starts with, as far as telling paragraphs apart needs. */
  kind: 'blank' | 'heading' | 'ordered' | 'bullet' | 'fence' | 'break' | 'quote' | 'text'
  /** An ordered item's delimiter and whether its number is 1 (it may interrupt a paragraph). */
  delimiter: string
  one: boolean
  /** Is there text after the markers? An empty item interrupts no paragraph. */
  content: boolean
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39
const isSpaceOrEnd = (source: string, i: number, end: number) => i >= end || source.charCodeAt(i) === SPACE || source.charCodeAt(i) === TAB

/** Does `source[from, to)` hold the character `c`? */
function has(source: string, c: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (source.charCodeAt(k) === c) return true
  return false
}

/** A thematic break (`***`, `- - -`, `___`) from `i` to the line's end? */
function isBreak(source: string, i: number, end: number): boolean {
  const c = source.charCodeAt(i)
  if (c !== 0x2a && c !== 0x2d && c !== 0x5f) return false
  let n = 0
  for (let k = i; k < end; k++) {
    const d = source.charCodeAt(k)
    if (d === c) n++
    else if (d !== SPACE && d !== TAB && d !== 0x0d) return false
  }
  return n >= 3
}

/**
 * Read a line's container markers, marking in `deep` (when given) those past
 * {@link MAX_COLUMN}: `> - 1. 甲`
 *                   ^^^^^^^ the markers, then the body.
 */
function readLine(source: string, start: number, end: number, deep: number[] | null): Line {
  let i = start
  let column = 0
  let first: Line['kind'] | null = null
  let indent = -1
  let delimiter = ''
  let one = false
  for (;;) {
    while (i < end && (source.charCodeAt(i) === SPACE || source.charCodeAt(i) === TAB)) {
      column += source.charCodeAt(i) === TAB ? 4 - (column % 4) : 1
      i++
    }
    if (indent === -1) indent = column
    if (i >= end || source.charCodeAt(i) === 0x0d) {
      first ??= 'blank'
      break
    }
    const c = source.charCodeAt(i)
    if (first === null && indent <= 3 && isBreak(source, i, end)) return { start, end, body: end, indent, kind: 'break', delimiter, one, content: true }
    let width = 0
    if (c === GT) width = 1
    else if ((c === 0x2d || c === 0x2b || c === 0x2a) && isSpaceOrEnd(source, i + 1, end)) width = 1
    else if (isDigit(c)) {
      let k = i
      while (k < end && k - i < 9 && isDigit(source.charCodeAt(k))) k++
      const d = source.charCodeAt(k)
      if ((d === 0x2e || d === 0x29) && isSpaceOrEnd(source, k + 1, end)) {
        width = k + 1 - i
        if (first === null) {
          delimiter = source[k] as string
          one = k === i + 1 && c === 0x31
        }
      }
    }
    if (width === 0) break
    first ??= c === GT ? 'quote' : isDigit(c) ? 'ordered' : 'bullet'
    // The marker's last character decides what it is: `>`, `-`, or the `.` of `12.`.
    if (column > MAX_COLUMN && deep) deep.push(i + width - 1)
    i += width
    column += width
  }
  // A fence's own run is not a mark to defuse.
  let body = i
  const f = source.charCodeAt(body)
  if (f === 0x60 || f === 0x7e) while (body < end && source.charCodeAt(body) === f) body++
  if (first === null) {
    let hashes = 0
    while (source.charCodeAt(i + hashes) === 0x23) hashes++
    if (indent <= 3 && hashes >= 1 && hashes <= 6 && isSpaceOrEnd(source, i + hashes, end)) first = 'heading'
    // A backtick fence has no backtick after its run, or it is text of a paragraph.
    else if (indent <= 3 && body - i >= 3 && (f === 0x7e || !has(source, 0x60, body, end))) first = 'fence'
    else first = 'text'
  }
  const content = i < end && source.charCodeAt(i) !== 0x0d
  return { start, end, body, indent, kind: first, delimiter, one, content }
}

/**
 * Defuse what would make micromark superlinear (see the module comment).
 * Blocks are counted conservatively: a new one starts only where every
 * reading of the lines agrees that a paragraph ends (a blank line, a
 * heading, an item that may interrupt a paragraph, the next item of an open
 * list at the margin), so no paragraph is ever counted in pieces.
 *
 * @example
 * ```ts
 * defuse('1. ' + '*_'.repeat(100)).text // '1. ' + 'x'.repeat(200)
 * defuse('## 一、**总体**要求').text     // unchanged
 * ```
 */
export function defuse(source: string): Defused {
  const deep: number[] = []
  /** Blocks to defuse: [start, end) pairs. */
  const blocks: number[] = []
  let blockStart = 0
  let marks = 0
  let lines = 0
  /** Does the block start inside a list item or quote (or indented), where lazy lines make micromark superlinear? */
  let contained = false
  /** Does the block hold container markers past the nesting column? remark is slow and heavy on what they leave. */
  let nested = false
  const long: number[] = []
  /** The delimiter of an ordered list open at the margin, whose next item there surely starts a paragraph. */
  let run: string | null = null
  /** Did a blank line or a heading just end whatever was open? */
  let fresh = true
  let count = 0
  let first: Defused['first'] = null
  const close = (at: number) => {
    if (nested || (contained && lines > MAX_LINES) || at - blockStart > MAX_CHARS) {
      long.push(blockStart, at)
      count++
      first ??= { start: blockStart, end: at }
    } else if (marks > MAX_MARKS && marks * (marks + lines) > BUDGET) {
      blocks.push(blockStart, at)
      count++
      first ??= { start: blockStart, end: at }
    }
    blockStart = at
    marks = 0
    lines = 0
    nested = false
  }
  let start = 0
  while (start < source.length) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    const before = deep.length
    const line = readLine(source, start, end, deep)
    const tooDeep = deep.length > before
    if (line.kind === 'blank') {
      close(start)
      fresh = true
    } else {
      const margin = line.indent <= 3
      const starts =
        fresh ||
        (margin && (line.kind === 'heading' || line.kind === 'fence' || line.kind === 'break')) ||
        (margin && line.content && (line.kind === 'bullet' || (line.kind === 'ordered' && line.one))) ||
        (line.indent === 0 && line.kind === 'ordered' && line.delimiter === run)
      if (starts || lines === 0) {
        close(start)
        contained = line.indent > 0 || line.kind === 'ordered' || line.kind === 'bullet' || line.kind === 'quote'
      }
      // Which ordered list stays open at the margin: only plain or indented text keeps one.
      if (line.kind === 'ordered' && line.indent === 0 && starts) run = line.delimiter
      else if (line.indent === 0 && (fresh || line.kind !== 'text')) run = null
      if (tooDeep) nested = true
      for (let i = line.body; i < end; i++) if (isRisky(source.charCodeAt(i))) marks++
      lines++
      fresh = line.kind === 'heading' && margin
      if (fresh) close(end)
    }
    start = end + 1
  }
  close(source.length)
  if (blocks.length === 0 && deep.length === 0) return { text: source, count, first, long }
  const codes = new Uint16Array(source.length)
  for (let i = 0; i < source.length; i++) codes[i] = source.charCodeAt(i)
  for (const i of deep) codes[i] = INERT
  for (let b = 0; b < blocks.length; b += 2) {
    let at = blocks[b] as number
    const to = blocks[b + 1] as number
    while (at < to) {
      let end = source.indexOf('\n', at)
      if (end === -1 || end > to) end = to
      const { body } = readLine(source, at, end, null)
      for (let i = body; i < end; i++) if (isRisky(codes[i] as number)) codes[i] = INERT
      at = end + 1
    }
  }
  const parts: string[] = []
  for (let i = 0; i < codes.length; i += 8192) parts.push(String.fromCharCode(...codes.subarray(i, i + 8192)))
  return { text: parts.join(''), count, first, long }
}
