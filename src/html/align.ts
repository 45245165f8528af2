import { lazy } from '../util/lazy.js'
import type { MappedTextBuilder } from '../util/mapped-text.js'

const AMP = 0x26 // &
const CR = 0x0d
const NUL = 0x00

/**
 * The decoder parse5's tokenizer reads references with, run on its own: it
 * says how many characters a reference takes, which no pattern can (`&amp`
 * without `;` is one, `&notit` is `&not` + `it`, `&foo;` is none).
 */
const references = lazy((require) => {
  const { HtmlEntityDecoder, DecodingMode } = require('entities/decode') as typeof import('entities/decode')
  let length = 0
  let decoded = ''
  const decoder = new HtmlEntityDecoder((codePoint, consumed) => {
    length = consumed
    decoded += String.fromCodePoint(codePoint)
  })
  return (source: string, i: number): { length: number; decoded: string } | null => {
    length = 0
    decoded = ''
    // Text, not an attribute: a reference without `;` counts whatever follows it.
    decoder.startEntity(DecodingMode.Legacy)
    if (decoder.write(source, i + 1) < 0) decoder.end()
    return length > 0 ? { length, decoded } : null
  }
})

/**
 * The character reference at `source[i]` (an `&`), if the tokenizer decoded
 * one there (its text at `value[j]` is what the reference stands for): its
 * length in the source and in the value. `null` for a literal `&`.
 */
export function referenceAt(source: string, i: number, value: string, j: number): { length: number; units: number } | null {
  const ref = references()(source, i)
  if (!ref || !value.startsWith(ref.decoded, j)) return null
  return { length: ref.length, units: ref.decoded.length }
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
      const ref = referenceAt(source, i, value, j)
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
