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

/** A growable array of 32-bit integers: four bytes an entry, where an array of objects costs some sixty. */
class IntList {
  data = new Int32Array(16)
  length = 0

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length++] = value
  }

  /** The entries, in an array no longer than they need. */
  trim(): Int32Array {
    return this.data.slice(0, this.length)
  }
}

/**
 * The segments of a mapped text, column by column: segment `k` covers
 * `[from[k], from[k + 1])` of the derived text (the last one up to its end)
 * and stands for `[srcStart[k], srcEnd[k])` of the source, copied one to
 * one (`copy[k]` is 1: offsets map linearly) or replaced as a whole.
 * Columns, not an object per segment: a document of millions of short
 * lines has millions of segments.
 */
interface Segments {
  from: Int32Array
  srcStart: Int32Array
  srcEnd: Int32Array
  copy: Uint8Array
}

/** A text that is its own source. */
export function identity(text: string): MappedText {
  return { text, start: (i) => i, end: (i) => i }
}

/**
 * Builds a {@link MappedText} piece by piece: copy source ranges, or put
 * replacement text standing for a source range (possibly empty: an insertion).
 * Source text between pieces is dropped. Copies are sliced from the source
 * only when the text is built, one slice per run of adjacent copies: a
 * document of millions of short lines copied line by line holds no string
 * per line.
 */
export class MappedTextBuilder {
  private readonly from = new IntList()
  private readonly srcStart = new IntList()
  private readonly srcEnd = new IntList()
  private readonly isCopy = new IntList()
  /** The replacement texts, in order (copies have none). */
  private readonly texts: string[] = []
  private length = 0

  constructor(private readonly source: string) {}

  copy(srcStart: number, srcEnd: number): this {
    if (srcEnd <= srcStart) return this
    const last = this.from.length - 1
    // Adjacent copies merge, which keeps the common case (nothing changed) one segment.
    if (last >= 0 && this.isCopy.data[last] === 1 && this.srcEnd.data[last] === srcStart) {
      this.srcEnd.data[last] = srcEnd
    } else {
      this.push(srcStart, srcEnd, 1)
    }
    this.length += srcEnd - srcStart
    return this
  }

  replace(srcStart: number, srcEnd: number, text: string): this {
    if (text.length === 0) return this
    this.push(srcStart, srcEnd, 0)
    this.texts.push(text)
    this.length += text.length
    return this
  }

  private push(srcStart: number, srcEnd: number, copy: number): void {
    this.from.push(this.length)
    this.srcStart.push(srcStart)
    this.srcEnd.push(srcEnd)
    this.isCopy.push(copy)
  }

  build(): MappedText {
    const n = this.from.length
    const srcStart = this.srcStart.trim()
    const srcEnd = this.srcEnd.trim()
    const copy = Uint8Array.from(this.isCopy.trim())
    if (n === 1 && copy[0] === 1 && srcStart[0] === 0 && srcEnd[0] === this.source.length) return identity(this.source)
    const parts: string[] = []
    let t = 0
    for (let k = 0; k < n; k++) parts.push(copy[k] === 1 ? this.source.slice(srcStart[k], srcEnd[k]) : (this.texts[t++] as string))
    return mapped(parts.join(''), { from: this.from.trim(), srcStart, srcEnd, copy })
  }
}

function mapped(text: string, segments: Segments): MappedText {
  const { from, srcStart, srcEnd, copy } = segments
  const n = from.length
  // Index of the last segment whose `from` is <= index (or < index when `strict`).
  function find(index: number, strict: boolean): number {
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      const f = from[mid] as number
      if (strict ? f < index : f <= index) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  function start(index: number): number {
    if (n === 0) return 0
    if (index >= text.length) return srcEnd[n - 1] as number
    const k = find(index, false)
    return copy[k] === 1 ? (srcStart[k] as number) + index - (from[k] as number) : (srcStart[k] as number)
  }

  function end(index: number): number {
    if (n === 0) return 0
    if (index <= 0) return srcStart[0] as number
    const k = find(index, true)
    const to = k + 1 < n ? (from[k + 1] as number) : text.length
    return copy[k] === 1 ? (srcStart[k] as number) + Math.min(index, to) - (from[k] as number) : (srcEnd[k] as number)
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
