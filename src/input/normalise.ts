import { type HtmlDropped, type HtmlText, fromHtml } from '../html/extract.js'
import { fromMarkdown, type MarkdownText } from '../markdown/extract.js'
import { splitLines } from '../util/lines.js'
import type { SpanList } from '../util/span-list.js'
import { type MappedText, compose, identity } from '../util/mapped-text.js'
import { cleanUp, type Dropped } from './cleanup.js'
import { detectFormat, type InputFormat } from './format.js'
import { toSimplified } from './simplify.js'

/** A plan's text ready for the tokenizer, and how to get back to the input. */
export interface Normalised {
  format: InputFormat
  /** Plain lines, cleaned up, in simplified characters. */
  text: string
  /** The same text before traditional → simplified (same length), or `null` when nothing was converted. */
  original: string | null
  /** Offsets in `text` (and `original`) → offsets in the input. */
  map: MappedText
  /** Text removed by clean-up (or an HTML page's `<title>`), as offsets into the input. */
  dropped: (Dropped | HtmlDropped)[]
  /** The non-blank lines of `text` (as `splitLines` gives them), for the tokenizer: split once, not twice. */
  lines: SpanList
  /** What reading Markdown found out (numbers written otherwise than read, marks read as text); `null` for other formats. */
  markdown: Pick<MarkdownText, 'written' | 'defused'> | null
}

function extract(input: string, format: InputFormat): MappedText | HtmlText | MarkdownText {
  if (format === 'markdown') return fromMarkdown(input)
  if (format === 'html') return fromHtml(input)
  return identity(input)
}

/**
 * decode → **normalise** → lex → parse → extract: take the text out of its
 * format, undo what web and PDF copies did to it, convert traditional
 * characters, and keep a map from every offset back to the input.
 */
export function normalise(input: string, requested: InputFormat | 'auto'): Normalised {
  const format = requested === 'auto' ? detectFormat(input) : requested
  const extracted = extract(input, format)
  const cleaned = cleanUp(extracted.text)
  const map = format === 'text' ? cleaned.mapped : compose(extracted, cleaned.mapped)
  const simplified = toSimplified(map.text)
  const dropped: Normalised['dropped'] = cleaned.dropped.map((d) => ({ ...d, start: extracted.start(d.start), end: extracted.end(d.end) }))
  // What the extraction left out is in input offsets already.
  // One push each: a page of a hundred thousand <title>s would overflow push(...spread).
  if ('dropped' in extracted) for (const d of extracted.dropped) dropped.push(d)
  // Conversion keeps every character's place and never makes or takes a space or a break.
  const lines = cleaned.lines ?? splitLines(map.text)
  const markdown = 'written' in extracted ? { written: extracted.written, defused: extracted.defused } : null
  return { format, text: simplified ?? map.text, original: simplified === null ? null : map.text, map, dropped, lines, markdown }
}
