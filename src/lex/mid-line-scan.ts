/**
 * The fast part of the mid-line search (`mid-line.ts`): the character
 * classes it reads, as tables of one byte per UTF-16 code, and the scan for
 * the next place in a line where a unit may start. Tables are filled from
 * the few characters they hold and from the construct table.
 */
import { SPACES as SPACE_CHARS } from '../chars.js'
import type { Construct } from './construct.js'
import { MARKER_STARTS, constructs, startChars } from './constructs/index.js'

/** What ends a unit's text before the next unit: a full stop, a closing bracket or quote. */
const UNIT_ENDS = '。！？!?）)〕]】”’」』'
/** Sub-items may also be parted by semicolons: `①摸清底数；②建立台账`. */
const ITEM_ENDS = '；;'
/** A heading title is a few words without these: past one, it is a run-in sentence or prose. */
const TITLE_BREAKS = '。！？!?；;，,：:'
// The classes above as bits of one table: the scan tests a byte per character.
export const UNIT_END = 1
export const ITEM_END = 2
export const TITLE_BREAK = 4
const SPACE = 8
const CLASS = new Uint8Array(0x10000)
for (const [chars, flag] of [[UNIT_ENDS, UNIT_END], [ITEM_ENDS, ITEM_END], [TITLE_BREAKS, TITLE_BREAK]] as const) {
  for (let k = 0; k < chars.length; k++) CLASS[chars.charCodeAt(k)] = (CLASS[chars.charCodeAt(k)] as number) | flag
}
// The one white-space family (tests/property/input-speed.test.ts checks, code by code, that the scan treats them as the plain version does).
const SPACES = [...SPACE_CHARS].map((ch) => ch.charCodeAt(0))
for (const c of SPACES) CLASS[c] = SPACE

/** Is the UTF-16 code `c` in the classes `flags`? `NaN` is in none. */
export const is = (c: number, flags: number): boolean => ((CLASS[c] ?? 0) & flags) !== 0

/** A Han character (BMP, compatibility ideographs included). */
export function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)
}

// What the scan for a place where a unit may start looks at, per code: a
// character a marker starts with, or one a unit's text may end with before it.
const START = 1
const BOUND = 2
const PAIR = new Uint8Array(0x10000)
for (const construct of constructs) for (const ch of startChars(construct)) PAIR[ch.charCodeAt(0)] = START

/**
 * The characters that may come second in a marker of `construct`: its
 * number's (after a prefix or bracket, or when numbers run over several
 * characters), its close, white space where the shape allows it; `null`
 * when anything may (`①` followed by its words).
 */
function secondChars(construct: Construct): string | null {
  const { prefix, open, close, spaceBeforeClose, spaceCloses } = construct.shape
  if (prefix || open) return construct.numeral.starts
  if (construct.numeral.maxLength === 1 && !close) return null
  return construct.numeral.starts + close + (spaceBeforeClose || spaceCloses ? String.fromCharCode(...SPACES) : '')
}

// Per code, the families it may come second in (one bit per family): a
// character that starts a marker only counts if the next one may go on with
// it, so the brackets of notes (`。（市委负责）`) are passed over at once.
const SECOND = new Uint16Array(0x10000)
const ANY_SECOND = new Uint8Array(0x10000)
const FAMILY_BITS = new Uint16Array(0x10000)
constructs.forEach((construct, k) => {
  const bit = 1 << k
  for (const ch of startChars(construct)) FAMILY_BITS[ch.charCodeAt(0)] = (FAMILY_BITS[ch.charCodeAt(0)] as number) | bit
  const chars = secondChars(construct)
  if (chars === null) for (const ch of startChars(construct)) ANY_SECOND[ch.charCodeAt(0)] = 1
  else for (let i = 0; i < chars.length; i++) SECOND[chars.charCodeAt(i)] = (SECOND[chars.charCodeAt(i)] as number) | bit
})

/** May the marker-start character at `p` be followed by the one after it in some family's marker? */
function goesOn(text: string, p: number): boolean {
  const first = text.charCodeAt(p)
  return ANY_SECOND[first] === 1 || (((FAMILY_BITS[first] as number) & (SECOND[text.charCodeAt(p + 1)] ?? 0)) !== 0)
}
for (const c of [...UNIT_ENDS, ...ITEM_ENDS].map((ch) => ch.charCodeAt(0)).concat(SPACES)) PAIR[c] = (PAIR[c] as number) | BOUND

/**
 * The next place in `[from, end)` where a unit may start: a character some
 * family starts with, after one a unit ends with, a space, or (`titled`: in
 * a heading or text) a Han character, and followed by a character that
 * may go on with it; -1 when there is none. Most characters are neither: in a unit's text, where only the first two kinds count, the
 * scan reads every other character (each pair of neighbours holds one of
 * them) and looks around only when it hits one.
 */
export function candidate(text: string, from: number, end: number, titled: boolean): number {
  if (titled) {
    for (let p = from; p < end; p++) {
      if (MARKER_STARTS[text.charCodeAt(p)] === 0) continue
      const previous = text.charCodeAt(p - 1)
      if ((((PAIR[previous] as number) & BOUND) !== 0 || isHan(previous)) && goesOn(text, p)) return p
    }
    return -1
  }
  for (let k = from; k < end; k += 2) {
    const here = PAIR[text.charCodeAt(k)] as number
    if (here === 0) continue
    // > | …工作。（市委负责）2.完善…
    //                   ^^ one of the two is read
    if ((here & START) !== 0 && ((PAIR[text.charCodeAt(k - 1)] as number) & BOUND) !== 0 && goesOn(text, k)) return k
    if ((here & BOUND) !== 0 && k + 1 < end && ((PAIR[text.charCodeAt(k + 1)] as number) & START) !== 0 && goesOn(text, k + 1)) return k + 1
  }
  return -1
}
