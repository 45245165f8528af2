import type { Layout } from './layout.js'
import { joinRuns, type Line } from './lines.js'

/** A line where it stands in the document. */
export interface PlacedLine {
  line: Line
  /** Page index, from 0. */
  page: number
}

/** An indent deeper than this share of the font size starts a paragraph (a 2-character first-line indent is 2). */
const INDENT = 0.5
/** A line ending further than this many characters before the right margin ends its paragraph. */
const SHORT = 1.5
/** A baseline step larger than this many usual steps is a gap between paragraphs. */
const GAP = 1.4
/** Font sizes differing by more than this share are different fonts. */
const SIZE_CHANGE = 0.1

/**
 * Does `next` start a new paragraph after `prev`? The signals of the
 * layout, in the order a reader sees them: another font, a gap, a short
 * previous line, an indent. Lines of a centred display heading (a title
 * wrapped over two lines) continue it. `samePage` is false when `next` is
 * the first line of a page: a vertical gap says nothing then, so a
 * paragraph broken by the page break continues. `prevIsFirst` tells
 * whether `prev` is its paragraph's first line, which the indent needs.
 *
 * First-line indents (公文):
 * > | 1. 推进修订《中华人民共和国反垄断法》《中华人民共和     ← indent: starts
 * > | 国专利法实施细则》《关于规范专利申请行为的若干规定》   ← continues
 * > | 场监管总局、农业农村部、知识产权局负责）               ← continues; short
 * > |     2. 推进修改……                                     ← starts
 *
 * Hanging indents (Word's numbered lists): lines deeper than a full first
 * line that opens with a list marker, or as deep as the continuation line
 * before them, continue; a line back out of a hanging indent starts a
 * paragraph. (Without the marker, a deeper line after a full line at the
 * margin is the first-line indent of the next paragraph.)
 * > | 1. 推进修订《中华人民共和国反垄断法》《中华人民共和国专
 * > |    利法实施细则》《关于规范专利申请行为的若干规定》     ← deeper: continues
 * > |    《商业秘密保护规定》……                               ← as deep: continues
 * > | 2. 推进修改……                                           ← back out: starts
 */
export function startsParagraph(prev: Line, next: Line, layout: Layout, samePage: boolean, prevIsFirst = true): boolean {
  if (Math.abs(prev.size - next.size) > SIZE_CHANGE * Math.max(prev.size, next.size)) return true
  if (prev.family !== next.family) return true
  if (samePage) {
    const pitch = layout.pitch.get(next.size) ?? next.size * 1.5
    if (prev.y - next.y > GAP * pitch) return true
  }
  if (isDisplay(prev, layout) && isDisplay(next, layout) && reachesRight(prev, layout)) return false
  if (!reachesRight(prev, layout)) return true
  const step = INDENT * next.size
  if (prevIsFirst && next.left > prev.left - step && LIST_MARKER.test(joinRuns(prev.runs))) {
    // A full one-line item followed by the next item of the same list.
    if (next.left < prev.left + step) return LIST_MARKER.test(joinRuns(next.runs)) || next.left > layout.left + step
    return false
  }
  if (!prevIsFirst && Math.abs(next.left - prev.left) < step) return false
  if (!prevIsFirst && next.left < prev.left - step) return true
  return next.left > layout.left + step
}

/** A list marker opening a line: `一、` `（一）` `(1)` `1.` `1、` `①`. */
const LIST_MARKER = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、]|[①-⑳])/

/** Does the line run to the right margin (so its paragraph goes on)? */
function reachesRight(line: Line, layout: Layout): boolean {
  return line.right >= layout.right - SHORT * line.size
}

/** A centred line set larger than the body: a title or a heading. */
function isDisplay(line: Line, layout: Layout): boolean {
  const centre = (layout.left + layout.right) / 2
  return line.size > layout.size * (1 + SIZE_CHANGE) && Math.abs((line.left + line.right) / 2 - centre) < line.size
}

/**
 * Split the document's lines into paragraphs.
 */
export function groupParagraphs(lines: readonly PlacedLine[], layout: Layout): PlacedLine[][] {
  const paragraphs: PlacedLine[][] = []
  let current: PlacedLine[] = []
  for (const placed of lines) {
    const prev = current.at(-1)
    if (prev === undefined || startsParagraph(prev.line, placed.line, layout, prev.page === placed.page, current.length === 1)) {
      if (current.length > 0) paragraphs.push(current)
      current = [placed]
    } else current.push(placed)
  }
  if (current.length > 0) paragraphs.push(current)
  return paragraphs
}

const LATIN_END = /[A-Za-z0-9,.;:!?)%]$/
const LATIN_START = /^[A-Za-z0-9(]/

/**
 * The separator between two lines joined into one paragraph: nothing in
 * Chinese (a line break there is layout), a space where a line of Latin
 * text wrapped between two words.
 */
export function lineJoint(before: string, after: string): string {
  return LATIN_END.test(before) && LATIN_START.test(after) && /[A-Za-z]/.test(before.slice(-1) + after[0]) ? ' ' : ''
}
