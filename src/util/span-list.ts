/** A stretch of a text, as offsets into it. */
export interface Span {
  /** Offset of the first character. */
  start: number
  /** Offset just past the last character. */
  end: number
}

/**
 * Spans of a text (a text's lines, an open unit's lines) kept flat, start and
 * end after each other, in an `Int32Array` that doubles as it fills: eight
 * bytes a span, where an array of `{ start, end }` objects takes about 48 (a
 * plan of 500,000 one-character lines held 24 MB of line objects, 24× its
 * size, and as much again in the tokenizer's and tree builder's copies).
 *
 * @example
 * ```ts
 * const list = new SpanList()
 * list.push(0, 4)
 * list.push(5, 9)
 * list.length   // 2
 * list.end(1)   // 9
 * list.flat()   // Int32Array [0, 4, 5, 9]
 * ```
 */
export class SpanList {
  private pairs: Int32Array
  private count = 0

  /** An empty list with room for `capacity` spans before it first grows. */
  constructor(capacity = 2) {
    this.pairs = new Int32Array(2 * Math.max(1, capacity))
  }

  /** A list of the given spans, in order. */
  static of(...spans: readonly Span[]): SpanList {
    const list = new SpanList(spans.length)
    for (const { start, end } of spans) list.push(start, end)
    return list
  }

  /** How many spans. */
  get length(): number {
    return this.count
  }

  push(start: number, end: number): void {
    const k = 2 * this.count
    if (k === this.pairs.length) {
      const grown = new Int32Array(2 * k)
      grown.set(this.pairs)
      this.pairs = grown
    }
    this.pairs[k] = start
    this.pairs[k + 1] = end
    this.count++
  }

  /** Start of span `k` (`0 ≤ k < length`). */
  start(k: number): number {
    return this.pairs[2 * k] as number
  }

  /** End of span `k` (`0 ≤ k < length`). */
  end(k: number): number {
    return this.pairs[2 * k + 1] as number
  }

  /** Span `k` as an object of its own (a copy), or `undefined` past either end. */
  at(k: number): Span | undefined {
    return k >= 0 && k < this.count ? { start: this.pairs[2 * k] as number, end: this.pairs[2 * k + 1] as number } : undefined
  }

  /** Every span as an object: for tests and rare paths, never per line on a hot one. */
  toArray(): Span[] {
    const out: Span[] = []
    for (let k = 0; k < this.count; k++) out.push({ start: this.start(k), end: this.end(k) })
    return out
  }

  /** The spans as one flat view, `[start0, end0, start1, …]`, sharing the list's memory. */
  flat(): Int32Array {
    return this.pairs.subarray(0, 2 * this.count)
  }

  /** Give back the room not used (a list that is done growing and will be kept a while). */
  fit(): this {
    if (this.pairs.length > 2 * this.count) this.pairs = this.pairs.slice(0, 2 * Math.max(1, this.count))
    return this
  }
}
