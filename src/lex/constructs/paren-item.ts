import type { Construct, MarkerMatch } from '../construct.js'
import { itemNumerals } from '../numerals.js'
import { matchBracketed } from './bracketed.js'

/** `（1）` `(1)` `(2）` — digits in brackets of either width. */
export function matchParenItem(text: string, start: number, end: number): MarkerMatch | null {
  // > | （1）加强应急预案管理
  //     ^
  return matchBracketed(itemNumerals, text, start, end)
}

/** Sub-items `（1）` below a task or section. */
export const parenItem: Construct = {
  name: 'paren-item',
  level: 'item',
  rank: 5,
  continues: false,
  strict: true,
  cited: true,
  numeral: itemNumerals,
  shape: { prefix: '', open: '（(', close: '）)', spaceBeforeClose: true, spaceAfterOpen: true, spaceCloses: false, prose: [] },
  match: matchParenItem,
}
