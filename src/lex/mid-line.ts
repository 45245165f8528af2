/**
 * Units that start in the middle of a line: a body flattened with nothing
 * between its items (`…实施方案一、重点任务（一）强化组织领导1.建立协调机制。（市委负责）2.…`),
 * or sub-items run into their task (`…改革。(1)全面落实…(A负责)(2)完善…`).
 *
 * No white space tells where they start, so only the sequence and the shape
 * of what follows do. Prose is full of marker-shaped text (`统一、规范`,
 * `一、二、三产业`, `1.5倍`, `见（1）`, `依照第一条`), so a marker mid-line
 * counts only when it is the number its family expects next and it follows
 * the end of what came before: a sentence end or closing bracket, or the
 * end of a heading's bare title. Before any unit, a heading right after a
 * title (`…实施方案一、重点任务`) must be confirmed by a deeper first marker
 * after its own bare title.
 */
import { isSpaceCode } from '../chars.js'
import type { Construct, MarkerMatch } from './construct.js'
import { type FoundMarker, MARKER_STARTS, constructsAt, findMarker } from './constructs/index.js'
import { ITEM_END, TITLE_BREAK, UNIT_END, candidate, is, isHan } from './mid-line-scan.js'
import type { Sequence } from './sequence.js'

/** Longest title a heading run into the next unit may have (characters). */
const MAX_TITLE = 40

/** What the piece of the line being read is, for judging a marker inside it. */
export interface Piece {
  /**
   * `heading`: a chapter- or section-level heading; `unit`: a task or item,
   * or text that goes on with one (its line did not end a sentence); `text`:
   * a paragraph, a title, chrome.
   */
  kind: 'heading' | 'unit' | 'text'
  /** Rank of the heading or unit (see `Construct.rank`); -1 for text. */
  rank: number
  /** Where the piece's own words start (after its marker). */
  contentStart: number
}

/** A unit found mid-line: where it starts, its family and marker. */
export interface Cut extends FoundMarker {
  start: number
}

/**
 * Before any unit, a heading glued to a title (`…实施方案一、重点任务（一）强化…`)
 * must show it is one: a bare title of a few words, then the first marker
 * of a deeper family.
 */
function confirmed(text: string, outer: Construct, match: MarkerMatch, end: number, sequence: Sequence, reading: Reading): boolean {
  const limit = Math.min(end, match.contentStart + MAX_TITLE + 1)
  for (let q = match.contentStart + 1; q < limit; q++) {
    reading.reach = Math.max(reading.reach, q + 1)
    const c = text.charCodeAt(q)
    if (is(c, TITLE_BREAK)) return false
    if (MARKER_STARTS[c] === 0) continue
    for (const inner of constructsAt(c)) {
      if (inner.rank <= outer.rank) continue
      const found = inner.match(text, q, end)
      if (!found) continue
      reading.reach = Math.max(reading.reach, found.contentStart + 1)
      if (!found.weak && (found.value === 1 || found.value === sequence.expected(inner))) return true
    }
  }
  return false
}

/**
 * How far the piece's text has been read to judge the markers in it. A unit
 * may start only past it: what a marker was judged by (its first words, the
 * list it goes on with, the title after it) must stay on its line when the
 * tree is written back out one unit per line, or the same text would be
 * judged otherwise.
 */
interface Reading {
  reach: number
}

/**
 * The next unit that starts inside `[from, end)`, a piece of the line that
 * began at `pieceStart`; `null` when there is none. Markers after white space
 * are left to flattened-body clean-up (`input/flattened.ts`), except those
 * of families also cited in prose (sub-items, `第三条`), which only the
 * sequence can tell.
 *
 * @example
 * ```ts
 * // In the task `1.建立协调机制。（市委负责）2.完善…`, with task 2 expected next:
 * nextCut(text, 0, 3, text.length, { kind: 'unit', rank: 4, contentStart: 2 }, sequence)
 * // { start: 15, construct: task, match: { value: 2, … } }
 * ```
 */
export function nextCut(text: string, pieceStart: number, from: number, end: number, piece: Piece, sequence: Sequence): Cut | null {
  // Where the heading's title stops being bare (first break, or too long).
  let bareUntil = -1
  const titled = piece.kind !== 'unit'
  const reading: Reading = { reach: from }
  for (let p = candidate(text, from, end, titled); p >= 0; p = candidate(text, p + 1, end, titled)) {
    if (p < reading.reach) continue
    const c = text.charCodeAt(p)
    let q = p - 1
    while (q > pieceStart && isSpaceCode(text.charCodeAt(q))) q--
    const spaced = q < p - 1
    const before = text.charCodeAt(q)
    const afterUnit = is(before, UNIT_END)
    const afterItem = afterUnit || is(before, ITEM_END)
    let afterTitle = false
    if (piece.kind === 'heading' && !spaced && isHan(before)) {
      if (bareUntil < 0) {
        bareUntil = piece.contentStart
        const limit = Math.min(end, piece.contentStart + MAX_TITLE)
        while (bareUntil < limit && !is(text.charCodeAt(bareUntil), TITLE_BREAK)) bareUntil++
      }
      afterTitle = p <= bareUntil
    }
    if (!afterItem && !afterTitle && !(piece.kind === 'text' && isHan(before))) continue
    // > | …组织领导1.建立协调机制。（市委负责）2.完善…
    //             ^                        ^
    for (const construct of constructsAt(c)) {
      // After white space, clean-up has cut (or left) the families it may; the others are ours.
      if (spaced && !construct.cited) continue
      const match = construct.match(text, p, end)
      if (!match) continue
      reading.reach = Math.max(reading.reach, match.contentStart + 1)
      // A chapter with a space for its `、`, or a marker with nothing after it, is too weak mid-line.
      if (match.weak) continue
      const expected = match.value === sequence.expected(construct)
      const deeper = construct.rank > piece.rank
      let ok: boolean
      if (piece.kind === 'text') {
        ok = expected && (construct.level === 'chapter' || construct.level === 'section') && (afterUnit || (isHan(before) && confirmed(text, construct, match, end, sequence, reading)))
      } else if (piece.kind === 'heading') {
        // Under a new heading, a deeper family may start again at 1 (tasks numbered per section).
        ok = (afterTitle ? deeper : afterUnit || construct.level === 'item') && (expected || (deeper && match.value === 1))
      } else {
        // The first of a family only inside its parent: `。（1）` in a task, not `。（一）` or `。第一条` there.
        ok = expected && (match.value > 1 || deeper) && (afterUnit || construct.level === 'item')
      }
      if (!ok) continue
      // `一、二、三产业`: words that begin with another marker are a list in prose, or no unit's words.
      const next = findMarker(text, match.contentStart, end)
      if (!next) return { start: p, construct, match }
      reading.reach = Math.max(reading.reach, next.match.contentStart + 1)
    }
  }
  return null
}

/**
 * Could a unit start at `p`, in a task's text, whatever the sequence: a
 * marker (not weak, its words not starting with another marker) right after
 * a full stop, a closing bracket or a semicolon, or after white space for a
 * family also cited in prose? An
 * over-approximation of {@link nextCut} for writing text back out: `toText`
 * breaks such markers so that a task's wording reads back as one task.
 *
 * @example
 * ```ts
 * mayStartMidLine('推进。2.完善', 3, 7) // { construct: task, match: { value: 2, … } }
 * mayStartMidLine('推进2.完善', 2, 6)   // null: no sentence ends before it
 * ```
 */
export function mayStartMidLine(text: string, p: number, end: number): FoundMarker | null {
  if (MARKER_STARTS[text.charCodeAt(p)] === 0) return null
  let q = p - 1
  while (q > 0 && isSpaceCode(text.charCodeAt(q))) q--
  if (q < 0 || !is(text.charCodeAt(q), UNIT_END | ITEM_END)) return null
  const spaced = q < p - 1
  for (const construct of constructsAt(text.charCodeAt(p))) {
    if (spaced && !construct.cited) continue
    const match = construct.match(text, p, end)
    if (match && !match.weak && !findMarker(text, match.contentStart, end)) return { construct, match }
  }
  return null
}
