import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast'
import { lazy } from '../util/lazy.js'
import { type MappedText, MappedTextBuilder } from '../util/mapped-text.js'
import { alignText } from './align.js'
import { markdownChunks } from './chunks.js'
import { type Defused, defuse } from './guard.js'
import { FENCE, ORDERED_ITEM } from './lines.js'
import { plainLines } from './plain.js'
import { type PlainBlock, plainBlocks, unescaped } from './plain-blocks.js'

// Frozen once: building the processor per call would redo plugin set-up.
// remark-cjk-friendly lets `**（一）加强保护。**正文` be bold, as writers mean it.
const processor = lazy((require) => {
  const { unified } = require('unified') as typeof import('unified')
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default
  const remarkCjkFriendly = (require('remark-cjk-friendly') as typeof import('remark-cjk-friendly')).default
  return unified().use(remarkParse).use(remarkCjkFriendly).freeze()
})

interface Walker {
  source: string
  /** What remark was given: `source`, or `source` with marks defused (same length). */
  reference: string
  /** Ordered-list numbers written otherwise than read (`1.` read as `2.`): source offset → as written. */
  written: Map<number, string>
  /** Offset of the chunk being walked: mdast offsets are relative to it. */
  base: number
  builder: MappedTextBuilder
  /** An ordered list item's number, to go before the first line of its content. */
  prefix: { start: number; end: number; text: string } | null
  /** The number the next list walked goes on from: set when a piece starts inside a list cut in two. */
  carry: number | null
  /** The number after the last item of the ordered list walked last. */
  after: number
}

function offsets(w: Walker, node: Nodes): { start: number; end: number } | null {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? null : { start: start + w.base, end: end + w.base }
}

function emitPrefix(w: Walker): void {
  const p = w.prefix
  if (!p) return
  w.prefix = null
  const written = w.source.slice(p.start, p.end)
  if (written === p.text) {
    w.builder.copy(p.start, p.end)
  } else {
    w.builder.replace(p.start, p.end, p.text)
    if (p.end > p.start) w.written.set(p.start, written)
  }
}

function inline(w: Walker, nodes: readonly PhrasingContent[]): void {
  for (const node of nodes) {
    const at = offsets(w, node)
    if (node.type === 'text' || node.type === 'inlineCode') {
      if (at) alignText(w.builder, w.reference, at.start, at.end, node.value)
    } else if (node.type === 'break' || (node.type === 'html' && /^<br\b/i.test(node.value))) {
      // A line break of its own, standing for nothing of the source: `<br>` and `\` are syntax.
      if (at) w.builder.replace(at.end, at.end, '\n')
    } else if ('children' in node) {
      // Emphasis, strong, links, deletions: their text, without the syntax.
      inline(w, node.children as PhrasingContent[])
    }
  }
}

/** Where a code block's text starts: after the opening fence's line, if it has one. */
function codeStart(w: Walker, at: { start: number; end: number }): number {
  // The first line ends at the first CR or LF (CRLF is one ending).
  let eol = at.start
  while (eol < at.end && w.reference.charCodeAt(eol) !== 0x0a && w.reference.charCodeAt(eol) !== 0x0d) eol++
  if (!FENCE.test(w.reference.slice(at.start, eol))) return at.start
  if (w.reference.charCodeAt(eol) === 0x0d && w.reference.charCodeAt(eol + 1) === 0x0a) eol++
  return Math.min(eol + 1, at.end)
}

/** The end of a block's line: the source's own line break where there is one, adjacent copies merging into one segment. */
function lineEnd(w: Walker, end: number): void {
  if (w.source.charCodeAt(end) === 0x0a) w.builder.copy(end, end + 1)
  else w.builder.replace(end, end, '\n')
}

/** One block's text as one line (or more, where the writer broke it). */
function line(w: Walker, node: RootContent, body: () => void): void {
  const at = offsets(w, node)
  if (!at) return
  emitPrefix(w)
  body()
  lineEnd(w, at.end)
}

function blocks(w: Walker, nodes: readonly RootContent[]): void {
  for (const node of nodes) {
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      line(w, node, () => inline(w, node.children))
    } else if (node.type === 'code' || node.type === 'html') {
      const at = offsets(w, node)
      // Line by line, each line where it stands; a fenced block's text starts after its fence line.
      line(w, node, () => at && alignText(w.builder, w.reference, node.type === 'code' ? codeStart(w, at) : at.start, at.end, node.value))
    } else if (node.type === 'list') {
      const start = w.carry ?? node.start ?? 1
      w.carry = null
      node.children.forEach((item, index) => {
        const at = offsets(w, item)
        if (node.ordered && at) {
          // The number comes from the list's start: CommonMark lets later items be written `1.` too.
          const marker = /^[0-9]{1,9}[.)]/.exec(w.reference.slice(at.start, at.start + 10))
          const text = `${start + index}.`
          w.prefix = { start: at.start, end: at.start + (marker ? marker[0].length : 0), text }
        }
        blocks(w, item.children)
        w.prefix = null
      })
      if (node.ordered) w.after = start + node.children.length
    } else if ('children' in node) {
      // Block quotes, tables, rows.
      blocks(w, (node as Parent).children as RootContent[])
    } else {
      // A block with no text of its own (a rule `___`, a link definition):
      // kept as written, a line of its own, so that no character of the input is lost.
      const at = offsets(w, node)
      line(w, node, () => at && w.builder.copy(at.start, at.end))
    }
  }
}

/** A plain block's text `[start, end)`: its source, less the backslashes of its escapes, as `inline` writes a text node. */
function plainText(w: Walker, start: number, end: number): void {
  const source = w.reference.slice(start, end)
  if (source.includes('\\')) alignText(w.builder, w.reference, start, end, unescaped(source))
  else w.builder.copy(start, end)
}

/**
 * Plain blocks (see `plainBlocks`), written as `blocks` writes the tree
 * remark gives for them: one text node each, equal to the source but for
 * its escapes, and an ordered list's items numbered from its start. Does it
 * end with one?
 */
function plain(w: Walker, found: readonly PlainBlock[]): boolean {
  for (const block of found) {
    if (block.type === 'list') {
      const start = w.carry ?? block.start
      w.carry = null
      block.items.forEach((item, index) => {
        w.prefix = { start: item.start, end: item.marker, text: `${start + index}.` }
        emitPrefix(w)
        plainText(w, item.text, item.end)
        lineEnd(w, item.end)
      })
      w.after = start + block.items.length
    } else {
      plainText(w, block.start, block.end)
      lineEnd(w, block.end)
    }
  }
  return found[found.length - 1]?.type === 'list'
}

/** Give remark `reference[start, end)` and walk its tree. Does it end with an ordered list? */
function parse(w: Walker, reference: string, start: number, end: number): boolean {
  w.base = start
  const children = processor().parse(reference.slice(start, end)).children
  blocks(w, children)
  const last = children[children.length - 1]
  return last?.type === 'list' && last.ordered === true
}

/**
 * A piece with some syntax: cut as finely as `markdownChunks` allows, its
 * plain parts read apart and each run of the others given to remark at once.
 * Does it end with an ordered list?
 */
function mixed(w: Walker, reference: string, start: number, end: number): boolean {
  // micromark drops a BOM a piece starts with: a piece of a piece must not start with one.
  if (reference.slice(start + 1, end).includes('\ufeff')) return parse(w, reference, start, end)
  const cuts = markdownChunks(reference.slice(start, end), { min: 1, list: 1 })
  /** Where the run of parts waiting for remark starts. */
  let pending = -1
  let inList = false
  for (let c = 0; c < cuts.length; c++) {
    const from = start + (cuts[c] as number)
    const to = c + 1 < cuts.length ? start + (cuts[c + 1] as number) : end
    const found = plainBlocks(reference, from, to)
    if (!found && pending !== -1) continue
    if (pending !== -1) {
      inList = parse(w, reference, pending, from)
      pending = -1
    }
    // A part cut inside a list goes on with its numbers, as a piece does (see `fromMarkdown`);
    // a number no list of the piece has taken yet waits for the next list, as in one tree.
    if (c > 0) w.carry ??= inList && ORDERED_ITEM.test(reference.slice(from, from + 12)) ? w.after : null
    if (found) inList = plain(w, found)
    else pending = from
  }
  if (pending !== -1) inList = parse(w, reference, pending, end)
  return inList
}

/** The text of a Markdown plan, and what it took to read it. */
export interface MarkdownText extends MappedText {
  /** Ordered-list numbers written otherwise than read (`1.` read as `2.`, `3)` as `3.`): source offset → the marker as written. */
  written: ReadonlyMap<number, string>
  /** What the guard read as plain text so that remark stays linear (see `defuse`). */
  defused: Pick<Defused, 'count' | 'first'>
}

/**
 * The text of a Markdown plan, one line per block, with a map back to the
 * Markdown source: heading and list syntax and emphasis marks are left out,
 * an ordered list item gets its number (`3.`) back. Whether a line is a
 * chapter, section or task is left to the tokenizer, so numbering decides
 * the level, not heading depth. Marks that would make remark superlinear
 * are read as text (`defuse`); the text always comes from the source.
 *
 * @param starts where to cut the source into pieces parsed one by one (see `markdownChunks`).
 * @param options `remarkOnly`: give remark the pieces made of plain blocks too (see
 *   `plainBlocks`), the slower reading the tests compare the fast one with.
 * @example
 * ```ts
 * fromMarkdown('## 一、完善制度\n\n1. 推进立法。').text // '一、完善制度\n1.推进立法。\n'
 * ```
 */
export function fromMarkdown(source: string, starts?: number[], options: { remarkOnly?: boolean } = {}): MarkdownText {
  const defused = defuse(source)
  const reference = defused.text
  const w: Walker = { source, reference, written: new Map(), base: 0, builder: new MappedTextBuilder(source), prefix: null, carry: null, after: 1 }
  const { long } = defused
  const pieces = starts ?? markdownChunks(reference, {}, long)
  /** Did the piece before end with an ordered list? */
  let inList = false
  let k = 0
  pieces.forEach((cut, i) => {
    const end = pieces[i + 1] ?? source.length
    // micromark drops a BOM its input starts with and counts offsets without it: start past
    // every one (a second BOM is a character that prints nothing, white space to us).
    let start = cut
    while (start < end && reference.charCodeAt(start) === 0xfeff) start++
    // A piece that holds a block too long for remark is read line by line.
    while (k < long.length && (long[k + 1] as number) <= start) k += 2
    if (k < long.length && (long[k] as number) < end) {
      plainLines(w.builder, reference, start, end)
      inList = false
      return
    }
    // A piece that starts with a list item was cut inside a list: its numbers run on.
    const continues = i > 0 && inList && ORDERED_ITEM.test(reference.slice(start, start + 12))
    w.carry = continues ? w.after : null
    if (options.remarkOnly) {
      inList = parse(w, reference, start, end)
      return
    }
    // Headings, paragraphs and items without any syntax are read without remark: the same
    // text, without the garbage remark leaves per event (most lines of a plan).
    const found = plainBlocks(reference, start, end)
    if (found) inList = plain(w, found)
    else inList = mixed(w, reference, start, end)
  })
  return { ...w.builder.build(), written: w.written, defused: { count: defused.count, first: defused.first } }
}
