/**
 * The construct table: every marker family the lexer knows, one entry each,
 * outermost first. The tokenizer's dispatch, flattened-body detection, the
 * marker handling of `toText` and the test oracle are all derived from this
 * list, so a new family is one file here and one line below.
 */
import type { Construct, MarkerMatch } from '../construct.js'
import { chapter } from './chapter.js'
import { circled } from './circled.js'
import { halfParenItem } from './half-paren-item.js'
import { jie } from './jie.js'
import { parenItem } from './paren-item.js'
import { section } from './section.js'
import { task } from './task.js'
import { tiao } from './tiao.js'
import { zhang } from './zhang.js'

/** Every family, in rank order. */
export const constructs: readonly Construct[] = [zhang, jie, chapter, section, task, tiao, parenItem, halfParenItem, circled]

/** The characters a marker of `construct` can start with: its prefix, its opening bracket, or its number. */
export function startChars(construct: Construct): string {
  const { prefix, open } = construct.shape
  return prefix ? prefix.charAt(0) : open || construct.numeral.starts
}

// One byte per UTF-16 code: the group of families a character can start
// (0: none, so most characters of a plan are decided by one look-up).
const DISPATCH = new Uint8Array(0x10000)
const GROUPS: Construct[][] = [[]]
{
  const byCode = new Map<number, Construct[]>()
  for (const construct of constructs) {
    const chars = startChars(construct)
    for (let k = 0; k < chars.length; k++) {
      const code = chars.charCodeAt(k)
      byCode.set(code, [...(byCode.get(code) ?? []), construct])
    }
  }
  const groupOf = new Map<string, number>()
  for (const [code, list] of byCode) {
    const key = list.map((c) => c.name).join()
    let group = groupOf.get(key)
    if (group === undefined) {
      group = GROUPS.push(list) - 1
      groupOf.set(key, group)
    }
    DISPATCH[code] = group
  }
}

/**
 * The families whose markers can start with the UTF-16 code `c`, in rank
 * order; none for most characters (and for `NaN`, past the end of a text).
 */
export function constructsAt(c: number): readonly Construct[] {
  return GROUPS[DISPATCH[c] ?? 0] as Construct[]
}

/** Can a marker of some family start with the UTF-16 code `c`? */
export function startsMarker(c: number): boolean {
  return (DISPATCH[c] ?? 0) !== 0
}

/**
 * {@link startsMarker} as a table (non-zero: some family may start with
 * that code), for a scan that visits every character of a line.
 */
export const MARKER_STARTS: Readonly<Uint8Array> = DISPATCH

/** A marker at `start`, with the family it belongs to. */
export interface FoundMarker {
  construct: Construct
  match: MarkerMatch
}

/**
 * The marker at `start` of any family `accept` allows (all by default), with
 * its family; `null` when there is none. Families never overlap, so at most
 * one matches.
 *
 * @example
 * ```ts
 * findMarker('（1）建立台账', 0, 7)
 * // { construct: parenItem, match: { value: 1, markerEnd: 3, contentStart: 3, weak: false } }
 * ```
 */
export function findMarker(text: string, start: number, end: number, accept: (construct: Construct) => boolean = () => true): FoundMarker | null {
  for (const construct of constructsAt(text.charCodeAt(start))) {
    if (!accept(construct)) continue
    const match = construct.match(text, start, end)
    if (match) return { construct, match }
  }
  return null
}

/** The family called `name`, or `undefined`. */
export function constructNamed(name: string): Construct | undefined {
  return constructs.find((c) => c.name === name)
}

export { chapter, circled, halfParenItem, jie, parenItem, section, task, tiao, zhang }
