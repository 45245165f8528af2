import type { Token, TokenHandler, Tokenizer } from 'parse5'
import { lazy } from '../util/lazy.js'
import { applyEdits, type Edit } from '../input/edits.js'
import { startsWithMarker } from '../input/flattened.js'
import { type MappedText, MappedTextBuilder, compose } from '../util/mapped-text.js'
import { addDecoded } from './align.js'
import { type TableEvent, type TableSink, writeTable } from './table.js'

const html5 = lazy((require) => require('parse5') as typeof import('parse5'))

// Blocks and `<br>` end lines with U+2029 (a line break to the tokenizer), so
// that a plain `\n` can only come from the source's own line wrapping.
const BREAK = '\u2029'
// White space around a line break of the HTML source, inside one block. The
// look-behind starts a match only where a run of spaces starts (linear time).
const SOFT_BREAK = /(?<![ \t\r\f\u00a0\u3000\u2000-\u200a])[ \t\r\f\u00a0\u3000\u2000-\u200a]*\n[ \t\r\n\f\u00a0\u3000\u2000-\u200a]*/g
const ASCII_WORD = /[0-9A-Za-z]/
/** How far past a soft break a marker is looked for (`（二十一）` and its spaces). */
const MARKER_REACH = 24

/** The end of the line starting at `at`, looked for no further than {@link MARKER_REACH}. */
function lineEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + MARKER_REACH)
  for (let k = at; k < limit; k++) {
    const c = text.charCodeAt(k)
    if (c === 0x0a || c === 0x2029) return k
  }
  return limit
}

/**
 * A line break inside an HTML block is white space, not a new paragraph: a
 * page's source wrapped after `。` must not end a task. Between two Chinese
 * characters it goes; between Latin words it becomes one space. Before a
 * marker (`…推进工作\n2. 加强…`) it stays a line break: the tokenizer then
 * judges the marker as at any line start, by the numbering sequence, so
 * `2.` after task 1 starts task 2 and `2. 5%` or `3.` after task 1 stay text.
 */
function joinSoftBreaks(text: string): Edit[] {
  const edits: Edit[] = []
  for (const match of text.matchAll(SOFT_BREAK)) {
    const start = match.index
    const end = start + match[0].length
    if (end < text.length && startsWithMarker(text, end, lineEnd(text, end), true)) continue
    const space = ASCII_WORD.test(text[start - 1] ?? '') && ASCII_WORD.test(text[end] ?? '')
    edits.push({ start, end, text: space ? ' ' : '' })
  }
  return edits
}

/** Elements whose content is a block of its own: a line break before and after. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'th', 'thead', 'tr', 'ul',
])
/** Elements whose content is no part of the page's text (no text at all: code, templates). */
const SKIP = new Set(['script', 'style', 'template', 'noscript'])
/** Elements the tokenizer reads as raw text up to their end tag; the tree builder would switch to it. */
const RAW: Record<string, 'RCDATA' | 'RAWTEXT' | 'SCRIPT_DATA' | 'PLAINTEXT'> = {
  title: 'RCDATA', textarea: 'RCDATA', style: 'RAWTEXT', xmp: 'RAWTEXT', iframe: 'RAWTEXT', noembed: 'RAWTEXT',
  noframes: 'RAWTEXT', noscript: 'RAWTEXT', script: 'SCRIPT_DATA', plaintext: 'PLAINTEXT',
}
/** SVG and MathML: inside them `<title>` or `<style>` is an ordinary element. */
const FOREIGN = new Set(['svg', 'math'])
/** HTML start tags that end SVG or MathML not closed (the tree builder's breakout list, `font` aside). */
const BREAKOUT = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small',
  'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
])

/** Is `source[start, end)` the tokenizer's white space only? */
function isAsciiWhite(source: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = source.charCodeAt(k)
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) return false
  }
  return true
}

/**
 * Did the tokenizer read `source[start, end)` as written? A reference
 * changes the length; a CR (or CRLF) is read as LF.
 */
function verbatim(source: string, start: number, end: number, chars: string): boolean {
  return chars.length === end - start && (chars.indexOf('\n') === -1 || source.startsWith(chars, start))
}

/** Text of the page that is no text of the plan, reported as dropped: the `<title>`. */
export interface HtmlDropped {
  start: number
  end: number
  kind: 'html-title'
}

/** A page's text with its map back to the source, and what was left out of it that a reader sees. */
export interface HtmlText extends MappedText {
  dropped: HtmlDropped[]
}

/**
 * Reads the page token by token, never building its tree: how deep elements
 * nest (`<div>` 100 000 times, `<b>` never closed) costs nothing, neither
 * stack nor memory, and every character keeps its offset. Only what decides
 * the text is tracked: blocks and `<br>` (line breaks), skipped elements, the
 * `<title>`, SVG and MathML.
 */
class TextReader implements TokenHandler {
  readonly builder: MappedTextBuilder
  readonly dropped: HtmlDropped[] = []
  tokenizer!: Tokenizer
  /** Open `<template>`s (the one skipped element that can nest); other skipped ones end at their end tag. */
  private skipping = 0
  private skipped: string | null = null
  private foreign = 0
  private title: { start: number; end: number } | null = null
  // Nothing but white space since the last line break: another break, or the
  // white space, would only make a blank line (one segment of the map each,
  // which `<div>` repeated a million times would pay for in memory).
  private atLineStart = true
  // The run of character tokens being read, added to the text at the next
  // tag: its source range, and its decoded text only from the first token
  // that differs from its source (a reference, a CR), so that text as written
  // is copied by range, never held twice.
  private runStart = -1
  private runEnd = -1
  private runText: string | null = null
  // The events of the outer table being read, written once its end shows whether it is a task table; null outside one.
  private table: TableEvent[] | null = null
  private tableDepth = 0
  private readonly sink: TableSink

  constructor(private readonly source: string) {
    this.builder = new MappedTextBuilder(source)
    this.sink = {
      run: (start, end, text) => this.write(start, end, text),
      lineBreak: (at) => this.lineBreak(at),
      insert: (at, text) => {
        this.builder.replace(at, at, text)
        this.atLineStart = false
      },
      isBlock: (name) => name === 'br' || BLOCKS.has(name),
    }
  }

  /** Add a run of the page's characters: white space alone at a line's start is left out. */
  private write(start: number, end: number, text: string | null): void {
    const white = text === null ? isAsciiWhite(this.source, start, end) : isAsciiWhite(text, 0, text.length)
    if (this.atLineStart && white) return
    if (text === null) this.builder.copy(start, end)
    else addDecoded(this.builder, this.source, start, end, text)
    this.atLineStart = false
  }

  /** Record a tag of the table being read; the outer table's end writes it. */
  private tableTag(kind: 'open' | 'close', token: Token.TagToken, at: number): void {
    const events = this.table as TableEvent[]
    if (kind === 'close') events.push({ kind, name: token.tagName, at, end: token.location?.endOffset ?? at })
    else {
      const span = (name: string) => Math.min(64, Math.max(1, Number.parseInt(token.attrs.find((a) => a.name === name)?.value ?? '1', 10) || 1))
      events.push({ kind, name: token.tagName, at, colspan: span('colspan'), rowspan: span('rowspan') })
    }
    if (token.tagName === 'table') this.tableDepth += kind === 'open' ? 1 : -1
    if (this.tableDepth === 0) this.endTable()
  }

  private endTable(): void {
    const events = this.table
    this.table = null
    this.tableDepth = 0
    if (events) writeTable(this.source, events, this.sink)
  }

  private flush(): void {
    if (this.runStart < 0) return
    const { runStart: start, runEnd: end, runText: text } = this
    const white = () => (text === null ? isAsciiWhite(this.source, start, end) : isAsciiWhite(text, 0, text.length))
    if (this.title) {
      if (!white()) this.title = { start: this.title.start < 0 ? start : this.title.start, end }
    } else if (!this.skipping && !this.skipped) {
      if (this.table) this.table.push({ kind: 'run', start, end, text })
      else if (!(this.atLineStart && white())) this.write(start, end, text)
    }
    this.runStart = -1
    this.runText = null
  }

  private text(token: Token.CharacterToken): void {
    const location = token.location
    if (!location || ((this.skipping || this.skipped) && !this.title)) return
    const { startOffset: start, endOffset: end } = location
    if (this.runStart < 0) this.runStart = start
    if (this.runText === null && !verbatim(this.source, start, end, token.chars)) this.runText = this.source.slice(this.runStart, start)
    if (this.runText !== null) this.runText += token.chars
    this.runEnd = end
  }

  onCharacter(token: Token.CharacterToken): void {
    this.text(token)
  }
  onWhitespaceCharacter(token: Token.CharacterToken): void {
    this.text(token)
  }
  onNullCharacter(token: Token.CharacterToken): void {
    this.text(token)
  }
  onComment(): void {
    this.flush()
  }
  onDoctype(): void {
    this.flush()
  }
  onEof(): void {
    this.flush()
    this.closeTitle()
    this.endTable()
  }

  private lineBreak(at: number): void {
    if (this.atLineStart) return
    this.builder.replace(at, at, BREAK)
    this.atLineStart = true
  }

  private closeTitle(): void {
    if (this.title && this.title.start >= 0) this.dropped.push({ ...this.title, kind: 'html-title' })
    this.title = null
  }

  private leaveForeign(): void {
    this.foreign = 0
    this.tokenizer.inForeignNode = false
  }

  onStartTag(token: Token.TagToken): void {
    this.flush()
    const name = token.tagName
    const at = token.location?.startOffset ?? 0
    if (this.foreign > 0 && BREAKOUT.has(name)) this.leaveForeign()
    if (this.foreign > 0) {
      if (FOREIGN.has(name) && !token.selfClosing) this.foreign++
      return
    }
    if (FOREIGN.has(name)) {
      if (!token.selfClosing) this.foreign = 1
      this.tokenizer.inForeignNode = !token.selfClosing
      return
    }
    if (name === 'template') this.skipping++
    else if (SKIP.has(name) && !this.skipping) this.skipped = name
    const raw = RAW[name]
    if (raw) this.tokenizer.state = html5().TokenizerMode[raw]
    if (name === 'title' && !this.skipping) this.title = { start: -1, end: -1 }
    if (this.skipping || this.skipped) return
    if (name === 'table' && !this.table) this.table = []
    if (this.table && (name === 'br' || BLOCKS.has(name))) this.tableTag('open', token, at)
    else if (name === 'br' || BLOCKS.has(name)) this.lineBreak(at)
  }

  onEndTag(token: Token.TagToken): void {
    this.flush()
    const name = token.tagName
    const end = token.location?.endOffset ?? 0
    if (this.foreign > 0 && (name === 'p' || name === 'br')) this.leaveForeign()
    if (this.foreign > 0) {
      if (FOREIGN.has(name) && --this.foreign === 0) this.tokenizer.inForeignNode = false
      return
    }
    if (name === 'template' && this.skipping > 0) {
      this.skipping--
      return
    }
    if (name === this.skipped) {
      this.skipped = null
      return
    }
    if (name === 'title') this.closeTitle()
    if (this.skipping || this.skipped) return
    // `</br>` is read as `<br>`, as browsers do.
    if (this.table && (name === 'br' || BLOCKS.has(name))) this.tableTag(name === 'br' ? 'open' : 'close', token, name === 'br' ? end : token.location?.startOffset ?? end)
    else if (name === 'br' || BLOCKS.has(name)) this.lineBreak(end)
  }
}

/**
 * The text of an HTML page (a government site's `<p>` per paragraph), one
 * line per block, `<br>` as a line break, the source's own line wrapping
 * undone, entities decoded, with a map back to the HTML source. Scripts,
 * styles and templates are left out; the `<title>` too, reported in
 * `dropped` (a browser tab's label, often the site's name after the plan's:
 * read as text it would stand as a paragraph, or a false chapter, before the
 * document).
 *
 * @example
 * ```ts
 * fromHtml('<p>&nbsp;&nbsp;一、完善制度</p>').text // '\u00a0\u00a0一、完善制度\u2029'
 * ```
 */
export function fromHtml(source: string): HtmlText {
  const reader = new TextReader(source)
  const tokenizer = new (html5().Tokenizer)({ sourceCodeLocationInfo: true }, reader)
  reader.tokenizer = tokenizer
  tokenizer.write(source, true)
  const blocks = reader.builder.build()
  const edits = joinSoftBreaks(blocks.text)
  const text = edits.length === 0 ? blocks : compose(blocks, applyEdits(blocks.text, edits))
  return { text: text.text, start: text.start, end: text.end, dropped: reader.dropped }
}
