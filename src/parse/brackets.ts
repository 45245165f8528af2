import { diagnostic } from '../diagnostics.js'
import type { Diagnostic } from '../types.js'
import type { Locator } from '../util/location.js'

// Round brackets of either width pair with each other (`(一）` is common); book-title marks pair apart.
// Kinds by character code, so the scan reads codes and allocates nothing per character.
const ROUND = 1
const TITLE = 2
const TORTOISE = 3
// A switch, not an object keyed by code: a lookup per character in a
// dictionary-mode object was the costliest line of parsing a plain plan.
function openKind(code: number): number {
  switch (code) {
    case 0xff08:
    case 0x28:
      return ROUND
    case 0x300a:
      return TITLE
    case 0x3014:
      return TORTOISE
    default:
      return 0
  }
}

function closeKind(code: number): number {
  switch (code) {
    case 0xff09:
    case 0x29:
      return ROUND
    case 0x300b:
      return TITLE
    case 0x3015:
      return TORTOISE
    default:
      return 0
  }
}

/** Every character {@link openKind} or {@link closeKind} knows. */
const BRACKET = /[（(）)《》〔〕]/g

/**
 * Report every bracket in `ranges` of `source` (read as one text, in order)
 * that has no partner, so a lost `）` that swallowed a responsibility note is
 * easy to find. A unit's wording and each of its notes are checked apart: a
 * bracket cannot pair across a note.
 */
export function checkBrackets(source: string, ranges: ReadonlyArray<readonly [number, number]>, locator: Locator, out: Diagnostic[]): void {
  // Offsets of open brackets; their kind is read back from the source.
  const stack: number[] = []
  for (const [start, end] of ranges) {
    // From bracket to bracket by a native search: a plan is mostly text between
    // them. The search runs in a slice, so it never reads past `end`.
    const span = source.slice(start, end)
    BRACKET.lastIndex = 0
    for (let m = BRACKET.exec(span); m !== null; m = BRACKET.exec(span)) {
      const i = start + m.index
      const code = source.charCodeAt(i)
      if (openKind(code) !== 0) stack.push(i)
      else if (closeKind(code) !== 0) {
        const top = stack[stack.length - 1]
        if (top !== undefined && openKind(source.charCodeAt(top)) === closeKind(code)) stack.pop()
        else out.push(diagnostic('unbalanced-brackets', `Closing “${source[i]}” has no opening partner`, locator.position(i, i + 1)))
      }
    }
  }
  for (const open of stack) out.push(diagnostic('unbalanced-brackets', `Opening “${source[open]}” is never closed`, locator.position(open, open + 1)))
}
