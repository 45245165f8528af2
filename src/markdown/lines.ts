/**
 * What a line of Markdown may start, as far as cutting a document into pieces
 * needs to know: only enough of CommonMark's block rules to tell, cheaply and
 * conservatively, where one top-level block surely ends and the next surely
 * begins. When in doubt a line is not a place to cut.
 */

/** `` ``` `` or `~~~` opening or closing a fenced code block (up to three spaces in). */
export const FENCE = /^ {0,3}(`{3,}|~{3,})/
/** An ATX heading at the margin: `## 一、总体要求`. */
export const HEADING = /^#{1,6}(?:[ \t]|$)/
/** An ordered list item at the margin, its delimiter and the spaces before its content. */
export const ORDERED_ITEM = /^[0-9]{1,9}([.)])([ \t]*)/
/** A line that may open a list item or a block quote, whose content may run over later lines. */
export const CONTAINER = /^ {0,3}(?:>|[-+*](?:[ \t]|$)|[0-9]{1,9}[.)](?:[ \t]|$))/
/**
 * May the document define a link reference (`[label]: url`), whose label the
 * whole document can use? A label may run over lines, so any `]:` may end one.
 *
 * @example
 * ```ts
 * mayDefineLinks('见[甲]。\n\n[甲]: https://example.org') // true
 * ```
 */
export function mayDefineLinks(source: string): boolean {
  return source.includes(']:')
}

// HTML blocks of CommonMark kinds 1 to 5 run over blank lines until their end
// marker; the others (6 and 7) end at the first blank line.
const RAW_HTML: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[ \t>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
]
const HTML_START = /^ {0,3}</

/**
 * The end marker of an HTML block the line opens, `null` when it opens one
 * that ends at a blank line, `undefined` when it opens none. The end may be on
 * the opening line itself (after the opening).
 *
 * @example
 * ```ts
 * htmlBlockEnd('<!-- 注释') // /-->/
 * htmlBlockEnd('<div>')    // null
 * htmlBlockEnd('一、总体要求') // undefined
 * ```
 */
export function htmlBlockEnd(line: string): RegExp | null | undefined {
  if (!HTML_START.test(line)) return undefined
  for (const [start, end] of RAW_HTML) {
    const m = start.exec(line)
    if (m) return end.test(line.slice(m[0].length)) ? null : end
  }
  // Not every `<` opens an HTML block, but treating it as one only costs a cut.
  return null
}

/** Characters that may open a block other than a paragraph, at the margin or after an item's marker. */
const SYNTAX = /^[ \t#>\-+*_=`~<[|0-9]/
/** A bold or italic run at the start of a line, which no block construct can be taken for. */
const EMPHASIS = /^(?:\*\*?|__?)[^\s*_]/

/**
 * Does this text surely start a paragraph (and nothing else), wherever a
 * block may begin? `**（二）加强保护**` does; `- `, `1. `, `> `, `<div>`,
 * `[a]:` and indented text may not.
 *
 * @example
 * ```ts
 * startsParagraph('（一）加强组织领导') // true
 * startsParagraph('> 引文')           // false
 * ```
 */
export function startsParagraph(text: string): boolean {
  return text.length > 0 && (!SYNTAX.test(text) || EMPHASIS.test(text))
}

/** Is the line empty or white space only (a CR of a CRLF counts as white space)? */
export function isBlank(line: string): boolean {
  return /^[ \t\r]*$/.test(line)
}

/** Columns of leading spaces, or -1 when the indent holds a tab (whose width depends on context). */
export function indentOf(line: string): number {
  let i = 0
  while (line.charCodeAt(i) === 0x20) i++
  return line.charCodeAt(i) === 0x09 ? -1 : i
}
