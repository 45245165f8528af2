import { CLOSE, OPEN, SENTENCE_END, charIs, inSet, isSpaceCode } from '../chars.js'
import { parseNote } from '../extract/note.js'
import { roleRuleOf } from '../meta/closing-rule.js'
import type { Construct } from '../lex/construct.js'
import { constructsAt, startsMarker } from '../lex/constructs/index.js'
import type { Span, SpanList } from '../util/span-list.js'
import type { Edit } from './edits.js'
import { labelAt } from './labels.js'

/**
 * Does `text[start, end)` begin with a marker of one of `families` (all by
 * default)? A weak one (`一 完善`, a bare `2.`) only with `allowWeak`.
 */
export function startsWithMarker(text: string, start: number, end: number, allowWeak = false, families: (construct: Construct) => boolean = () => true): boolean {
  for (const construct of constructsAt(text.charCodeAt(start))) {
    if (!families(construct)) continue
    const match = construct.match(text, start, end)
    if (match) return allowWeak || !match.weak
  }
  return false
}

/** Families white space may cut before: those not also cited in prose (`一、` `（一）` `1.`, not `第三条` or `（1）`). */
const uncited = (construct: Construct): boolean => !construct.cited
/** Families whose units have wording that runs on to a full stop, not a title (tasks, sub-items). */
const worded = (construct: Construct): boolean => construct.level === 'task' || construct.level === 'item'

// A run of white space (isSpaceCode's), found from its first space only: the
// look-behind keeps the scan linear (tried from each of its spaces, 20 000
// spaces took 0.4 s), and the native scan jumps from run to run. A test
// checks the class against isSpaceCode (tests/chars.test.ts), code by code.
export const SPACE_RUN =
  /[\t\v\f \u0085\u00a0\u00ad\u061c\u180e\u2000-\u200f\u202a-\u202f\u205f\u2060\u2066-\u2069\u3000\ufeff](?<![\t\v\f \u0085\u00a0\u00ad\u061c\u180e\u2000-\u200f\u202a-\u202f\u205f\u2060\u2066-\u2069\u3000\ufeff].)[\t\v\f \u0085\u00a0\u00ad\u061c\u180e\u2000-\u200f\u202a-\u202f\u205f\u2060\u2066-\u2069\u3000\ufeff]*/g

const DI = 0x7b2c // 第
const TITLE_CLOSE = 0x300b // 》

function isHan(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff
}

/** Longest note looked for behind a closing bracket: the scan back stays short whatever the line. */
const MAX_NOTE = 300

/** Does the bracket closing at `close` (within the piece from `from`) hold a responsibility note? */
function closesNote(text: string, from: number, close: number): boolean {
  let depth = 0
  for (let i = close; i >= from && i > close - MAX_NOTE; i--) {
    const c = text.charCodeAt(i)
    if (charIs(c, CLOSE)) depth++
    else if (charIs(c, OPEN) && --depth === 0) return parseNote(text.slice(i + 1, close)) !== null
  }
  return false
}

/**
 * Does a line run its units together with nothing between them: does a
 * responsibility note run straight into a marker (`…（A负责）2.推进…`)? Read
 * once per line, from where the last question left off.
 */
class GluedUnits {
  private line = -1
  private scanned = 0
  private found = false

  before(text: string, line: number, start: number, to: number, end: number): boolean {
    if (line !== this.line) [this.line, this.scanned, this.found] = [line, start, false]
    for (let i = this.scanned; i < to && !this.found; i++) {
      this.found = charIs(text.charCodeAt(i), CLOSE) && startsWithMarker(text, i + 1, end) && closesNote(text, start, i)
    }
    this.scanned = Math.max(this.scanned, to)
    return this.found
  }
}

/** What a unit's text ends with before a unit starting with no space between (as the tokenizer reads them). */
const UNIT_ENDS = '。！？!?）)〕]】”’」』'

/**
 * Where the unit a place in a line belongs to starts, as far as markers go:
 * the last marker after a full stop or closing bracket (a unit the tokenizer
 * may start there: `…（市委负责）2.推进`), else the piece's start. Read forward
 * once per line, from where the last question left off.
 */
class UnitStarts {
  private line = -1
  private scanned = 0
  private at = 0

  before(text: string, line: number, piece: number, to: number, end: number): number {
    if (line !== this.line || piece > this.at) [this.line, this.at, this.scanned] = [line, piece, piece + 1]
    for (let k = this.scanned; k < to; k++) {
      if (startsMarker(text.charCodeAt(k)) && inSet(UNIT_ENDS, text.charCodeAt(k - 1)) && startsWithMarker(text, k, end, true)) this.at = k
    }
    this.scanned = Math.max(this.scanned, to)
    return this.at
  }
}

/**
 * Where a body flattened onto one line (copied off a web page) puts its items
 * one after another, separated by white space: `…（知识产权局负责） 2.推进…`.
 * A line break goes in after each such space. Only a marker that cannot be
 * prose counts, so `完成 100 家`, `2021 年` and `7. 5%` stay whole; which of the
 * split-off lines really are items is still the tokenizer's call (markers of
 * families also cited in prose, `第三条` `（1）`, are left to it entirely).
 * Two more things in such a line start lines of their own: a label segment
 * after a sentence (`…缩小。 责任单位：县发改局`), and, once the line has been
 * cut (or that runs its units together with no space: `…（A负责）2.推进…`),
 * what follows a responsibility note after a space (`…（联席会议办公室负责）
 * 上述各项任务分工中，…`: the closing rule, a signature).
 *
 * @param lines the text's lines as `splitLines` gives them: in order, trimmed.
 * @example
 * ```ts
 * findFlattened('1.甲。（局负责） 2.乙。（局负责）', [{ start: 0, end: 19 }])
 * // [{ start: 10, end: 10, text: '\n' }]
 * ```
 */
export function findFlattened(text: string, lines: SpanList): Edit[] {
  const edits: Edit[] = []
  let line = -1
  // Where the piece being cut off began (the line's start, then each cut).
  let piece = 0
  let start = 0
  let end = 0
  // The piece is a label segment: another label after a space starts one too.
  let inLabel = false
  const glued = new GluedUnits()
  const units = new UnitStarts()
  SPACE_RUN.lastIndex = 0
  // Only a run of spaces can be cut: the native scan skips everything else,
  // and a text with none is done at once.
  // `test` makes no match array: the run ends at `lastIndex`, and starts
  // after the last non-space before it.
  while (SPACE_RUN.test(text)) {
    const i = SPACE_RUN.lastIndex
    let from = i - 1
    while (from > 0 && isSpaceCode(text.charCodeAt(from - 1))) from--
    let moved = false
    while (line + 1 < lines.length && (line === -1 || lines.end(line) <= from)) {
      line++
      moved = true
    }
    if (moved) {
      start = lines.start(line)
      end = lines.end(line)
      piece = start
      inLabel = labelAt(text, start, end)
    }
    // Lines are trimmed: a run at a line's edge (or between lines) is none of ours.
    if (from <= start || i >= end) continue
    const before = text.charCodeAt(from - 1)
    const next = text.charCodeAt(i)
    const afterSentence = charIs(before, SENTENCE_END)
    let cut = false
    if (startsMarker(next)) {
      // Items follow a Han character (a title) or a closing mark (`。` `）`);
      // not a number (`第 2. 条`), a word (`Article 3.`) or syntax (`## 一、`).
      // After a Han character only a title ends: a task's wording runs on to
      // its note or full stop (`1.（负责二 一、；` is one task, however it was
      // wrapped; the task is the one the tokenizer may start last, with no
      // space, after a full stop). `…负责） 二 强化保护`: a chapter with a
      // space for its `、` only after a closing mark.
      cut =
        before !== DI &&
        (isHan(before) || afterSentence || before === TITLE_CLOSE) &&
        !(isHan(before) && startsWithMarker(text, units.before(text, line, piece, from, end), end, false, worded)) &&
        startsWithMarker(text, i, end, afterSentence, uncited)
    }
    // `…缩小。 责任单位：县发改局` — the label line the builder attaches to the
    // unit; `责任单位：A 完成时限：年底` — one label line per label.
    const label: boolean = !cut && (afterSentence || inLabel) && labelAt(text, i, end)
    // `…（A负责） 上述各项任务…` in a flattened line: the copy's paragraph break.
    if (!cut && !label && isHan(next) && charIs(before, CLOSE) && (piece > start || glued.before(text, line, start, from, end))) cut = closesNote(text, piece, from - 1)
    if (cut || label) {
      inLabel = label
      // The break goes after the spaces, which stay: where the tokenizer
      // does not take the marker, the line joins back onto the task with them.
      edits.push({ start: i, end: i, text: '\n' })
      piece = i
    }
  }
  gluedRules(text, lines, edits)
  return edits
}

/** How far a stated rule glued onto a note may run (characters) before its full stop. */
const MAX_RULE = 80

/**
 * `…（联席会议办公室负责）上述各项任务分工中，列第一位的部门为牵头部门…`: in a
 * copy with nothing at all between its paragraphs, the document's stated
 * role rule starts right after the last unit's note. A sentence that opens
 * with `上述` or `以上`, says how roles are assigned and follows a
 * responsibility note starts a line of its own; the edits stay in order.
 */
function gluedRules(text: string, lines: SpanList, edits: Edit[]): void {
  for (const word of ['上述', '以上']) {
    for (let k = text.indexOf(word, 1); k !== -1; k = text.indexOf(word, k + word.length)) {
      if (!charIs(text.charCodeAt(k - 1), CLOSE)) continue
      const line = lineAt(lines, k)
      if (line === undefined || k === line.start) continue
      const stop = text.indexOf('。', k)
      const sentenceEnd = Math.min(line.end, k + MAX_RULE, stop === -1 ? line.end : stop + 1)
      if (roleRuleOf(text.slice(k, sentenceEnd)) === undefined || !closesNote(text, line.start, k - 1)) continue
      let at = edits.length
      while (at > 0 && (edits[at - 1] as Edit).start > k) at--
      if (at === 0 || (edits[at - 1] as Edit).start !== k) edits.splice(at, 0, { start: k, end: k, text: '\n' })
    }
  }
}

/** The line holding offset `at`. */
function lineAt(lines: SpanList, at: number): Span | undefined {
  let lo = 0
  let hi = lines.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (at < lines.start(mid)) hi = mid - 1
    else if (at >= lines.end(mid)) lo = mid + 1
    else return lines.at(mid)
  }
  return undefined
}
