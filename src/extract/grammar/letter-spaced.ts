/**
 * A note that a PDF justified by spacing out every character
 * (`（ 市 农 业 农 村 局 负 责 ）`) is read with those spaces taken out, and
 * every index of what it says is mapped back to the text as written.
 */
import type { NoteParts, TextSpan } from './types.js'

const SPACE = 0x20
const IDEOGRAPHIC_SPACE = 0x3000
const isGap = (c: number) => c === SPACE || c === IDEOGRAPHIC_SPACE

/** At least this many characters spaced out, and four times as many as written close. */
const MIN_SPACED = 4

/** The text with its single spaces between characters taken out, and where each of its characters stands in `text`. */
export interface Compacted {
  text: string
  /** `at[k]`: the index in the text as written of the compact text's `k`-th character; `at[length]` its end. */
  at: Int32Array
}

/**
 * `text` without the spaces that part each of its characters, when most of
 * its characters are so parted; `null` for text written as usual (most notes
 * have no space at all, and return at once).
 *
 * @example
 * ```ts
 * compactLetterSpaced('市 农 业 农 村 局 负 责')?.text // '市农业农村局负责'
 * compactLetterSpaced('县住建局 县财政局负责')          // null
 * ```
 */
export function compactLetterSpaced(text: string): Compacted | null {
  if (text.indexOf(' ') < 0 && text.indexOf('\u3000') < 0) return null
  let spaced = 0
  let close = 0
  for (let i = 0; i + 1 < text.length; i++) {
    if (isGap(text.charCodeAt(i))) continue
    if (!isGap(text.charCodeAt(i + 1))) close++
    else if (i + 2 < text.length && !isGap(text.charCodeAt(i + 2))) spaced++
  }
  if (spaced < MIN_SPACED || spaced < 4 * close) return null
  const kept: number[] = []
  for (let i = 0; i < text.length; i++) {
    // A single space between two characters goes; runs of spaces and spaces at either end stay.
    const single = isGap(text.charCodeAt(i)) && i > 0 && i + 1 < text.length && !isGap(text.charCodeAt(i - 1)) && !isGap(text.charCodeAt(i + 1))
    if (!single) kept.push(i)
  }
  const at = new Int32Array(kept.length + 1)
  at.set(kept)
  at[kept.length] = text.length
  return { text: kept.map((i) => text[i]).join(''), at }
}

/** `parts`, read from `compact.text`, with its indexes into the text as written, and its clauses' text as written. */
export function mapParts(parts: NoteParts, compact: Compacted, written: string): NoteParts {
  const { at } = compact
  const start = (k: number) => at[k] as number
  const end = (k: number) => (k === 0 ? 0 : (at[k - 1] as number) + 1)
  const span = <T extends TextSpan>(s: T): T => ({ ...s, text: written.slice(start(s.start), end(s.end)), start: start(s.start), end: end(s.end) })
  const mapped: NoteParts = {
    ...parts,
    departments: parts.departments.map((d) => ({ ...d, start: start(d.start), end: end(d.end) })),
    clauses: parts.clauses.map(span),
  }
  if (parts.openTail) mapped.openTail = span(parts.openTail)
  if (parts.deadline) mapped.deadline = span(parts.deadline)
  if (parts.rule) mapped.rule = span(parts.rule)
  return mapped
}
