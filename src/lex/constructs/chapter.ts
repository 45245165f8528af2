import { CHAPTER_DELIMITERS, inSet, isDigitCode, isSpaceCode } from '../../chars.js'
import type { Construct, MarkerMatch } from '../construct.js'
import { chineseNumerals } from '../numerals.js'
import { marker, skipSpaces } from './scan.js'

const DOT = 0x2e // .

/** `一、` `十一．` `四 、` `二十 ` — a Chinese numeral and a delimiter (white space before it or not) or a space. */
export function matchChapter(text: string, start: number, end: number): MarkerMatch | null {
  // > | 十一、加强组织保障
  //     ^
  const numeral = chineseNumerals.read(text, start, end)
  if (!numeral) return null
  let index = start + numeral.length
  // > | 十一、加强组织保障
  //         ^
  // Nothing past the line's end counts (a space clean-up left there is no delimiter).
  // White space may come before the delimiter: `四 、加强`, as a letter-spaced PDF line writes it.
  const at = skipSpaces(text, index, end)
  const ch = at < end ? text.charCodeAt(at) : Number.NaN
  let weak = false
  if (inSet(CHAPTER_DELIMITERS, ch)) index = at + 1
  else if (index < end && isSpaceCode(text.charCodeAt(index))) weak = true
  else return null
  const found = marker(text, numeral.value, index, end, weak)
  // `一.5` is a decimal in prose.
  if (ch === DOT && isDigitCode(text.charCodeAt(found.contentStart))) return null
  return found
}

/** Chapters: `一、总体要求`. */
export const chapter: Construct = {
  name: 'chapter',
  level: 'chapter',
  rank: 2,
  continues: false,
  strict: false,
  cited: false,
  numeral: chineseNumerals,
  shape: { prefix: '', open: '', close: CHAPTER_DELIMITERS, spaceBeforeClose: true, spaceCloses: true, prose: [{ after: '.', first: '0123456789０１２３４５６７８９' }] },
  match: matchChapter,
}
