import type { Element, Nodes, RootContent } from 'hast'
import { lazy } from '../util/lazy.js'
import { addAligned } from '../input/align.js'
import { applyEdits, type Edit } from '../input/edits.js'
import { type MappedText, MappedTextBuilder, compose } from '../util/mapped-text.js'

const processor = lazy((require) => {
  const { unified } = require('unified') as typeof import('unified')
  const rehypeParse = (require('rehype-parse') as typeof import('rehype-parse')).default
  return unified().use(rehypeParse).freeze()
})

// Blocks and `<br>` end lines with U+2029 (a line break to the tokenizer), so
// that a plain `\n` can only come from the source's own line wrapping.
const BREAK = '\u2029'
// White space around a line break of the HTML source, inside one block. The
// look-behind starts a match only where a run of spaces starts (linear time).
const SOFT_BREAK = /(?<![ \t\r\f\u00a0\u3000\u2000-\u200a])[ \t\r\f\u00a0\u3000\u2000-\u200a]*\n[ \t\r\n\f\u00a0\u3000\u2000-\u200a]*/g
const ASCII_WORD = /[0-9A-Za-z]/

/**
 * A line break inside an HTML block is white space, not a new paragraph: a
 * page's source wrapped after `。` must not end a task. Between two Chinese
 * characters it goes; between Latin words it becomes one space.
 */
function joinSoftBreaks(text: string): Edit[] {
  const edits: Edit[] = []
  for (const match of text.matchAll(SOFT_BREAK)) {
    const start = match.index
    const end = start + match[0].length
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
/** Elements whose content is no part of the page's text. */
const SKIP = new Set(['head', 'script', 'style', 'template', 'noscript', 'title'])

function walk(source: string, builder: MappedTextBuilder, nodes: readonly (RootContent | Nodes)[]): void {
  for (const node of nodes) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'text') {
      if (start !== undefined && end !== undefined) addAligned(builder, source, start, end, node.value)
    } else if (node.type === 'element') {
      const el = node as Element
      if (SKIP.has(el.tagName)) continue
      if (el.tagName === 'br' || BLOCKS.has(el.tagName)) {
        const at = start ?? 0
        builder.replace(at, at, BREAK)
      }
      walk(source, builder, el.children)
      if (BLOCKS.has(el.tagName) && end !== undefined) builder.replace(end, end, BREAK)
    } else if (node.type === 'root') {
      walk(source, builder, node.children)
    }
  }
}

/**
 * The text of an HTML page (a government site's `<p>` per paragraph), one
 * line per block, `<br>` as a line break, the source's own line wrapping
 * undone, entities decoded, with a map back to the HTML source. Head,
 * scripts and styles are left out.
 *
 * @example
 * ```ts
 * fromHtml('<p>&nbsp;&nbsp;一、完善制度</p>').text // '\u2029\u00a0\u00a0一、完善制度\u2029'
 * ```
 */
export function fromHtml(source: string): MappedText {
  const tree = processor().parse(source)
  const builder = new MappedTextBuilder(source)
  walk(source, builder, tree.children)
  const blocks = builder.build()
  const edits = joinSoftBreaks(blocks.text)
  return edits.length === 0 ? blocks : compose(blocks, applyEdits(blocks.text, edits))
}
