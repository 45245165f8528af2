import type { Construct, MarkerMatch } from '../construct.js'
import { ordinalNumerals } from '../numerals.js'
import { CITED_AFTER, matchOrdinal } from './ordinal.js'

// Simplified and traditional: clean-up looks at the text before conversion.
const SUFFIX = '条條'

/** `第一条` `第12條`… see {@link matchOrdinal}. */
export function matchTiao(text: string, start: number, end: number): MarkerMatch | null {
  // > | 第三条 建立协调机制。
  //     ^
  return matchOrdinal(SUFFIX, text, start, end)
}

/** Articles `第一条`: the task of a regulation-style plan, numbered on across its chapters. */
export const tiao: Construct = {
  name: 'tiao',
  level: 'task',
  rank: 4,
  continues: true,
  strict: false,
  cited: true,
  numeral: ordinalNumerals,
  shape: { prefix: '第', open: '', close: SUFFIX, spaceBeforeClose: false, spaceCloses: false, prose: [{ after: '', first: CITED_AFTER }] },
  match: matchTiao,
}
