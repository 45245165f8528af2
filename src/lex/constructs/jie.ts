import type { Construct, MarkerMatch } from '../construct.js'
import { ordinalNumerals } from '../numerals.js'
import { CITED_AFTER, matchOrdinal } from './ordinal.js'

// Simplified and traditional: clean-up looks at the text before conversion.
const SUFFIX = '节節'

/** `第一节` `第二節`… see {@link matchOrdinal}. */
export function matchJie(text: string, start: number, end: number): MarkerMatch | null {
  // > | 第一节 发展目标
  //     ^
  return matchOrdinal(SUFFIX, text, start, end)
}

/** Sections of a chapter written `第一节`: inside 第…章, outside `一、`. */
export const jie: Construct = {
  name: 'jie',
  level: 'section',
  rank: 1,
  continues: false,
  strict: false,
  cited: true,
  numeral: ordinalNumerals,
  shape: { prefix: '第', open: '', close: SUFFIX, spaceBeforeClose: false, spaceCloses: false, prose: [{ after: '', first: CITED_AFTER }] },
  match: matchJie,
}
