/**
 * Plan-shaped lines dressed as a web page: blocks, `<br>`, inline tags open
 * and never closed, stray closing tags, character references with and
 * without `;`, comments, NULs, lone CRs and the source's own line breaks.
 */
import fc from 'fast-check'
import { planLine } from './arbitraries.js'

/** What a page puts inside a line: each is inserted at a random place. */
const INLINE = [
  '&amp;', '&#38;', '&#x26;', '&amp', '&nbsp;', '&nbsp', '&ldquo;', '&rdquo;', '&lt;', '&notit', '&foo;', '& ', '&#;', '&#x1F600;', '&NotEqualTilde;',
  '<b>', '</b>', '<span class="x">', '</span>', '<strong>', '</div>', '</p>', '<br>', '<br/>', '</br>', '<!-- 注释 -->', '<!---->',
  '\u0000', '\r', '\r\n', '\n', '\n  ', '<font color=red>', '<a href="#">', '</a>', '<svg><title>图</title></svg>', '<script>1. 假的</script>',
]
/** How a page wraps a line. */
const BLOCK: [string, string][] = [
  ['<p>', '</p>'], ['<div>', '</div>'], ['', '<br>'], ['<li>', '</li>'], ['<p>', ''], ['<h2>', '</h2>'], ['<td>', '</td>'], ['', '\n'],
]
/** How a page starts: what makes it read as HTML, maybe after a comment. */
const HEAD = [
  '<!DOCTYPE html>', '<html><head><title>一、页面标题</title></head><body>', '<!-- 来源：政府网 -->\n<div class="article">', '<p>',
  '\ufeff<html>', '<!-- a --><!-- b --><body>',
]

const decoratedLine = fc
  .tuple(planLine, fc.array(fc.tuple(fc.constantFrom(...INLINE), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })), { maxLength: 3 }), fc.constantFrom(...BLOCK))
  .map(([line, inserts, [open, close]]) => {
    let text = line
    for (const [piece, at] of inserts) {
      const k = Math.floor(at * (text.length + 1))
      text = text.slice(0, k) + piece + text.slice(k)
    }
    return open + text + close
  })

/** A page of plan-shaped lines, detected as HTML by its start. */
export const htmlPlanLines: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...HEAD), fc.array(decoratedLine, { maxLength: 30 }), fc.constantFrom('', '\n', '\r\n'))
  .map(([head, lines, join]) => head + lines.join(join))
