/**
 * Most lines of a plan in Markdown are headings, paragraphs and numbered
 * items with no inline syntax at all: `## 一、总体要求`, `1. 推进立法。`.
 * remark reads each of them as one text node equal to the source, at a cost
 * of some 200 bytes of garbage per micromark event that V8 promotes to the
 * old generation (see docs/performance.md). This module tells, with a line
 * scanner, when a piece of a document is made only of such blocks, and
 * lists them; anything it is not sure of (any mark that inline or block
 * syntax could use, an indent, a tab, a CR) sends the whole piece to remark.
 */

/** A heading or paragraph: its text, `[start, end)`, is one text node; the node ends at `end`. */
export interface PlainText {
  type: 'heading' | 'paragraph'
  start: number
  end: number
}

/** One item of an ordered list: its number at `start` (the margin), `[marker, …)` being `1.` or `1)`, its paragraph `[text, end)`. */
export interface PlainItem {
  start: number
  marker: number
  text: number
  end: number
}

/** An ordered list whose items are each one plain paragraph. */
export interface PlainList {
  type: 'list'
  /** The number of its first item, as remark reads it (`007.` is 7). */
  start: number
  items: PlainItem[]
}

export type PlainBlock = PlainText | PlainList

/**
 * Characters that never stand in a plain block, once its backslash escapes
 * are taken out: every one that inline syntax may start or end with (a lone
 * backslash, references, HTML and autolinks,
 * code spans, emphasis, links and images), `~` and `#` for good measure,
 * controls (tab, CR, NUL) and the BOM, which micromark reads otherwise.
 */
const NOT_PLAIN = /[\\&<>*_[\]`~#|!\u0000-\u001f\ufeff]/
/**
 * A backslash escape (CommonMark 2.4): the punctuation after it is a literal
 * character. Converters write `1\\. 推进` so that a numbered paragraph is not
 * taken for a list item; the text is `1. 推进`.
 */
const ESCAPE = /\\[!-/:-@[-`{-~]/g
/** White space at either end: an indent (code, or an item's content), a trailing space (maybe a hard break). */
const EDGE_SPACE = /^[ \u00a0]|[ \u00a0]$/
/** What may start a block other than a paragraph and is not in `NOT_PLAIN`: a bullet, a thematic break, a setext underline. */
const BLOCK_START = /^[-+=]/
/** Digits and a delimiter that an item's marker could be (then followed by a space or nothing). */
const MARKER_LIKE = /^[0-9]{1,9}[.)](?:[ \t]|$)/
/** An ATX heading whose text follows one space: `## 一、总体要求`. */
const HEADING = /^(#{1,6}) (?=\S)/
/** An ordered item at the margin whose text follows one space: `12. 推进`. */
const ITEM = /^([0-9]{1,9})([.)]) (?=\S)/

/**
 * Is `text` (a line, or what follows an item's marker or a heading's hashes)
 * surely one text node, equal to itself but for its escapes, wherever a
 * block may begin? `2021年底前完成`, `1.推进` (no space after `1.`) and
 * `1\\. 推进` are; `1. 推进` is not.
 */
function plainParagraph(text: string): boolean {
  if (text.length === 0 || EDGE_SPACE.test(text) || BLOCK_START.test(text) || MARKER_LIKE.test(text)) return false
  return !NOT_PLAIN.test(text.includes('\\') ? text.replace(ESCAPE, '') : text)
}

/** The text remark gives a plain block's source: its escapes' backslashes left out. */
export function unescaped(source: string): string {
  return source.replace(ESCAPE, (escape) => escape.charAt(1))
}

/** Where the scanner stands: what a line at the margin would continue. */
type State = 'none' | 'paragraph' | 'item' | 'item-blank'

/**
 * The blocks of `source[start, end)` if every line is a plain heading,
 * paragraph or numbered item (or blank), as remark would read them; `null`
 * when any line is not, or when the lines' relations are beyond this
 * scanner (an item interrupting a paragraph, a change of delimiter). The
 * piece must start where nothing is open, as `markdownChunks`' pieces do.
 *
 * @example
 * ```ts
 * plainBlocks('## 一、总体\n1. 推进\n2. 加强\n', 0, 20) // [heading, list of two items]
 * plainBlocks('1. **推进**\n', 0, 10)                  // null: emphasis
 * ```
 */
export function plainBlocks(source: string, start: number, end: number): PlainBlock[] | null {
  const blocks: PlainBlock[] = []
  let state = 'none' as State
  let list: PlainList | null = null
  let delimiter = ''
  /** The block whose text a lazy or continuation line extends. */
  let open: PlainText | PlainItem | null = null
  let at = start
  while (at < end) {
    let eol = source.indexOf('\n', at)
    if (eol === -1 || eol > end) eol = end
    const line = source.slice(at, eol)
    if (line.length === 0) {
      state = state === 'item' || state === 'item-blank' ? 'item-blank' : 'none'
      open = null
    } else if (line.charCodeAt(0) === 0x23) {
      // `#`: a heading, which ends any paragraph or list.
      const m = HEADING.exec(line)
      if (!m || !plainParagraph(line.slice(m[0].length))) return null
      blocks.push({ type: 'heading', start: at + m[0].length, end: eol })
      state = 'none'
      list = null
      open = null
    } else if (ITEM.test(line)) {
      const m = ITEM.exec(line) as RegExpExecArray
      if (!plainParagraph(line.slice(m[0].length))) return null
      // Interrupting a paragraph (only `1.` may) or changing delimiter: left to remark.
      if (state === 'paragraph') return null
      if ((state === 'item' || state === 'item-blank') && m[2] !== delimiter) return null
      const item: PlainItem = { start: at, marker: at + (m[1] as string).length + 1, text: at + m[0].length, end: eol }
      if (state === 'none' || list === null) {
        list = { type: 'list', start: Number.parseInt(m[1] as string, 10), items: [] }
        delimiter = m[2] as string
        blocks.push(list)
      }
      list.items.push(item)
      state = 'item'
      open = item
    } else {
      if (!plainParagraph(line)) return null
      if ((state === 'paragraph' || state === 'item') && open) {
        // A continuation line, or a lazy one of the item's paragraph.
        open.end = eol
      } else {
        open = { type: 'paragraph', start: at, end: eol }
        blocks.push(open)
        list = null
        state = 'paragraph'
      }
    }
    at = eol + 1
  }
  return blocks
}
