/** The formats a plan can be given in. */
export type InputFormat = 'text' | 'markdown' | 'html'

const HTML_START = /^\s*<(?:!doctype|html|head|body|meta|div|p|table|section|article|h[1-6]|span|font|center)\b/i
const HTML_BLOCKS = /<\/(?:p|div|h[1-6]|li|td)>|<br\s*\/?>/gi
// ATX headings, a setext underline, or a line that opens with bold: things plain plans never have.
const MARKDOWN = /^(?:#{1,6}[ \t]+\S|={3,}[ \t]*$|(?:\*\*|__)\S)/m

/** Where the text goes on after the HTML comments (`<!-- 来源：… -->`) and white space it opens with. */
function afterComments(head: string): number {
  let at = 0
  for (;;) {
    while (at < head.length && /\s/.test(head[at] as string)) at++
    if (!head.startsWith('<!--', at)) return at
    const close = head.indexOf('-->', at + 4)
    if (close === -1) return at
    at = close + 3
  }
}

/**
 * Guess the format of a plan from its first few kilobytes. Ordered lists
 * (`1. …`) say nothing: plain plans number their tasks the same way.
 *
 * @example
 * ```ts
 * detectFormat('<p>一、完善制度</p>') // 'html'
 * detectFormat('## 一、完善制度')      // 'markdown'
 * detectFormat('一、完善制度')         // 'text'
 * ```
 */
export function detectFormat(text: string): InputFormat {
  // A BOM would hide a heading on the first line.
  const head = text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, 8192)
  if (HTML_START.test(head.slice(afterComments(head))) || (head.match(HTML_BLOCKS)?.length ?? 0) >= 3) return 'html'
  if (MARKDOWN.test(head)) return 'markdown'
  return 'text'
}
