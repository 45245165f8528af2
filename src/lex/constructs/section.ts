import type { Construct, MarkerMatch } from '../construct.js'
import { chineseNumerals } from '../numerals.js'
import { matchBracketed } from './bracketed.js'

/** `（一）` `(一)` `(一）` — a Chinese numeral in brackets of either width. */
export function matchSection(text: string, start: number, end: number): MarkerMatch | null {
  // > | （一）加强组织领导
  //     ^
  return matchBracketed(chineseNumerals, text, start, end)
}

/** Sections: `（一）加强组织领导`. */
export const section: Construct = {
  name: 'section',
  level: 'section',
  rank: 3,
  continues: false,
  strict: false,
  cited: false,
  numeral: chineseNumerals,
  shape: { prefix: '', open: '（(', close: '）)', spaceBeforeClose: true, spaceAfterOpen: true, spaceCloses: false, prose: [] },
  match: matchSection,
}
