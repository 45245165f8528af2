import type { SpanList } from './span-list.js'

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

const ASCII_WORD = /[0-9A-Za-z]/

/** How many parts {@link joinSpans} joins at a time. */
const CHUNK = 1024

/**
 * A {@link JoinedText} as an object with a method, not a closure per text:
 * the tree builder joins the own paragraph of every unit of a plan. The
 * pieces are kept flat, three numbers each (index in the text, offset in the
 * source, length), in an Int32Array (four bytes a number, where an array
 * takes eight); `null` for one span, where `start` and `length` say it all.
 */
class Joined implements JoinedText {
  constructor(
    readonly text: string,
    private readonly start: number,
    private readonly length: number,
    private readonly pieces: Int32Array | null,
  ) {}

  offsetAt(index: number): number {
    const { pieces } = this
    if (pieces === null) return this.start + Math.min(index, this.length)
    if (pieces.length === 0) return 0
    // Binary search: a task glued from many lines asks for several offsets.
    let lo = 0
    let hi = pieces.length / 3 - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((pieces[mid * 3] as number) <= index) lo = mid
      else hi = mid - 1
    }
    const k = lo * 3
    return (pieces[k + 1] as number) + Math.min(index - (pieces[k] as number), pieces[k + 2] as number)
  }
}

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
  return join(source, spans, spans.length, false, false)
}

/**
 * {@link joinSpans} for spans kept flat in a {@link SpanList}: an open unit
 * keeps its lines so, two numbers a line where a `{ start, end }` object
 * takes five words.
 *
 * @example
 * ```ts
 * joinPairs('推进\n立法。', SpanList.of({ start: 0, end: 2 }, { start: 3, end: 6 })).text // '推进立法。'
 * ```
 */
export function joinPairs(source: string, spans: SpanList, options: { copy?: boolean } = {}): JoinedText {
  return join(source, spans, spans.length, true, options.copy === true)
}

/**
 * `text` in a string of its own. A slice of a long string keeps the whole
 * string it was cut from alive (V8 makes it a view); a copy keeps only
 * itself. What the tree keeps of a text it must not hold on to (the
 * converted copy of an input) is copied. Short strings are copies already.
 *
 * @example
 * ```ts
 * copyOf(converted.slice(100, 300)) === converted.slice(100, 300) // true, and `converted` may go
 * ```
 */
export function copyOf(text: string): string {
  // Concatenation makes a pair; slicing the pair flattens it into a new string of its own.
  return text.length < 13 ? text : (` ${text}`).slice(1)
}

type Spans = SpanList | ReadonlyArray<{ start: number; end: number }>

/**
 * Both joins: `flat` says how `spans` holds its `count` spans (read in place: no copy of a long list).
 * `copy`: the text is a string of its own, not a slice of `source` (see `copyOf`); a text of
 * several spans is one anyway, as `join('')` makes one.
 */
function join(source: string, spans: Spans, count: number, flat: boolean, copy: boolean): JoinedText {
  const pairs = spans as SpanList
  const objects = spans as ReadonlyArray<{ start: number; end: number }>
  // Most tasks are one line: a slice, and offsets shifted (what the general case computes for one piece).
  if (count === 1) {
    const start = flat ? pairs.start(0) : objects[0]!.start
    const slice = source.slice(start, flat ? pairs.end(0) : objects[0]!.end)
    const text = copy ? copyOf(slice) : slice
    return new Joined(text, start, text.length, null)
  }
  const pieces = new Int32Array(count * 3)
  // Parts are joined once at the end: reading the last character of a string
  // grown by `+=` flattens it each time, which made long tasks quadratic.
  // Every CHUNK parts are joined into one string as they come: a task of a
  // million lines then never holds a million little strings at once.
  const chunks: string[] = []
  let parts: string[] = []
  let length = 0
  let lastChar = ''
  let k = 0
  for (let i = 0; i < count; i++) {
    const start = flat ? pairs.start(i) : objects[i]!.start
    const part = source.slice(start, flat ? pairs.end(i) : objects[i]!.end)
    // Chinese needs no space at a line join; two Latin words do.
    if (length > 0 && ASCII_WORD.test(lastChar) && ASCII_WORD.test(part[0] ?? '')) {
      parts.push(' ')
      length++
    }
    pieces[k++] = length
    pieces[k++] = start
    pieces[k++] = part.length
    parts.push(part)
    length += part.length
    if (part.length > 0) lastChar = part[part.length - 1] as string
    if (parts.length >= CHUNK) {
      chunks.push(parts.join(''))
      parts = []
    }
  }
  chunks.push(parts.join(''))
  return new Joined(chunks.length === 1 ? (chunks[0] as string) : chunks.join(''), 0, 0, pieces)
}
