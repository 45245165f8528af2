import { CHAPTER_DELIMITERS, TASK_DELIMITERS, digitCodeValue, inSet, isDigitCode, isSpaceCode } from '../chars.js'
import { readNumeral } from './numerals.js'

/**
 * One marker style each: how it looks at the start of a line. The sequence
 * (which number comes next) is judged by the tokenizer, not here.
 */
export interface MarkerMatch {
  value: number
  /** Offset just past the marker as written (`一、`, `（一）`, `109 .`). */
  markerEnd: number
  /** Offset of the heading's or task's first content character. */
  contentStart: number
  /** A marker that could also be ordinary prose (`一 完善…` with a space) needs the sequence to confirm it. */
  weak: boolean
}

function skipSpaces(text: string, index: number, end: number): number {
  while (index < end && isSpaceCode(text.charCodeAt(index))) index++
  return index
}

// Codes rather than `text[i]`: a string per Han character is garbage, on every line.
const OPEN_FULL = 0xff08 // （
const OPEN_HALF = 0x28 // (
const CLOSE_FULL = 0xff09 // ）
const CLOSE_HALF = 0x29 // )
const DOT = 0x2e // .

/** `一、` `十一．` `二十 ` — a Chinese numeral and a delimiter or a space. */
export function matchChapter(text: string, start: number, end: number): MarkerMatch | null {
  // > | 十一、加强组织保障
  //     ^
  const numeral = readNumeral(text, start)
  if (!numeral) return null
  let index = start + numeral.length
  const ch = text.charCodeAt(index)
  let weak = false
  if (inSet(CHAPTER_DELIMITERS, ch)) index++
  else if (isSpaceCode(ch)) weak = true
  else return null
  const markerEnd = index
  const contentStart = skipSpaces(text, index, end)
  // `一.5` is a decimal in prose, and a marker with nothing after it is no heading.
  if (contentStart >= end || (ch === DOT && isDigitCode(text.charCodeAt(contentStart)))) return null
  return { value: numeral.value, markerEnd, contentStart, weak }
}

/** `（一）` `(一)` `(一）` — a numeral in brackets of either width. */
export function matchSection(text: string, start: number, end: number): MarkerMatch | null {
  // > | （一）加强组织领导
  //     ^
  const open = text.charCodeAt(start)
  if (open !== OPEN_FULL && open !== OPEN_HALF) return null
  const numeral = readNumeral(text, start + 1)
  if (!numeral) return null
  const close = text.charCodeAt(start + 1 + numeral.length)
  if (close !== CLOSE_FULL && close !== CLOSE_HALF) return null
  const markerEnd = start + numeral.length + 2
  const contentStart = skipSpaces(text, markerEnd, end)
  if (contentStart >= end) return null
  return { value: numeral.value, markerEnd, contentStart, weak: false }
}

/** `1.` `88．` `１２．` `3、` `109 . ` — digits of either width, then a delimiter. */
export function matchTask(text: string, start: number, end: number): MarkerMatch | null {
  // > | 109 . 深入推进与各国执法部门
  //     ^
  let index = start
  let value = 0
  let c = text.charCodeAt(index)
  while (index < end && isDigitCode(c) && index - start < 4) {
    value = value * 10 + digitCodeValue(c)
    c = text.charCodeAt(++index)
  }
  if (index === start || value === 0 || isDigitCode(c)) return null
  index = skipSpaces(text, index, end)
  // Past the end of the text: NaN, in no set.
  if (!inSet(TASK_DELIMITERS, text.charCodeAt(index))) return null
  const markerEnd = index + 1
  const contentStart = skipSpaces(text, markerEnd, end)
  if (contentStart >= end) return null
  // `7. 5%`, `3.5亿`: a number goes on, so this is prose, not a marker.
  const next = text.charCodeAt(contentStart)
  if (isDigitCode(next) || next === 0x25 || next === 0xff05 || next === DOT || next === 0xff0e) return null
  return { value, markerEnd, contentStart, weak: false }
}
