/**
 * A text derived from another (Markdown stripped of its syntax, page footers
 * dropped, a flattened body split into lines) that remembers where each of its
 * characters came from. Every stage of normalisation produces one; stages
 * compose, so a position found in the final text maps back to the input as
 * given.
 */
export interface MappedText {
  text: string
  /** Source offset of the boundary before `text[index]`, leaning forward past dropped source text. */
  start(index: number): number
  /** Source offset of the boundary after `text[index - 1]`, leaning back before dropped source text. */
  end(index: number): number
}

interface Segment {
  /** Range in the derived text. */
  from: number
  to: number
  /** Range in the source it stands for. */
  srcStart: number
  srcEnd: number
  /** Copied one-to-one (offsets map linearly) or replaced as a whole. */
  copy: boolean
}

/** A text that is its own source. */
export function identity(text: string): MappedText {
  return { text, start: (i) => i, end: (i) => i }
}

/**
 * Builds a {@link MappedText} piece by piece: copy source ranges, or put
 * replacement text standing for a source range (possibly empty: an insertion).
 * Source text between pieces is dropped.
 */
export class MappedTextBuilder {
  private readonly segments: Segment[] = []
  private parts: string[] = []
  private length = 0

  constructor(private readonly source: string) {}

  copy(srcStart: number, srcEnd: number): this {
    if (srcEnd <= srcStart) return this
    const last = this.segments[this.segments.length - 1]
    // Adjacent copies merge, which keeps the common case (nothing changed) one segment.
    if (last && last.copy && last.srcEnd === srcStart) {
      last.to += srcEnd - srcStart
      last.srcEnd = srcEnd
    } else {
      this.segments.push({ from: this.length, to: this.length + srcEnd - srcStart, srcStart, srcEnd, copy: true })
    }
    this.parts.push(this.source.slice(srcStart, srcEnd))
    this.length += srcEnd - srcStart
    return this
  }

  replace(srcStart: number, srcEnd: number, text: string): this {
    if (text.length === 0) return this
    this.segments.push({ from: this.length, to: this.length + text.length, srcStart, srcEnd, copy: false })
    this.parts.push(text)
    this.length += text.length
    return this
  }

  build(): MappedText {
    const text = this.parts.join('')
    const segments = this.segments
    const only = segments[0]
    if (segments.length === 1 && only && only.copy && only.srcStart === 0 && only.srcEnd === this.source.length) return identity(text)
    return mapped(text, segments)
  }
}

function mapped(text: string, segments: readonly Segment[]): MappedText {
  // Index of the last segment whose `from` is <= index (or < index when `strict`).
  function find(index: number, strict: boolean): number {
    let lo = 0
    let hi = segments.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      const from = (segments[mid] as Segment).from
      if (strict ? from < index : from <= index) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  function start(index: number): number {
    if (segments.length === 0) return 0
    if (index >= text.length) return (segments[segments.length - 1] as Segment).srcEnd
    const s = segments[find(index, false)] as Segment
    return s.copy ? s.srcStart + index - s.from : s.srcStart
  }

  function end(index: number): number {
    if (segments.length === 0) return 0
    if (index <= 0) return (segments[0] as Segment).srcStart
    const s = segments[find(index, true)] as Segment
    return s.copy ? s.srcStart + Math.min(index, s.to) - s.from : s.srcEnd
  }

  return { text, start, end }
}

/** `outer` was derived from `inner.text`; map its offsets all the way to `inner`'s source. */
export function compose(inner: MappedText, outer: MappedText): MappedText {
  return {
    text: outer.text,
    start: (i) => inner.start(outer.start(i)),
    end: (i) => inner.end(outer.end(i)),
  }
}
