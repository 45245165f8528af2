import { type MappedText, MappedTextBuilder, identity } from '../util/mapped-text.js'

/** Replace `source[start, end)` with `text` (empty: drop it; empty range: insert). */
export interface Edit {
  start: number
  end: number
  text: string
}

/**
 * Apply edits to a text, keeping the map back to it. Edits are taken in order
 * of their start; one that starts inside an edit already applied is covered by
 * it (a page footer inside the break joined by an unwrap) and skipped.
 */
export function applyEdits(source: string, edits: Edit[]): MappedText {
  if (edits.length === 0) return identity(source)
  edits.sort((a, b) => a.start - b.start || b.end - a.end)
  const builder = new MappedTextBuilder(source)
  let cursor = 0
  for (const edit of edits) {
    if (edit.start < cursor) continue
    builder.copy(cursor, edit.start)
    builder.replace(edit.start, edit.end, edit.text)
    cursor = edit.end
  }
  builder.copy(cursor, source.length)
  return builder.build()
}
