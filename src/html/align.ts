import type { MappedTextBuilder } from '../util/mapped-text.js'

const AMP = 0x26 // &
const HASH = 0x23 // #
const SEMI = 0x3b // ;
const CR = 0x0d
const NUL = 0x00

/** How far past a reference its text is compared to decide where the reference ends. */
const WINDOW = 16
/** The longest named reference (`&CounterClockwiseContourIntegral;` is 33). */
const MAX_NAME = 32

const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
const isDec = (c: number): boolean => c >= 0x30 && c <= 0x39

/**
 * Do `source` from `a` and `value` from `b` agree as far as the source reads
 * as it is (up to its next `&`, CR or NUL, at most {@link WINDOW})? At the
 * token's end, the value must end too.
 */
function resyncs(source: string, a: number, end: number, value: string, b: number): boolean {
  let k = 0
  while (k < WINDOW && a + k < end) {
    const c = source.charCodeAt(a + k)
    if (c === AMP || c === CR || c === NUL) return b + k <= value.length
    if (value.charCodeAt(b + k) !== c) return false
    k++
  }
  return a + k < end || b + k === value.length
}

/** Code units of the one or two code points a reference at `value[j]` stands for. */
const pointUnits = (value: string, j: number): number => ((value.codePointAt(j) ?? 0) > 0xffff ? 2 : 1)

/**
 * The character reference at `source[i]` (an `&`), given `value[j]`, what the
 * HTML tokenizer decoded there: its length in the source and in the value, or
 * `null` when the `&` is a literal one (`&foo`, `& `). A numeric reference
 * (`&#38;`, `&#x26`) ends where its digits do; a named one is the longest name
 * the decoded text goes on from (`&amp;`, `&amp` without `;`, `&notit` read
 * as `&not` + `it`), which needs no table of names.
 */
export function referenceAt(source: string, i: number, end: number, value: string, j: number): { length: number; units: number } | null {
  let k = i + 1
  if (source.charCodeAt(k) === HASH) {
    k++
    const hex = (source.charCodeAt(k) | 0x20) === 0x78 // x or X
    if (hex) k++
    const digits = k
    while (k < end && (hex ? isHex : isDec)(source.charCodeAt(k))) k++
    if (k === digits) return null
    if (source.charCodeAt(k) === SEMI) k++
    return { length: k - i, units: pointUnits(value, j) }
  }
  while (k < end && k - i <= MAX_NAME && isAlnum(source.charCodeAt(k))) k++
  if (k === i + 1) return null
  // A literal `&` the text goes on from as written: no reference at all.
  if (value.charCodeAt(j) === AMP && resyncs(source, i + 1, end, value, j + 1)) return null
  const withSemi = source.charCodeAt(k) === SEMI ? [k + 1] : []
  for (const stop of [...withSemi, ...Array.from({ length: k - i - 1 }, (_, n) => k - n)]) {
    // One code point or two (`&NotEqualTilde;` is two), each of one or two units.
    const first = pointUnits(value, j)
    for (const units of [first, first + pointUnits(value, j + first)]) {
      if (units > 1 && value.slice(j, j + units) === source.slice(i, i + units)) continue
      if (j + units <= value.length && resyncs(source, stop, end, value, j + units)) return { length: stop - i, units }
    }
  }
  return null
}

/**
 * Add to `builder` the HTML tokenizer's decoded text `value` for
 * `source[start, end)`, copying character for character where the two agree
 * and replacing only the spots the tokenizer changed, each by what it stands
 * for: a character reference (`&amp;`, `&#38;`, `&nbsp` → its character, the
 * span covering the whole reference), a CR or CRLF (→ LF). A NUL is kept as
 * written. Offsets stay exact on both sides of every reference.
 */
export function addDecoded(builder: MappedTextBuilder, source: string, start: number, end: number, value: string): void {
  let i = start
  let j = 0
  while (i < end && j < value.length) {
    const c = source.charCodeAt(i)
    if (c === AMP) {
      const ref = referenceAt(source, i, end, value, j)
      if (ref) {
        builder.replace(i, i + ref.length, value.slice(j, j + ref.units))
        i += ref.length
        j += ref.units
        continue
      }
    }
    if (c === CR && value.charCodeAt(j) === 0x0a) {
      const length = source.charCodeAt(i + 1) === 0x0a ? 2 : 1
      builder.replace(i, i + length, '\n')
      i += length
      j++
      continue
    }
    if (c === NUL && value.charCodeAt(j) === 0xfffd) {
      // The tokenizer's stand-in for a NUL: the text keeps what the input says.
      builder.copy(i, i + 1)
      i++
      j++
      continue
    }
    if (c !== value.charCodeAt(j)) break
    let k = 1
    while (i + k < end && j + k < value.length && source.charCodeAt(i + k) === value.charCodeAt(j + k) && source.charCodeAt(i + k) !== AMP && source.charCodeAt(i + k) !== CR) k++
    builder.copy(i, i + k)
    i += k
    j += k
  }
  // Anything the walk could not pair: the rest stands for the rest.
  if (j < value.length) builder.replace(i, end, value.slice(j))
}
