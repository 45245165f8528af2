/**
 * What a marker family is, as data: the shape of the interface every entry of
 * the construct table (`constructs/index.ts`) fills in. One entry per family,
 * and everything that knows markers (the tokenizer's dispatch, flattened-body
 * detection, `toText`, the test oracle) is derived from the table.
 */

/** The nominal level of a family's units, outermost first. */
export type Level = 'chapter' | 'section' | 'task' | 'item'

/** A marker found at a line start (or mid-line), before the sequence has judged it. */
export interface MarkerMatch {
  /** The number the marker carries (`十一、` → 11, `⑤` → 5). */
  value: number
  /** Offset just past the marker as written (`一、`, `（一）`, `109 .`, `第三条`). */
  markerEnd: number
  /** Offset of the first content character after the marker and its spaces (`markerEnd`'s line end for a bare marker). */
  contentStart: number
  /**
   * A marker that could also be ordinary prose needs the sequence to confirm
   * it (taken only as the next expected number): a chapter numeral with a
   * space for its `、` (`一 完善…`), or a marker with nothing after it (`2.`
   * where a copy ends).
   */
  weak: boolean
}

/** How a family writes its numbers. */
export interface NumeralReader {
  name: 'chinese' | 'arabic' | 'circled' | 'ordinal'
  /** Every character a number of this kind can start with (the dispatch table is built from these). */
  starts: string
  /** Most characters a number takes (`九十九` 3, `9999` 4, `①` 1). */
  maxLength: number
  /** Read a number at `start` (not past `end`): its value and length, or `null`. */
  read(text: string, start: number, end: number): { value: number; length: number } | null
}

/**
 * A marker's shape as plain data. The fast matchers are written by hand (char
 * codes, no strings); the test oracle reads this description instead, so that
 * every family's matcher is checked against what its entry says it matches.
 */
export interface Shape {
  /** Literal text before the number (`第`), `''` for none. */
  prefix: string
  /** One of these opens the marker (`（(`), `''` for none. */
  open: string
  /** One of these closes it (`、．.`, `）)`, `章`). */
  close: string
  /** White space may stand between the number and the close (`109 .`). */
  spaceBeforeClose: boolean
  /** White space may stand after the opening bracket (`（ 一 ）`, a letter-spaced PDF line). */
  spaceAfterOpen?: boolean
  /** White space may stand for the close (`一 完善`): such a marker is weak. */
  spaceCloses: boolean
  /**
   * Content that makes the marker prose (no match): the first content
   * character is one of `first`, after a close among `after` (`''`: any close).
   * `7. 5%` and `3.5亿` for tasks, `一.5` for chapters, `第一条规定的` for articles.
   */
  prose: ReadonlyArray<{ after: string; first: string }>
}

/** One marker family: an entry of the construct table. */
export interface Construct {
  /** `chapter` (一、) `section` (（一）) `task` (1.) `zhang` (第一章) `jie` (第一节) `tiao` (第一条) `paren-item` ((1)) `half-paren-item` (1)) `circled` (①). */
  name: string
  /** The level of its units in the tree (before the builder nests them by rank). */
  level: Level
  /** Nesting order: smaller is outer (zhang 0, jie 1, chapter 2, section 3, task and tiao 4, paren-item 5, half-paren-item 6, circled 7). */
  rank: number
  /**
   * Numbering runs on across outer units (tasks 1–115 over seven chapters,
   * articles over chapters) instead of restarting under each: its counter is
   * not reset when an outer unit starts.
   */
  continues: boolean
  /**
   * Only the next number is ever taken (sub-items): no jumps, repeats or step
   * backs, since `(3)` or `②` out of turn is far more often a reference in
   * prose than a lost item.
   */
  strict: boolean
  /**
   * Markers of this family are also cited in running text (`依照第三条`,
   * `见（1）`), so white space before one is no sign that a unit starts:
   * flattened-body clean-up leaves them alone, and only the sequence cuts
   * a line there (`mid-line.ts`).
   */
  cited: boolean
  numeral: NumeralReader
  shape: Shape
  /**
   * The fast matcher: a marker of this family at `start` (content up to
   * `end`, the line's end), or `null`. Judges the shape only, never the sequence.
   */
  match(text: string, start: number, end: number): MarkerMatch | null
}
