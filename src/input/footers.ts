import type { Span, SpanList } from '../util/span-list.js'

// `— 2 —`, `- 12 -`, `－3－`, `~ 4 ~`: a page number between dashes, alone on its line.
const DASHED = /^[-—–―‐－~～]{1,3}\s*[0-9０-９]{1,4}\s*[-—–―‐－~～]{1,3}$/
// `第 2 页`, `第2页 共10页`.
// The separator takes the space after it, so two `\s*` never meet.
const PAGE_OF = /^第\s*[0-9０-９]{1,4}\s*页(?:\s*(?:[，,/／]\s*)?共\s*[0-9０-９]{1,4}\s*页)?$/

/**
 * Lines that are page footers or page numbers left by a PDF or Word export.
 * Only whole lines count: `— 2 —` inside a sentence is text.
 *
 * @example
 * ```ts
 * findFooters('正文\n— 2 —\n正文', splitLines('正文\n— 2 —\n正文')) // [{ start: 3, end: 8 }]
 * ```
 */
export function findFooters(text: string, lines: SpanList): Span[] {
  const footers: Span[] = []
  for (let k = 0; k < lines.length; k++) {
    const start = lines.start(k)
    const end = lines.end(k)
    // Footers are short; skip the regex for every ordinary line.
    if (end - start > 16) continue
    const content = text.slice(start, end)
    if (DASHED.test(content) || PAGE_OF.test(content)) footers.push({ start, end })
  }
  return footers
}
