/** Where a text holds characters that print nothing, and how many. */
export interface Invisibles {
  /** Offset of the first. */
  start: number
  /** How many there are in the whole text. */
  count: number
  /** The distinct code points met, in order of first meeting. */
  kinds: number[]
}

// chars.ts's INVISIBLES as a literal class (tests/chars.test.ts checks it, code by code),
// found in native code: most texts hold none, and the scan costs one search.
export const INVISIBLE = /[\v\f\u0085\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g

/**
 * The characters of `INVISIBLES` (chars.ts) in `text`, which the lexer reads as
 * white space (`\u200b1. 推进` is task 1): reported once, so that a reader
 * knows why a copy that looks clean holds more than it shows. A byte-order
 * mark at the very start is an encoding's signature, not one of them.
 */
export function findInvisibles(text: string): Invisibles | null {
  INVISIBLE.lastIndex = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let start = -1
  let count = 0
  const kinds: number[] = []
  while (INVISIBLE.test(text)) {
    const at = INVISIBLE.lastIndex - 1
    const c = text.charCodeAt(at)
    if (start < 0) start = at
    count++
    if (!kinds.includes(c)) kinds.push(c)
  }
  return start < 0 ? null : { start, count, kinds }
}
