import { diagnostic } from '../diagnostics.js'
import type { Diagnostic } from '../types.js'
import type { Locator } from '../util/location.js'

// Round brackets of either width pair with each other (`(一）` is common); book-title marks pair apart.
// Kinds by character code, so the scan reads codes and allocates nothing per character.
const ROUND = 1
const TITLE = 2
const TORTOISE = 3
const OPEN: Record<number, number> = { 0xff08: ROUND, 0x28: ROUND, 0x300a: TITLE, 0x3014: TORTOISE }
const CLOSE: Record<number, number> = { 0xff09: ROUND, 0x29: ROUND, 0x300b: TITLE, 0x3015: TORTOISE }

/**
 * Report the first bracket in `source[start, end)` that has no partner, so a
 * lost `）` that swallowed a responsibility note is easy to find.
 */
export function checkBrackets(source: string, start: number, end: number, locator: Locator): Diagnostic | null {
  // Offsets of open brackets; their kind is read back from the source.
  const stack: number[] = []
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i)
    if (OPEN[code] !== undefined) stack.push(i)
    else if (CLOSE[code] !== undefined) {
      const top = stack[stack.length - 1]
      if (top !== undefined && OPEN[source.charCodeAt(top)] === CLOSE[code]) stack.pop()
      else return diagnostic('unbalanced-brackets', 'warning', `Closing “${source[i]}” has no opening partner`, locator.position(i, i + 1))
    }
  }
  const open = stack[0]
  if (open === undefined) return null
  return diagnostic('unbalanced-brackets', 'warning', `Opening “${source[open]}” is never closed`, locator.position(open, open + 1))
}
