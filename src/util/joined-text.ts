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

export function joinSpans(source: string, spans: ReadonlyArray<{ start: number; end: number }>): JoinedText {
  const pieces: Piece[] = []
  let text = ''
  for (const span of spans) {
    const part = source.slice(span.start, span.end)
    // Chinese needs no space at a line join; two Latin words do.
    if (text.length > 0 && ASCII_WORD.test(text[text.length - 1] as string) && ASCII_WORD.test(part[0] ?? '')) text += ' '
    pieces.push({ from: text.length, src: span.start, length: part.length })
    text += part
  }

  function offsetAt(index: number): number {
    if (pieces.length === 0) return 0
    let piece = pieces[0] as Piece
    for (const p of pieces) {
      if (p.from > index) break
      piece = p
    }
    return piece.src + Math.min(index - piece.from, piece.length)
  }

  return { text, offsetAt }
}
