import type { Construct, MarkerMatch } from '../construct.js'
import { circledNumerals } from '../numerals.js'
import { marker } from './scan.js'

/** `①` … `⑳` — the number is the marker. */
export function matchCircled(text: string, start: number, end: number): MarkerMatch | null {
  // > | ①摸清底数
  //     ^
  const number = circledNumerals.read(text, start, end)
  return number ? marker(text, number.value, start + 1, end, false) : null
}

/** Sub-items `①`, innermost of all. */
export const circled: Construct = {
  name: 'circled',
  level: 'item',
  rank: 7,
  continues: false,
  strict: true,
  cited: true,
  numeral: circledNumerals,
  shape: { prefix: '', open: '', close: '', spaceBeforeClose: false, spaceCloses: false, prose: [] },
  match: matchCircled,
}
