/** How much of two texts {@link changedOffsets} compares natively at a time. */
const CHUNK = 1024

/**
 * Offsets where two texts of the same length differ, in order. Equal chunks
 * are passed over by a native comparison: a plan with one converted 意見 is
 * one chunk read character by character, not a megabyte.
 */
export function changedOffsets(source: string, original: string): number[] {
  const changed: number[] = []
  for (let from = 0; from < source.length; from += CHUNK) {
    const to = Math.min(from + CHUNK, source.length)
    if (source.slice(from, to) === original.slice(from, to)) continue
    for (let i = from; i < to; i++) if (source.charCodeAt(i) !== original.charCodeAt(i)) changed.push(i)
  }
  return changed
}
