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

/**
 * The brackets of `text` that have no partner, as indexes into it, with the
 * note spans `notes` (in order, not overlapping) read apart from the rest:
 * a bracket cannot pair across a note's edge. One native scan of the text.
 */
export function unpairedBrackets(text: string, notes: ReadonlyArray<{ start: number; end: number }>): { index: number; open: boolean }[] {
  const out: { index: number; open: boolean }[] = []
  const wording: number[] = []
  let inner: number[] = []
  let k = 0
  const closeNote = () => {
    for (const i of inner) out.push({ index: i, open: true })
    inner = []
    k++
  }
  BRACKET.lastIndex = 0
  for (let m = BRACKET.exec(text); m !== null; m = BRACKET.exec(text)) {
    const i = m.index
    while (k < notes.length && i >= (notes[k] as { end: number }).end) closeNote()
    const stack = k < notes.length && i >= (notes[k] as { start: number }).start ? inner : wording
    const code = text.charCodeAt(i)
    if (openKind(code) !== 0) stack.push(i)
    else {
      const top = stack[stack.length - 1]
      if (top !== undefined && openKind(text.charCodeAt(top)) === closeKind(code)) stack.pop()
      else out.push({ index: i, open: false })
    }
  }
  while (k < notes.length) closeNote()
  for (const i of wording) out.push({ index: i, open: true })
  return out.sort((a, b) => a.index - b.index)
}
