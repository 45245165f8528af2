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
 * How many unpaired brackets one text (a unit, a paragraph) reports one by
 * one. A text of nothing but `（` would otherwise make a diagnostic of some
 * two hundred bytes for each three bytes of input; the rest are counted in
 * one more diagnostic, at the first of them.
 */
export const MAX_BRACKET_DIAGNOSTICS = 100

/**
 * Report every bracket in `ranges` of `source` (read as one text, in order)
 * that has no partner, so a lost `）` that swallowed a responsibility note is
 * easy to find. A unit's wording and each of its notes are checked apart: a
 * bracket cannot pair across a note. Past {@link MAX_BRACKET_DIAGNOSTICS},
 * one diagnostic says how many more there are.
 */
export function checkBrackets(source: string, ranges: ReadonlyArray<readonly [number, number]>, locator: Locator, out: Diagnostic[]): void {
  // Offsets of open brackets; their kind is read back from the source.
  const stack: number[] = []
  let reported = 0
  let more = 0
  // The first bracket not reported on its own (the summary's place).
  let firstMore = -1
  const report = (i: number, message: string): void => {
    if (reported < MAX_BRACKET_DIAGNOSTICS) {
      reported++
      out.push(diagnostic('unbalanced-brackets', message, locator.position(i, i + 1)))
    } else if (more++ === 0) firstMore = i
  }
  for (const [start, end] of ranges) {
    // From bracket to bracket by a native search: a plan is mostly text between
    // them. The search runs in a slice, so it never reads past `end`.
    const span = source.slice(start, end)
    BRACKET.lastIndex = 0
    // `test`, not `exec`: no match array per bracket; the bracket is the one character before `lastIndex`.
    while (BRACKET.test(span)) {
      const i = start + BRACKET.lastIndex - 1
      const code = source.charCodeAt(i)
      if (openKind(code) !== 0) stack.push(i)
      else if (closeKind(code) !== 0) {
        const top = stack.length > 0 ? stack[stack.length - 1] : undefined
        if (top !== undefined && openKind(source.charCodeAt(top)) === closeKind(code)) stack.pop()
        else report(i, `Closing “${source[i]}” has no opening partner`)
      }
    }
  }
  for (const open of stack) report(open, `Opening “${source[open]}” is never closed`)
  if (more > 0) out.push(diagnostic('unbalanced-brackets', `${more} more bracket${more === 1 ? '' : 's'} here without a partner, not reported one by one`, locator.position(firstMore, firstMore + 1)))
}

/** A bracket with no partner: its index, and whether it opens. */
export interface Unpaired {
  index: number
  open: boolean
}

const NO_UNPAIRED: readonly Unpaired[] = Object.freeze([])
const WORDING: number[] = []
const INNER: number[] = []

/**
 * The brackets of `text` that have no partner, as indexes into it, with the
 * note spans `notes` (in order, not overlapping) read apart from the rest:
 * a bracket cannot pair across a note's edge. One native scan of the text.
 */
export function unpairedBrackets(text: string, notes: ReadonlyArray<{ start: number; end: number }>): readonly Unpaired[] {
  let out: Unpaired[] | null = null
  // Stacks of the open brackets of the wording and of the note being read:
  // two lists reused from call to call, with their tops kept here (setting
  // `length` is a call of its own), as a plan has thousands of units.
  const wording = WORDING
  const inner = INNER
  let wordingTop = 0
  let innerTop = 0
  let k = 0
  BRACKET.lastIndex = 0
  // `test`, not `exec`: no match array per bracket; the bracket is the one character before `lastIndex`.
  while (BRACKET.test(text)) {
    const i = BRACKET.lastIndex - 1
    while (k < notes.length && i >= (notes[k] as { end: number }).end) {
      // A note's brackets left open stay open: report them, and read the next note afresh.
      for (let j = 0; j < innerTop; j++) (out ??= []).push({ index: inner[j] as number, open: true })
      innerTop = 0
      k++
    }
    const inNote = k < notes.length && i >= (notes[k] as { start: number }).start
    const code = text.charCodeAt(i)
    if (openKind(code) !== 0) {
      if (inNote) inner[innerTop++] = i
      else wording[wordingTop++] = i
      continue
    }
    const top = inNote ? (innerTop > 0 ? (inner[innerTop - 1] as number) : -1) : wordingTop > 0 ? (wording[wordingTop - 1] as number) : -1
    if (top >= 0 && openKind(text.charCodeAt(top)) === closeKind(code)) {
      if (inNote) innerTop--
      else wordingTop--
    } else (out ??= []).push({ index: i, open: false })
  }
  for (let j = 0; j < innerTop; j++) (out ??= []).push({ index: inner[j] as number, open: true })
  for (let j = 0; j < wordingTop; j++) (out ??= []).push({ index: wording[j] as number, open: true })
  if (out === null) return NO_UNPAIRED
  return out.length > 1 ? out.sort((a, b) => a.index - b.index) : out
}
