import type { Element, Nodes, RootContent } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { addAligned } from '../input/align.js'
import { type MappedText, MappedTextBuilder } from '../util/mapped-text.js'

const processor = unified().use(rehypeParse).freeze()

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
        builder.replace(at, at, '\n')
      }
      walk(source, builder, el.children)
      if (BLOCKS.has(el.tagName) && end !== undefined) builder.replace(end, end, '\n')
    } else if (node.type === 'root') {
      walk(source, builder, node.children)
    }
  }
}

/**
 * The text of an HTML page (a government site's `<p>` per paragraph), one
 * line per block, `<br>` as a line break, entities decoded, with a map back
 * to the HTML source. Head, scripts and styles are left out.
 *
 * @example
 * ```ts
 * fromHtml('<p>&nbsp;&nbsp;一、完善制度</p>').text // '\n\u00a0\u00a0一、完善制度\n'
 * ```
 */
export function fromHtml(source: string): MappedText {
  const tree = processor.parse(source)
  const builder = new MappedTextBuilder(source)
  walk(source, builder, tree.children)
  return builder.build()
}
