import { isWhiteCode } from '../chars.js'

const IDEOGRAPHIC_SPACE = 0x3000

/** The formats a plan can be given in. */
export type InputFormat = 'text' | 'markdown' | 'html'

const HTML_START = /^<(?:!doctype|html|head|body|meta|div|p|table|section|article|h[1-6]|span|font|center)\b/i
const HTML_BLOCKS = /<\/(?:p|div|h[1-6]|li|td)>|<br\s*\/?>/gi

/**
 * Where the text goes on after the HTML comments (`<!-- 来源：… -->`) and white space it opens with.
 * Characters that print nothing count as white space; an ideographic space does not, because it is
 * how `toText` keeps a line that starts with `<` from being read as markup.
 */
function afterComments(head: string): number {
  let at = 0
  for (;;) {
    while (at < head.length && isWhiteCode(head.charCodeAt(at)) && head.charCodeAt(at) !== IDEOGRAPHIC_SPACE) at++
    if (!head.startsWith('<!--', at)) return at
    const close = head.indexOf('-->', at + 4)
    if (close === -1) return at
    at = close + 3
  }
}

/**
 * Lines that are Markdown on their own: an ATX heading, a setext underline,
 * a line opening with bold, a code fence, an escaped list number (`1\.`), a
 * link or image (`[甲](…)`), bold inside a line (`**甲**`). Plain plans have
 * none of these, but a stray one happens (a `#` line, a `**` pair).
 */
const MARKDOWN_LINE = /^(?:#{1,6}[ \t]+\S|={3,}[ \t]*$|(?:\*\*|__)\S|`{3,}|~{3,}|[0-9]{1,9}\\[.)])/

/** A link or image (`](`), or two `**` (bold inside the line). */
function inlineMarkdown(line: string): boolean {
  const bold = line.indexOf('**')
  return line.includes('](') || (bold !== -1 && line.indexOf('**', bold + 3) !== -1)
}
/**
 * Lines that are Markdown only in company: a bullet item or a block quote.
 * A lone `- 12 -` is a page footer, a lone `* ` a stray star; two in a row are a list.
 */
const MARKDOWN_RUN = /^ {0,3}(?:[-*+][ \t]+\S|>)/

/** Lines of evidence that make a document Markdown whatever its length. */
const ENOUGH_LINES = 3
/** …or the share of its non-blank lines (1 in 4) that makes a short one Markdown. */
const ENOUGH_SHARE = 4

/**
 * Guess the format of a plan from its first few kilobytes. Markdown needs
 * real evidence: three lines of Markdown syntax, or a quarter of the lines of
 * a short text (one `# ` line in a page of plain text is a stray, not a
 * format). Ordered lists (`1. …`) say nothing: plain plans number their
 * tasks the same way.
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
  // Block tags are searched for only in a head that has a `<`: a plain plan has none.
  if (HTML_START.test(head.slice(afterComments(head))) || (head.includes('<') && (head.match(HTML_BLOCKS)?.length ?? 0) >= 3)) return 'html'
  return markdownEvidence(head) ? 'markdown' : 'text'
}

/** What a line {@link MARKDOWN_LINE} takes can start with. */
const LINE_STARTS = '#=*_`~0123456789'
/** What a line {@link MARKDOWN_RUN} takes has after its first spaces (three at most). */
const RUN_STARTS = '-*+>'

/** Could {@link MARKDOWN_RUN} take `line`: a bullet or `>` after at most three spaces? Most lines are turned away here, unsearched. */
function mayRun(line: string): boolean {
  let i = 0
  while (i < 3 && line.charCodeAt(i) === 0x20) i++
  return i < line.length && RUN_STARTS.includes(line[i] as string)
}

/** Enough lines of Markdown syntax, absolutely or as a share of the non-blank lines? */
export function markdownEvidence(head: string): boolean {
  let evidence = 0
  let lines = 0
  /** Bullet or quote lines in a row so far. */
  let run = 0
  // A line holds inline Markdown only if the head does: most heads have neither `](` nor `**`.
  const inline = head.includes('](') || head.includes('**')
  for (const line of head.includes('\r') ? head.split(/\r\n|[\n\r]/) : head.split('\n')) {
    // A blank line between items still leaves a list (a loose one).
    if (line.trim() === '') continue
    lines++
    // The regexes run only on a line whose first characters could start what they match.
    if ((LINE_STARTS.includes(line[0] as string) && MARKDOWN_LINE.test(line)) || (inline && inlineMarkdown(line))) {
      evidence++
      run = 0
    } else if (mayRun(line) && MARKDOWN_RUN.test(line)) {
      // The second line of a list or quote counts for the first too.
      run++
      if (run >= 2) evidence += run === 2 ? 2 : 1
    } else {
      run = 0
    }
  }
  return evidence >= ENOUGH_LINES || (evidence > 0 && evidence * ENOUGH_SHARE >= lines)
}
