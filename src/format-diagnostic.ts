import type { Diagnostic } from './types.js'

/** Characters shown before and after the spot on its line; long lines are cut with `…`. */
const BEFORE = 30
const AFTER = 50
/** How far to look for the ends of a context line before giving up and cutting it. */
const SCAN = 200

function isBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029
}

/** Terminal columns a character takes: CJK and full-width forms take two. */
function width(code: number): number {
  if (code < 0x1100) return 1
  const wide =
    code <= 0x115f ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    // A surrogate pair is drawn as one character, mostly CJK extension B and on.
    (code >= 0xd800 && code <= 0xdbff)
  return wide ? 2 : code >= 0xdc00 && code <= 0xdfff ? 0 : 1
}

/** Text of `source[from, to)` as drawn in a frame: tabs and control characters become one space. */
function draw(source: string, from: number, to: number): { text: string; columns: number } {
  let text = ''
  let columns = 0
  for (let i = from; i < to; i++) {
    const code = source.charCodeAt(i)
    text += code < 0x20 || code === 0x7f ? ' ' : source[i]
    columns += width(code)
  }
  return { text, columns }
}

/** Ends of the line holding `offset`, looking at most `SCAN` characters (plus the window) each way. */
function lineAround(source: string, offset: number): { start: number; end: number } {
  let start = offset
  while (start > 0 && offset - start < SCAN + BEFORE && !isBreak(source.charCodeAt(start - 1))) start--
  let end = offset
  while (end < source.length && end - offset < SCAN + AFTER && !isBreak(source.charCodeAt(end))) end++
  return { start, end }
}

/** One line of the frame, cut to the window around `focus`, and the columns drawn before `focus`. */
function frameLine(source: string, line: { start: number; end: number }, focus: number): { text: string; columnsBefore: number } {
  const from = Math.max(line.start, focus - BEFORE)
  const to = Math.min(line.end, focus + AFTER)
  const head = from > 0 && !isBreak(source.charCodeAt(from - 1)) ? '…' : ''
  const tail = to < source.length && !isBreak(source.charCodeAt(to)) ? '…' : ''
  return { text: head + draw(source, from, to).text + tail, columnsBefore: head.length + draw(source, from, focus).columns }
}

/**
 * Print a diagnostic the way compilers do: place, severity, rule and reason,
 * then the line it points at between its neighbours, with carets under the
 * spot. CJK characters count as two columns so the carets line up in a
 * terminal; long lines are cut around the spot.
 *
 * @param source The text that was parsed (the diagnostic's offsets point into it).
 * @param file Optional file name to prefix the place with.
 * @example
 * ```ts
 * const text = '一、总体要求\n1. 加强领导'
 * const [d] = parsePlan(text).diagnostics
 * console.log(formatDiagnostic(d, text))
 * // 2:1 error missing-responsibility Task 1 has no responsibility note (e.g. “（知识产权局负责）”)
 * //   1 | 一、总体要求
 * // > 2 | 1. 加强领导
 * //     | ^^^^^^^^^^^
 * ```
 */
export function formatDiagnostic(diagnostic: Diagnostic, source: string, file?: string): string {
  const { start, end } = diagnostic.place
  const header = `${file ? `${file}:` : ''}${start.line}:${start.column} ${diagnostic.severity} ${diagnostic.ruleId} ${diagnostic.reason}`
  const at = Math.min(Math.max(start.offset, 0), source.length)
  const line = lineAround(source, at)
  const gutter = String(start.line + 1).length
  const number = (n: number, mark: string) => `${mark} ${String(n).padStart(gutter)} | `
  const out = [header]

  if (line.start > 0 && isBreak(source.charCodeAt(line.start - 1))) {
    const prev = lineAround(source, line.start - (source[line.start - 1] === '\n' && source[line.start - 2] === '\r' ? 2 : 1))
    out.push(number(start.line - 1, ' ') + frameLine(source, prev, prev.start).text)
  }
  const shown = frameLine(source, line, at)
  out.push(number(start.line, '>') + shown.text)
  // Carets from the spot to the end of the place, or of the shown line if the place runs on.
  const caretEnd = Math.min(Math.max(end.offset, at + 1), line.end, at + AFTER)
  const carets = Math.max(1, draw(source, at, caretEnd).columns)
  out.push(`${' '.repeat(gutter + 2)} | ${' '.repeat(shown.columnsBefore)}${'^'.repeat(carets)}`)
  if (line.end < source.length && isBreak(source.charCodeAt(line.end))) {
    const next = lineAround(source, line.end + (source[line.end] === '\r' && source[line.end + 1] === '\n' ? 2 : 1))
    // The empty "line" after a final line break is no context.
    if (next.start < source.length) out.push(number(start.line + 1, ' ') + frameLine(source, next, next.start).text)
  }
  return out.join('\n')
}
