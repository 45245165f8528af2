import type { Paragraph, Position } from '../types.js'

/**
 * Position of `paragraph.text[start, end)`. Paragraph text is one line of the
 * input, so columns and offsets move together; when a paragraph's text is
 * not a plain slice of the input (built from HTML, say), the paragraph's own
 * position is the best we can say.
 */
export function placeIn(paragraph: Paragraph, start: number, end: number): Position {
  const { start: from, end: to } = paragraph.position
  if (to.offset - from.offset !== paragraph.text.length || from.line !== to.line) return paragraph.position
  return {
    start: { line: from.line, column: from.column + start, offset: from.offset + start },
    end: { line: from.line, column: from.column + end, offset: from.offset + end },
  }
}

/** From the start of the first paragraph to the end of the last. */
export function spanOf(paragraphs: readonly Paragraph[]): Position {
  const first = paragraphs[0] as Paragraph
  const last = paragraphs[paragraphs.length - 1] as Paragraph
  return { start: first.position.start, end: last.position.end }
}
