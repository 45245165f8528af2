/** Below this many characters a chunk is not cut again: parsing has a fixed cost per call. */
const MIN_CHUNK = 4000

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const HEADING = /^#{1,6}(?:[ \t]|$)/

/**
 * Cut a Markdown document before top-level ATX headings into pieces that
 * parse to the same blocks one by one. remark-parse slows down more than
 * linearly on long documents; chapter-sized pieces keep it linear. No cut is
 * made inside a fenced code block; a heading ends any list or paragraph, so
 * no block spans a cut.
 *
 * @example
 * ```ts
 * markdownChunks('## 一、甲\n…\n## 二、乙\n…') // [0, <offset of '## 二、乙'>] once the first piece is long enough
 * ```
 * @returns the offsets at which the pieces start (the first is 0).
 */
export function markdownChunks(source: string): number[] {
  const starts = [0]
  let fence: string | null = null
  let offset = 0
  while (offset < source.length) {
    let next = source.indexOf('\n', offset)
    if (next === -1) next = source.length
    const line = source.slice(offset, next)
    const marker = FENCE.exec(line)?.[1]
    if (fence !== null) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = null
    } else if (marker !== undefined) {
      fence = marker
    } else if (HEADING.test(line) && offset - (starts[starts.length - 1] as number) >= MIN_CHUNK) {
      starts.push(offset)
    }
    offset = next + 1
  }
  return starts
}
