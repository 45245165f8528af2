import { TASK_DELIMITERS, inSet, isDigitCode } from '../../chars.js'
import type { Construct, MarkerMatch } from '../construct.js'
import { arabicNumerals, readArabic } from '../numerals.js'
import { marker, skipSpaces } from './scan.js'

/** `7. 5%`, `3.5亿`, `2.0版`: a number goes on after the dot, so this is prose. */
const NUMBER_GOES_ON = '%％.．'

/** `1.` `88．` `１２．` `3、` `109 . ` `10001.` — digits of either width, then a delimiter. */
export function matchTask(text: string, start: number, end: number): MarkerMatch | null {
  // > | 109 . 深入推进与各国执法部门
  //     ^
  // The reader's function itself, not through the entry: this runs on every line that starts with a digit.
  const number = readArabic(text, start, end, arabicNumerals.maxLength)
  if (!number) return null
  // > | 109 . 深入推进与各国执法部门
  //         ^
  const index = skipSpaces(text, start + number.length, end)
  // Past the end of the text: NaN, in no set.
  if (!inSet(TASK_DELIMITERS, text.charCodeAt(index))) return null
  const found = marker(text, number.value, index + 1, end, false)
  const next = text.charCodeAt(found.contentStart)
  if (isDigitCode(next) || inSet(NUMBER_GOES_ON, next)) return null
  return found
}

/** Tasks: `1. 推进立法。（知识产权局负责）`. */
export const task: Construct = {
  name: 'task',
  level: 'task',
  rank: 4,
  continues: true,
  strict: false,
  cited: false,
  numeral: arabicNumerals,
  shape: { prefix: '', open: '', close: TASK_DELIMITERS, spaceBeforeClose: true, spaceCloses: false, prose: [{ after: '', first: '0123456789０１２３４５６７８９' + NUMBER_GOES_ON }] },
  match: matchTask,
}
