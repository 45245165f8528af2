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

/** A running header repeats a line of the document's head: its title. */
const HEAD_LINES = 15
const LONGEST_HEADER = 40

/**
 * Running headers a PDF copy left beside its page footers: a line right
 * before or after a footer that repeats, word for word, a line of the
 * document's head (`桂畔街道2025年工作要点` over `第 1 页 共 2 页`). Found only
 * beside footers, so that a title quoted in the text stays.
 *
 * @example
 * ```ts
 * // '甲计划\n正文\n甲计划\n— 2 —\n正文' → the second 甲计划
 * ```
 */
export function findRunningHeaders(text: string, lines: SpanList, footers: readonly Span[]): Span[] {
  if (footers.length === 0) return []
  /** The head's lines, each with where it first stands. */
  const head = new Map<string, number>()
  for (let k = 0; k < Math.min(HEAD_LINES, lines.length); k++) {
    const line = text.slice(lines.start(k), lines.end(k)).trim()
    if (line.length > 0 && line.length <= LONGEST_HEADER && !head.has(line)) head.set(line, k)
  }
  const headers: Span[] = []
  let k = 0
  for (const footer of footers) {
    while (k < lines.length && lines.start(k) < footer.start) k++
    for (const j of [k - 1, k + 1]) {
      if (j < 0 || j >= lines.length) continue
      const start = lines.start(j)
      const end = lines.end(j)
      const line = text.slice(start, end).trim()
      if ((head.get(line) ?? j) < j && !footers.some((f) => f.start === start) && !headers.some((h) => h.start === start)) headers.push({ start, end })
    }
  }
  return headers.sort((a, b) => a.start - b.start)
}
