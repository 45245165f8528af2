import { SENTENCE_END, charIs } from '../chars.js'
import type { SpanList } from '../util/span-list.js'

/** At least this many cut lines, and this share of all lines, must reach the wrap width. */
const MIN_WRAPPED = 5
const MIN_SHARE = 0.2
/** Narrower columns (in half-width units) are lists, titles or tables, not a wrapped body. */
const MIN_WIDTH = 50
/** Share of lines allowed to run past the width (a long URL, a table row). */
const MAX_LONGER = 0.05

/**
 * A line's width as a page shows it, in half-width units: ASCII letters,
 * digits, spaces and `.%-/` take one, everything else (Han characters, and
 * brackets and commas that a copy may have turned from full width into
 * ASCII) takes two.
 */
export function visualWidth(text: string, start: number, end: number): number {
  let width = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    const narrow = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x20 || c === 0x2e || c === 0x25 || c === 0x2d || c === 0x2f
    width += narrow ? 1 : 2
  }
  return width
}

/** How far under the wrap width a full line may fall: a PDF wraps before a character that does not fit. */
const tolerance = (width: number) => Math.ceil(width / 10)

/**
 * A PDF column whose lines were cut at a width that varies a little (a copy
 * that turned full-width punctuation into ASCII, half-width digits): the
 * widest band of lines that end mid-sentence, all within a tenth of one
 * width, when it is common enough that it cannot be chance and (almost) no
 * line is wider. Returns the lines to join with the next one (their indexes in `lines`), or `null`.
 * Used when no one exact length stands out (see `wrapWidth`).
 *
 * @example
 * ```ts
 * // eight lines of 80–88 half-width units, each cut mid-word, in 22: those eight
 * ```
 */
export function visuallyWrapped(text: string, lines: SpanList): Set<number> | null {
  // Only lines cut mid-sentence can be wraps: most texts have too few to look further.
  const cut: number[] = []
  for (let k = 0; k < lines.length; k++) if (lines.end(k) - lines.start(k) >= MIN_WIDTH / 2 && !charIs(text.charCodeAt(lines.end(k) - 1), SENTENCE_END)) cut.push(k)
  if (cut.length < MIN_WRAPPED || cut.length < lines.length * MIN_SHARE) return null
  const widths = cut.map((k) => visualWidth(text, lines.start(k), lines.end(k))).sort((a, b) => a - b)
  // The band (w − tolerance, w] holding the most cut lines; ties go to the wider.
  let best = 0
  let width = 0
  for (let hi = 0, lo = 0; hi < widths.length; hi++) {
    const w = widths[hi] as number
    while ((widths[lo] as number) <= w - tolerance(w)) lo++
    if (hi - lo + 1 >= best) [best, width] = [hi - lo + 1, w]
  }
  if (width < MIN_WIDTH || best < MIN_WRAPPED || best < lines.length * MIN_SHARE) return null
  let wider = 0
  for (let k = 0; k < lines.length; k++) if (2 * (lines.end(k) - lines.start(k)) > width + tolerance(width) && visualWidth(text, lines.start(k), lines.end(k)) > width + tolerance(width)) wider++
  if (wider > lines.length * MAX_LONGER) return null
  const full = new Set<number>()
  for (const k of cut) if (visualWidth(text, lines.start(k), lines.end(k)) > width - tolerance(width)) full.add(k)
  return full
}
