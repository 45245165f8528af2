import { CONTAINER, FENCE, HEADING, ORDERED_ITEM, htmlBlockEnd, indentOf, isBlank, mayDefineLinks, startsParagraph } from './lines.js'

/**
 * Below this many characters a piece is not cut again: each remark call has
 * a fixed cost (combining its syntax extensions) of some 0.1 ms, while
 * micromark's time per character grows with the length of what it is given.
 */
const MIN_CHUNK = 1500
/**
 * A single ordered list is cut between its items past this length too. It
 * was 16 000: remark then held a piece's events and tree long enough for the
 * young generation to promote them, and a list-only plan peaked at ~125× its
 * input (85× now) and took half as long again.
 */
const MIN_LIST_CHUNK = MIN_CHUNK

/** An ordered list at the margin, open on the lines read so far. */
interface Run {
  /** `.` or `)`: an item with the other delimiter starts another list. */
  delimiter: string
  /** Column where the current item's content starts: a line indented this far belongs to it. */
  content: number
  /** Would a non-indented line of text here continue the item's paragraph (a lazy line)? */
  lazy: boolean
  /** Was the item's last line, blank lines aside, text of a paragraph? */
  plain: boolean
}

/**
 * The open list after an item line, or `null` when the item does not start
 * with a paragraph (indented code, a quote, nothing): such lists are not followed.
 */
function item(marker: RegExpExecArray, line: string, delimiter: string): Run | null {
  const spaces = marker[2] as string
  const width = (marker[0] as string).length - spaces.length
  const paragraph = spaces.length >= 1 && spaces.length <= 4 && !spaces.includes('\t') && startsParagraph(line.slice(marker[0].length))
  return paragraph ? { delimiter, content: width + spaces.length, lazy: true, plain: true } : null
}

/**
 * Cut a Markdown document into pieces that parse to the same blocks one by
 * one: micromark slows down more than linearly on long documents, and pieces
 * of a few thousand characters keep it linear and fast. A piece starts
 *
 * - before an ATX heading at the margin (a heading ends any paragraph or list),
 * - after a blank line, before a line at the margin that can only start a
 *   paragraph (nothing open before a blank line reaches past it), or
 * - inside a long ordered list, before an item at the margin: the piece then
 *   starts with that item, and its list continues the numbering of the piece
 *   before (see `fromMarkdown`).
 *
 * Never inside a fenced code block or an HTML block. A document that may
 * define link references (`[a]: url`) is not cut at all, as a reference may
 * use a definition anywhere.
 *
 * @example
 * ```ts
 * markdownChunks('## 一、甲\n…\n## 二、乙\n…') // [0, <offset of '## 二、乙'>] once the first piece is long enough
 * ```
 * @param sizes the least length of a piece before it is cut again (tests cut finer).
 * @param isolate `[start, end)` pairs, in order, of blocks to keep in pieces of their
 *   own as far as the cuts allow (the guard's blocks too long for remark): the piece
 *   holding one is cut at the first place it can be, and one is cut where such a block starts.
 * @returns the offsets at which the pieces start (the first is 0).
 */
export function markdownChunks(source: string, sizes: { min?: number; list?: number } = {}, isolate: readonly number[] = []): number[] {
  const { min = MIN_CHUNK, list = MIN_LIST_CHUNK } = sizes
  const starts = [0]
  /** The first isolated block not yet wholly behind the piece being read. */
  let next = 0
  /** Cut here, whatever the piece's length? When the piece holds part of an isolated block, or one starts here. */
  const urgent = (offset: number): boolean => {
    const from = starts[starts.length - 1] as number
    while (next < isolate.length && (isolate[next + 1] as number) <= from) next += 2
    return offset > from && next < isolate.length && (isolate[next] as number) <= offset
  }
  if (mayDefineLinks(source)) return starts
  let fence: string | null = null
  let rawHtml: RegExp | null = null
  /** An HTML block that ends at the next blank line. */
  let html = false
  let run: Run | null = null
  /** Might a list item or block quote be open? Then an indented fence may belong to it or not. */
  let container = false
  let previous = 'blank' as 'blank' | 'heading' | 'other'
  /** Did this line close a fenced block at the margin, and was the last non-blank line one that did? */
  let closed = false
  let fenceBefore = false
  /**
   * Was the last line, blank lines aside, text of a paragraph or a heading?
   * After an indented code block (or anything else left open) and a blank
   * line, micromark does not let a list start with a number other than 1.
   */
  let plain = true
  let offset = 0
  while (offset < source.length) {
    let next = source.indexOf('\n', offset)
    if (next === -1) next = source.length
    const line = source.slice(offset, next)
    const length = offset - (starts[starts.length - 1] as number)
    let kind: typeof previous = 'other'
    let text = false
    if (fence !== null) {
      const marker = FENCE.exec(line)?.[1]
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) {
        // A closed fence leaves nothing open: after a blank line a list may start with any number.
        fence = null
        text = true
        closed = true
      }
    } else if (rawHtml !== null) {
      if (rawHtml.test(line)) rawHtml = null
    } else if (isBlank(line)) {
      kind = 'blank'
      html = false
      if (run) run.lazy = false
    } else if (html) {
      // Inside an HTML block up to the next blank line, unless what looked like one was
      // text of a paragraph (an inline tag cannot interrupt one): then a fence here opens.
      if (FENCE.test(line) || htmlBlockEnd(line)) return starts
    } else {
      const marker = FENCE.exec(line)?.[1]
      const htmlEnd = marker === undefined ? htmlBlockEnd(line) : undefined
      const ordered = ORDERED_ITEM.exec(line)
      if (marker !== undefined || htmlEnd !== undefined) {
        // Indented, it may be inside a list item or a quote and end with it, or run on at the
        // margin: which lines it holds is then beyond a line scanner. No further cut is sure.
        if (container && indentOf(line) !== 0) return starts
        // A block that may run on: no cut inside it, and no list is followed through it.
        fence = marker ?? null
        rawHtml = htmlEnd ?? null
        html = htmlEnd === null
        run = null
      } else if (HEADING.test(line)) {
        kind = 'heading'
        text = true
        run = null
        container = false
        if (length >= min || urgent(offset)) starts.push(offset)
      } else if (ordered && run && run.plain && ordered[1] === run.delimiter) {
        // The next item of the open list.
        run = item(ordered, line, run.delimiter)
        text = run !== null
        if (run && (length >= list || urgent(offset))) starts.push(offset)
      } else if (ordered && (previous === 'heading' || (previous === 'blank' && plain))) {
        // A list after a heading or a paragraph and a blank line: nothing it could continue.
        // After a closed fence, a piece may start with it (the piece before ends with code, not a list).
        if (previous === 'blank' && fenceBefore && length >= min) starts.push(offset)
        run = item(ordered, line, ordered[1] as string)
        text = run !== null
      } else if (run && indentOf(line) >= run.content) {
        // The item's own content; it continues a paragraph, or starts one after a blank line.
        run.lazy = (run.lazy || previous === 'blank') && startsParagraph(line.trimStart())
        run.plain = text = run.lazy
      } else if (run && previous !== 'blank' && run.lazy && startsParagraph(line)) {
        // A lazy line: still the item's paragraph.
        text = true
      } else if (previous === 'blank' && startsParagraph(line)) {
        // A paragraph at the margin after a blank line: whatever was open has ended.
        run = null
        container = false
        text = true
        if (length >= min || urgent(offset)) starts.push(offset)
      } else {
        run = null
        text = indentOf(line) === 0 && startsParagraph(line)
      }
      if (CONTAINER.test(line)) container = true
    }
    if (kind !== 'blank') {
      plain = text
      fenceBefore = closed
    }
    closed = false
    previous = kind
    offset = next + 1
  }
  return starts
}
