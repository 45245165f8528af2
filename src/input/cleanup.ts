import { splitLines } from '../util/lines.js'
import type { SpanList } from '../util/span-list.js'
import { type MappedText, compose } from '../util/mapped-text.js'
import { applyEdits } from './edits.js'
import { findFlattened } from './flattened.js'
import { findFooters, findRunningHeaders } from './footers.js'
import { findPinyin } from './pinyin.js'
import { findWraps } from './unwrap.js'
import { tableRanges } from '../table/block.js'

/** A stretch of the text removed by clean-up, as offsets into the text cleaned. */
export interface Dropped {
  start: number
  end: number
  kind: 'page-footer' | 'page-header' | 'pinyin'
}

export interface Cleaned {
  mapped: MappedText
  dropped: Dropped[]
  /** The lines of `mapped.text` when clean-up changed nothing (they were split already), else `null`. */
  lines: SpanList | null
}

/**
 * Undo what web and PDF copies do to a plan, with a map back to the text as
 * given. First drop page footers and injected pinyin (a marker can carry
 * pinyin too: `（二(èr)）`); then, on what is left, join hard-wrapped lines
 * and split a body flattened onto one line. Text that needs none of it comes
 * back as is (identity map) after a scan of its lines.
 */
export function cleanUp(text: string): Cleaned {
  const lines = splitLines(text)
  const footers = findFooters(text, lines)
  const headers = findRunningHeaders(text, lines, footers)
  const pinyin = findPinyin(text)
  const dropped: Dropped[] = [
    ...footers.map((f) => ({ start: f.start, end: f.end, kind: 'page-footer' as const })),
    ...headers.map((h) => ({ start: h.start, end: h.end, kind: 'page-header' as const })),
    ...pinyin.map((p) => ({ start: p.start, end: p.end, kind: 'pinyin' as const })),
  ]
  const furniture = [...footers, ...headers].sort((a, b) => a.start - b.start)
  const first = dropped.length === 0 ? null : applyEdits(text, [...furniture.map((f) => ({ start: f.start, end: f.end, text: '' })), ...pinyin])
  const rest = first ? first.text : text
  const restLines = first ? splitLines(rest) : lines
  const found = [...findWraps(rest, restLines), ...findFlattened(rest, restLines)]
  // Task tables stay as written: no edit touches one, nor joins a line to it.
  const tables = found.length > 0 ? tableRanges(rest, restLines) : []
  const edits = tables.length === 0 ? found : found.filter((e) => !tables.some((t) => e.start <= t.end && e.end >= t.start))
  const second = applyEdits(rest, edits)
  return { mapped: first ? compose(first, second) : second, dropped, lines: edits.length === 0 ? restLines : null }
}
