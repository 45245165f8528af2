import { inSet } from '../../chars.js'
import type { MarkerMatch, NumeralReader } from '../construct.js'
import { MARKER_CLOSE, MARKER_OPEN, marker } from './scan.js'

/** A number in brackets of either width, mixed too: `（一）` `(1)` `(三）`. */
export function matchBracketed(numeral: NumeralReader, text: string, start: number, end: number): MarkerMatch | null {
  // > | (三）加强
  //     ^
  if (!inSet(MARKER_OPEN, text.charCodeAt(start))) return null
  const number = numeral.read(text, start + 1, end)
  if (!number) return null
  // > | (三）加强
  //       ^
  const close = start + 1 + number.length
  if (!inSet(MARKER_CLOSE, text.charCodeAt(close))) return null
  return marker(text, number.value, close + 1, end, false)
}
