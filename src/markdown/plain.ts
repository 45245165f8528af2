import type { MappedTextBuilder } from '../util/mapped-text.js'

const SPACE = 0x20
const TAB = 0x09

/**
 * Where a line's text starts once the Markdown that opens it is left out:
 * indent, quote marks, bullets, heading hashes. An ordered item's number
 * stays: it is the task's marker.
 * `> - ## （一）加强领导`
 *        ^ here
 */
function textStart(line: string, from: number, to: number): number {
  let i = from
  for (;;) {
    while (i < to && (line.charCodeAt(i) === SPACE || line.charCodeAt(i) === TAB)) i++
    const c = line.charCodeAt(i)
    const after = line.charCodeAt(i + 1)
    const spaced = i + 1 >= to || after === SPACE || after === TAB
    if (c === 0x3e) i++
    else if ((c === 0x2d || c === 0x2b || c === 0x2a) && spaced) i++
    else if (c === 0x23) {
      let k = i
      while (k < to && k - i < 6 && line.charCodeAt(k) === 0x23) k++
      if (k < to && line.charCodeAt(k) !== SPACE && line.charCodeAt(k) !== TAB) return i
      i = k
    } else return i
  }
}

/**
 * Read `source[start, end)` as plain lines, without remark: each line's
 * text, its opening Markdown left out (see `textStart`), one line each,
 * copied from the source so that every offset maps back. The guard hands
 * over the pieces that would make remark superlinear; their emphasis and
 * link marks stay in the text.
 *
 * @example
 * ```ts
 * plainLines(builder, '## 一、总体\n> 1. 推进', 0, 16) // '一、总体\n1. 推进\n'
 * ```
 */
export function plainLines(builder: MappedTextBuilder, source: string, start: number, end: number): void {
  let at = start
  while (at < end) {
    let eol = source.indexOf('\n', at)
    if (eol === -1 || eol > end) eol = end
    const textEnd = eol > at && source.charCodeAt(eol - 1) === 0x0d ? eol - 1 : eol
    const from = textStart(source, at, textEnd)
    if (from < textEnd) {
      // With its own line break where it has one: a run of plain lines is then one copy.
      if (eol < source.length && source.charCodeAt(eol) === 0x0a && textEnd === eol) builder.copy(from, eol + 1)
      else {
        builder.copy(from, textEnd)
        builder.replace(textEnd, textEnd, '\n')
      }
    }
    at = eol + 1
  }
}
