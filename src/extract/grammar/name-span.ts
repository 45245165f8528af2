import { isJsSpaceCode } from '../../chars.js'
import type { NameSpan } from './types.js'

// A page footer glued into a note by a page break: `— 12 —`, `- 3 -`.
const FOOTER = /[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2}/g
const WHITE = /[\s\u3000\u00a0\ufeff]+/g
const EDGE_START = /^(?:[\s\u3000\u00a0\ufeff]+|[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2})/
const EDGE_END = /(?:[\s\u3000\u00a0\ufeff]|[—–\-－]{1,2}\s?\d{1,4}\s?[—–\-－]{1,2})$/

/**
 * Can `text[start, end)` hold nothing {@link cleanName} or the edge trims would
 * touch: no white space (what `\s` matches) and no dash of a page footer?
 * Nearly every name is plain, and is then taken as written with no regex run.
 */
function isPlain(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c <= 0x20 || c === 0x2d || c === 0xa0 || c === 0x1680 || c === 0x3000 || c === 0xfeff || c === 0xff0d) return false
    if (c >= 0x2000 && c <= 0x205f && (c <= 0x200a || c === 0x2013 || c === 0x2014 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f)) return false
  }
  return true
}

/**
 * The name as meant: no white space or page footer left inside it by a line or page break.
 *
 * @example
 * ```ts
 * cleanName('国家卫生健\n康委') // '国家卫生健康委'
 * ```
 */
export function cleanName(raw: string): string {
  return raw.replace(FOOTER, '').replace(WHITE, '')
}

/**
 * The unit written at `text[start, end)`: its clean name, and a span that
 * covers the name only, not white space or a page footer at its edges.
 *
 * @example
 * ```ts
 * nameSpan('、市财政局 ', 1, 6) // { name: '市财政局', start: 1, end: 5 }
 * ```
 * @returns `null` when nothing but white space or a footer is there.
 */
export function nameSpan(text: string, start: number, end: number): NameSpan | null {
  if (isPlain(text, start, end)) return start < end ? { name: text.slice(start, end), start, end } : null
  const name = cleanName(text.slice(start, end))
  if (!name) return null
  for (let m: RegExpExecArray | null; (m = EDGE_START.exec(text.slice(start, end))); ) start += m[0].length
  // Only the tail is searched: a footer is short, and an unanchored search over a long slice is quadratic.
  for (let m: RegExpExecArray | null; (m = EDGE_END.exec(text.slice(Math.max(start, end - 16), end))); ) end -= m[0].length
  return { name, start, end }
}

/** `[start, end)` without the white space at its edges. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && isJsSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isJsSpaceCode(text.charCodeAt(end - 1))) end--
  return [start, end]
}
