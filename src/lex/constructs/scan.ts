/**
 * Small scanning steps the matchers share. Codes rather than `text[i]`: a
 * string per Han character is garbage, on every line.
 */
import { isSpaceCode } from '../../chars.js'
import type { MarkerMatch } from '../construct.js'

/** The brackets a marker may be written in, either width and mixed: `（一）` `(1)` `(一）`. */
export const MARKER_OPEN = '（('
export const MARKER_CLOSE = '）)'

export function skipSpaces(text: string, index: number, end: number): number {
  while (index < end && isSpaceCode(text.charCodeAt(index))) index++
  return index
}

/**
 * The match for a marker ending at `markerEnd`: its content starts after the
 * spaces. A marker with nothing after it (`2.` where a copy ends) is weak, so
 * that only the next expected number takes it.
 */
export function marker(text: string, value: number, markerEnd: number, end: number, weak: boolean): MarkerMatch {
  const contentStart = skipSpaces(text, markerEnd, end)
  return { value, markerEnd, contentStart, weak: weak || contentStart >= end }
}
