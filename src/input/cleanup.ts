import { splitLines } from '../util/lines.js'
import type { MappedText } from '../util/mapped-text.js'
import { applyEdits, type Edit } from './edits.js'
import { findFlattened } from './flattened.js'
import { findFooters } from './footers.js'
import { findPinyin } from './pinyin.js'
import { findWraps } from './unwrap.js'

/** A stretch of the text removed by clean-up, as offsets into the text cleaned. */
export interface Dropped {
  start: number
  end: number
  kind: 'page-footer' | 'pinyin'
}

export interface Cleaned {
  mapped: MappedText
  dropped: Dropped[]
}

/**
 * Undo what web and PDF copies do to a plan, with a map back to the text as
 * given: drop page footers and injected pinyin, join hard-wrapped lines, split
 * a body flattened onto one line. Text that needs none of it comes back as is
 * (identity map) after one scan of its lines.
 */
export function cleanUp(text: string): Cleaned {
  const lines = splitLines(text)
  const footers = findFooters(text, lines)
  const footerStarts = new Set(footers.map((f) => f.start))
  const body = footers.length > 0 ? lines.filter((l) => !footerStarts.has(l.start)) : lines
  const pinyin = findPinyin(text)
  const edits: Edit[] = [
    ...footers.map((f) => ({ start: f.start, end: f.end, text: '' })),
    ...findWraps(text, body),
    ...findFlattened(text, body),
    ...pinyin,
  ]
  const dropped: Dropped[] = [
    ...footers.map((f) => ({ start: f.start, end: f.end, kind: 'page-footer' as const })),
    ...pinyin.map((p) => ({ start: p.start, end: p.end, kind: 'pinyin' as const })),
  ]
  return { mapped: applyEdits(text, edits), dropped }
}
