import type { Construct, MarkerMatch } from '../construct.js'
import { ordinalNumerals } from '../numerals.js'
import { CITED_AFTER, matchOrdinal } from './ordinal.js'

const SUFFIX = '章'

/** `第一章` `第 3章`… see {@link matchOrdinal}. */
export function matchZhang(text: string, start: number, end: number): MarkerMatch | null {
  // > | 第一章 总则
  //     ^
  return matchOrdinal(SUFFIX, text, start, end)
}

/** Chapters of a regulation-style plan: `第一章 总则`; outermost of all. */
export const zhang: Construct = {
  name: 'zhang',
  level: 'chapter',
  rank: 0,
  continues: false,
  strict: false,
  cited: true,
  numeral: ordinalNumerals,
  shape: { prefix: '第', open: '', close: SUFFIX, spaceBeforeClose: false, spaceCloses: false, prose: [{ after: '', first: CITED_AFTER }] },
  match: matchZhang,
}
