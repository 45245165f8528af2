import { inSet } from '../../chars.js'
import type { MarkerMatch, NumeralReader } from '../construct.js'
import { MARKER_CLOSE, MARKER_OPEN, marker, skipSpaces } from './scan.js'

/** A number in brackets of either width, mixed too, white space inside or not: `（一）` `(1)` `(三）` `（ 三 ）`. */
export function matchBracketed(numeral: NumeralReader, text: string, start: number, end: number): MarkerMatch | null {
  // > | (三）加强
  //     ^
  if (!inSet(MARKER_OPEN, text.charCodeAt(start))) return null
  const first = skipSpaces(text, start + 1, end)
  const number = numeral.read(text, first, end)
  if (!number) return null
  // > | (三）加强
  //       ^
  const close = skipSpaces(text, first + number.length, end)
  if (!inSet(MARKER_CLOSE, text.charCodeAt(close))) return null
  return marker(text, number.value, close + 1, end, false)
}
