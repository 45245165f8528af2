/** A stretch of a text, as offsets into it. */
export interface Span {
  /** Offset of the first character. */
  start: number
  /** Offset just past the last character. */
  end: number
}

/** Spans a list holds in its first array before it adds chunks (a power of two). */
const HEAD_MAX = 4096
/** Spans in each chunk after the first array: `CHUNK` spans exactly, found by shift and mask. */
const CHUNK_BITS = 12
const CHUNK = 1 << CHUNK_BITS

/**
 * Spans of a text (a text's lines, an open unit's lines) kept flat, start and
 * end after each other, in `Int32Array`s: eight bytes a span, where an array
 * of `{ start, end }` objects takes about 48 (a plan of 500,000 one-character
 * lines held 24 MB of line objects, 24× its size, and as much again in the
 * tokenizer's and tree builder's copies).
 *
 * The first array doubles as it fills, up to {@link HEAD_MAX} spans; past
 * that, spans go into chunks of {@link CHUNK} added as needed, never copied:
 * a list that grew by doubling would leave every copy it outgrew in memory
 * until the next full collection (a heading's body of 80,000 lines left 1 MB).
 * A list made at its size (`new SpanList(n)`, as `splitLines` does) is one array.
 *
 * @example
 * ```ts
 * const list = new SpanList()
 * list.push(0, 4)
 * list.push(5, 9)
 * list.length   // 2
 * list.end(1)   // 9
 * ```
 */
export class SpanList {
  /** The first spans, `[start0, end0, start1, …]`. */
  private head: Int32Array
  /** How many spans `head` holds: all of them, until chunks are added. */
  private headCount = 0
  /** The spans past the first array, {@link CHUNK} a chunk; `null` while there are none. */
  private chunks: Int32Array[] | null = null
  private count = 0

  /** An empty list with room for `capacity` spans in its first array. */
  constructor(capacity = 2) {
    this.head = new Int32Array(2 * Math.max(1, capacity))
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
    if (this.chunks === null) {
      const k = 2 * this.count
      if (k < this.head.length) {
        this.head[k] = start
        this.head[k + 1] = end
        this.headCount = ++this.count
        return
      }
      if (this.count < HEAD_MAX) {
        const grown = new Int32Array(2 * Math.min(HEAD_MAX, 2 * this.count))
        grown.set(this.head)
        this.head = grown
        this.push(start, end)
        return
      }
      this.chunks = []
    }
    const k = this.count - this.headCount
    if ((k & (CHUNK - 1)) === 0) this.chunks.push(new Int32Array(2 * CHUNK))
    const chunk = this.chunks[k >> CHUNK_BITS] as Int32Array
    const at = 2 * (k & (CHUNK - 1))
    chunk[at] = start
    chunk[at + 1] = end
    this.count++
  }

  /** Start of span `k` (`0 ≤ k < length`). */
  start(k: number): number {
    if (k < this.headCount) return this.head[2 * k] as number
    const i = k - this.headCount
    return (this.chunks as Int32Array[])[i >> CHUNK_BITS]![2 * (i & (CHUNK - 1))] as number
  }

  /** End of span `k` (`0 ≤ k < length`). */
  end(k: number): number {
    if (k < this.headCount) return this.head[2 * k + 1] as number
    const i = k - this.headCount
    return (this.chunks as Int32Array[])[i >> CHUNK_BITS]![2 * (i & (CHUNK - 1)) + 1] as number
  }

  /** Span `k` as an object of its own (a copy), or `undefined` past either end. */
  at(k: number): Span | undefined {
    return k >= 0 && k < this.count ? { start: this.start(k), end: this.end(k) } : undefined
  }

  /** Every span as an object: for tests and rare paths, never per line on a hot one. */
  toArray(): Span[] {
    const out: Span[] = []
    for (let k = 0; k < this.count; k++) out.push({ start: this.start(k), end: this.end(k) })
    return out
  }

  /** Give back the room the first array does not use (a list that is done growing and will be kept a while). */
  fit(): this {
    if (this.chunks === null && this.head.length > 2 * this.count) this.head = this.head.slice(0, 2 * Math.max(1, this.count))
    return this
  }
}
