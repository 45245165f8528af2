import { inSet } from '../../chars.js'
import type { Construct, MarkerMatch } from '../construct.js'
import { itemNumerals } from '../numerals.js'
import { MARKER_CLOSE, marker } from './scan.js'

/** `1）` `1)` — digits and a closing bracket of either width. */
export function matchHalfParenItem(text: string, start: number, end: number): MarkerMatch | null {
  // > | 1）建立台账
  //     ^
  const number = itemNumerals.read(text, start, end)
  if (!number) return null
  // > | 1）建立台账
  //      ^
  const close = start + number.length
  if (!inSet(MARKER_CLOSE, text.charCodeAt(close))) return null
  return marker(text, number.value, close + 1, end, false)
}

/** Sub-items `1）`, inside `（1）` ones. */
export const halfParenItem: Construct = {
  name: 'half-paren-item',
  level: 'item',
  rank: 6,
  continues: false,
  strict: true,
  cited: true,
  numeral: itemNumerals,
  shape: { prefix: '', open: '', close: '）)', spaceBeforeClose: false, spaceCloses: false, prose: [] },
  match: matchHalfParenItem,
}
