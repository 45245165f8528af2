/**
 * Text glued together from several spans of a source (a task broken across a
 * page break), remembering where each character came from so positions found
 * in the glued text map back to offsets in the source.
 */
export interface JoinedText {
  text: string
  /** Source offset of the character at `index`; `index === text.length` maps to the end of the last span. */
  offsetAt(index: number): number
}

interface Piece {
  from: number
  src: number
  length: number
}

const ASCII_WORD = /[0-9A-Za-z]/

/**
 * Glue `spans` of `source` into one text with an offset map back to `source`.
 *
 * @example
 * ```ts
 * const joined = joinSpans('推进\n立法。', [{ start: 0, end: 2 }, { start: 3, end: 6 }])
 * joined.text        // '推进立法。'
 * joined.offsetAt(2) // 3
 * ```
 */
export function joinSpans(source: string, spans: ReadonlyArray<{ start: number; end: number }>): JoinedText {
  // Most tasks are one line: a slice, and offsets shifted (what the general case computes for one piece).
  if (spans.length === 1) {
    const { start, end } = spans[0] as { start: number; end: number }
    const text = source.slice(start, end)
    const length = text.length
    return { text, offsetAt: (index) => start + Math.min(index, length) }
  }
  const pieces: Piece[] = []
  // Parts are joined once at the end: reading the last character of a string
  // grown by `+=` flattens it each time, which made long tasks quadratic.
  const parts: string[] = []
  let length = 0
  let lastChar = ''
  for (const span of spans) {
    const part = source.slice(span.start, span.end)
    // Chinese needs no space at a line join; two Latin words do.
    if (length > 0 && ASCII_WORD.test(lastChar) && ASCII_WORD.test(part[0] ?? '')) {
      parts.push(' ')
      length++
    }
    pieces.push({ from: length, src: span.start, length: part.length })
    parts.push(part)
    length += part.length
    if (part.length > 0) lastChar = part[part.length - 1] as string
  }
  const text = parts.join('')

  // Binary search: a task glued from many lines asks for several offsets.
  function offsetAt(index: number): number {
    if (pieces.length === 0) return 0
    let lo = 0
    let hi = pieces.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((pieces[mid] as Piece).from <= index) lo = mid
      else hi = mid - 1
    }
    const piece = pieces[lo] as Piece
    return piece.src + Math.min(index - piece.from, piece.length)
  }

  return { text, offsetAt }
}
