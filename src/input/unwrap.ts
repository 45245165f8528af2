import { isSpace } from '../chars.js'
import { sameLine } from '../util/lines.js'
import type { SpanList } from '../util/span-list.js'
import type { Edit } from './edits.js'
import { startsWithMarker } from './flattened.js'
import { visuallyWrapped } from './visual-wrap.js'

/** At least this many lines, and this share of them, must have the wrap width. */
const MIN_WRAPPED = 5
const MIN_SHARE = 0.2
/** Narrower columns are lists or titles, not a wrapped body. */
const MIN_WIDTH = 12
/** Share of lines allowed to run past the width (a long URL, a table row). */
const MAX_LONGER = 0.05

/** Real PDFs wrap by visual width: a line with half-width digits and Latin holds more characters. */
function slack(width: number): number {
  return width + Math.ceil(width / 4)
}

/**
 * The width a PDF export hard-wrapped the text at: the most common line
 * length, when it is common enough that it cannot be chance. `null` for text
 * with one paragraph per line.
 */
export function wrapWidth(text: string, lines: SpanList): number | null {
  const counts = new Map<number, number>()
  for (let i = 0; i < lines.length; i++) {
    const length = lines.end(i) - lines.start(i)
    // A line said again right after itself (`说明说明…` six times over) is no wrap of running text,
    // which does not repeat itself: counted, such lines would make toText's shorter copy of a plan look wrapped.
    if (length >= MIN_WIDTH && !(i > 0 && sameLine(text, lines, i - 1, i))) counts.set(length, (counts.get(length) ?? 0) + 1)
  }
  let width = 0
  let most = 0
  for (const [length, count] of counts) {
    if (count > most || (count === most && length > width)) [width, most] = [length, count]
  }
  if (most < MIN_WRAPPED || most < lines.length * MIN_SHARE) return null
  // Wrapped text has (almost) no line longer than its width: one paragraph
  // per line with many titles of one length is not wrapped.
  let longer = 0
  for (let i = 0; i < lines.length; i++) if (lines.end(i) - lines.start(i) > slack(width)) longer++
  return longer <= lines.length * MAX_LONGER ? width : null
}

/**
 * Join the lines of hard-wrapped text: a line as long as the wrap width goes
 * on in the next line (blank lines and dropped footers between included),
 * unless that line starts a heading or task. Joining here, before the
 * tokenizer, means a wrap right after a `。` inside a task cannot end it.
 *
 * @example
 * ```ts
 * // width 4: '推进修订\n\n条例。' → one line '推进修订条例。'
 * ```
 */
export function findWraps(text: string, lines: SpanList): Edit[] {
  const width = wrapWidth(text, lines)
  // No one length stands out: a column cut at a width that varies a little, if any.
  const full = width === null ? visuallyWrapped(text, lines) : null
  if (width === null && full === null) return []
  const edits: Edit[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const length = lines.end(i) - lines.start(i)
    if (width !== null ? length < width - 1 || length > slack(width) : !full?.has(i)) continue
    if (startsWithMarker(text, lines.start(i + 1), lines.end(i + 1))) continue
    // Only the break goes: a space the wrap fell on (`2022 年`) is the writer's.
    let from = lines.end(i)
    while (isSpace(text[from])) from++
    let to = lines.start(i + 1)
    while (to > from && isSpace(text[to - 1])) to--
    edits.push({ start: from, end: to, text: '' })
  }
  return edits
}
