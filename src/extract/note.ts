import { CLOSE, OPEN, charIs, isJsSpaceCode } from '../chars.js'
import { type Grammar, compileGrammar } from './grammar/compile.js'
import { readBareNote } from './grammar/bare-note.js'
import { readNote } from './grammar/read-note.js'
import { labelAt, labelBefore } from './grammar/segments.js'
import type { NoteParts } from './grammar/types.js'

export type { NoteParts } from './grammar/types.js'

/**
 * Read a note: the inside of a bracket (`市场监管总局牵头，农业农村部参与`), or
 * the text of label lines joined with `\n` (`责任单位：市发改委、市财政局\n时限要求：持续推进`),
 * by the note grammar (the built-in one unless `grammar` is given).
 *
 * @example
 * ```ts
 * const p = parseNote('牵头单位：市知识产权局；配合单位：市市场监管局，各市、县（区）人民政府')
 * p?.departments.map((d) => d.name) // ['市知识产权局', '市市场监管局', '各市、县（区）人民政府']
 * p?.roles                          // ['lead', 'participant', 'participant']
 * parseNote('2021—2035年')          // null: no note
 * ```
 * @returns `null` when the words are no note: no label and no role word, and not only a deadline or rule.
 */
export function parseNote(inner: string, grammar: Grammar = compileGrammar()): NoteParts | null {
  return readNote(inner, grammar)
}

/** A note found in a text, as indexes into that text. */
export interface NoteMatch {
  /** Index of the opening bracket, or of the label of a run-in label clause. */
  start: number
  /** Index past the closing bracket, or past the label clause's last word (its `。` left out). */
  end: number
  /** `bracket`: read from `start + 1` to `end - 1`; `label`: read from `start` to `end`. */
  form: 'bracket' | 'label'
  /** What the note says; its indexes are into the text it was read from (see `form`). */
  parts: NoteParts
  /** Only white space and a closing `。` `；` `;` `.` follow the note in the text given. */
  closes: boolean
}

/** Brackets of either width, and colons (a run-in label clause has one). */
const STOPS = /[（(〔[【）)〕\]】：:]/g

/** Characters a document may put after the note: `…负责）。` */
const TRAILING = '。．.；;'
/** After these, a bracket starts a clause of its own: a note even when words follow it. */
const SENTENCE_ENDS = '。；;！？!?'
/** Before these, a bracket ends a clause: a note even mid-sentence (`审议《…》（省文化厅负责），修改…`). */
const CLAUSE_ENDS = '，,。．.；;！？!?'

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029
}

/** Does a bracket at `open` start a clause: at the text's start, a line's, after a sentence end or right after another bracket (a note after a note)? */
function startsClause(text: string, open: number): boolean {
  let i = open - 1
  while (i >= 0 && isJsSpaceCode(text.charCodeAt(i)) && !isLineBreak(text.charCodeAt(i))) i--
  return i < 0 || isLineBreak(text.charCodeAt(i)) || SENTENCE_ENDS.includes(text[i] as string) || charIs(text.charCodeAt(i), CLOSE)
}

/** Does a bracket ending at `end` end a clause: before a `，` `。` `；`, a line break, another bracket or the end? */
function endsClause(text: string, end: number): boolean {
  let i = end
  while (i < text.length && isJsSpaceCode(text.charCodeAt(i)) && !isLineBreak(text.charCodeAt(i))) i++
  if (i >= text.length) return true
  const c = text.charCodeAt(i)
  return isLineBreak(c) || charIs(c, OPEN) || CLAUSE_ENDS.includes(text[i] as string)
}

/** Does only white space come before `open`? */
function opensText(text: string, open: number): boolean {
  for (let i = 0; i < open; i++) if (!isJsSpaceCode(text.charCodeAt(i))) return false
  return true
}

/** May `c` follow a note that closes a text: white space, or trailing punctuation (`。` `；`)? */
export function mayFollowNote(c: number): boolean {
  return isJsSpaceCode(c) || TRAILING.includes(String.fromCharCode(c))
}

/** Does only white space and trailing punctuation follow `end`? */
function closesText(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (!isJsSpaceCode(c) && !TRAILING.includes(text[i] as string)) return false
  }
  return true
}

/**
 * The label of a run-in label clause whose colon is at `colon`: it starts
 * the text, a line, or follows a sentence end, white space or a bracket
 * (`…工作。责任单位：…`, `…水平 责任单位:县司法局`).
 */
function runInLabel(text: string, colon: number, from: number, grammar: Grammar): number {
  const at = labelBefore(text, colon, from, grammar)
  if (at < 0) return -1
  const before = at - 1
  return before < from || isJsSpaceCode(text.charCodeAt(before)) || SENTENCE_ENDS.includes(text[before] as string) || charIs(text.charCodeAt(before), CLOSE) ? at : -1
}

/** Is there only white space in `text[from, to)`? */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isJsSpaceCode(text.charCodeAt(i))) return false
  return true
}

/**
 * Brackets side by side, `（县商务局牵头）（县财政局配合）`, read as one note:
 * `together` is their insides with each closing bracket, the opening one
 * after it and the white space between read as a `，` and spaces, so that
 * every index stays where it is. Only a reading that places every clause
 * counts (a bracket of a year or a gloss beside a note stays apart), and
 * units alone only where the last bracket closes the text.
 */
function readSideBySide(together: string, closes: boolean, grammar: Grammar): NoteParts | null {
  const parts = readNote(together, grammar) ?? (closes ? readBareNote(together, grammar) : null)
  return parts && parts.departments.length > 0 && parts.clauses.every((c) => c.kind !== 'unparsed' && c.kind !== 'remark') ? parts : null
}

/** The label clause from `start` to the end of the text, its trailing white space and `。` left out. */
function labelClause(text: string, start: number, grammar: Grammar): NoteMatch | null {
  let end = text.length
  while (end > start && (isJsSpaceCode(text.charCodeAt(end - 1)) || TRAILING.includes(text[end - 1] as string))) end--
  const parts = readNote(text.slice(start, end), grammar)
  return parts ? { start, end, form: 'label', parts, closes: true } : null
}

/**
 * Every note of a text, in order: each bracket that reads as a note (of any
 * width, `〔…〕` too) and stands where a note can, after a sentence end or
 * before a clause end (`审议《…条例》（省文化厅负责），修改…`), and a run-in
 * label clause that ends the text (`…工作。责任单位：市商务局、市财政局`).
 * A bracket that reads as a note in the middle of a clause (`由A（负责）组织`)
 * is prose, as are brackets that read as no note (`（2021—2035年）`, `（市、区）`).
 * A bracket of unit names with no role word is a note when it closes or
 * opens the text (`…工作。（县人社局、县财政局）`, `【县人社局】推进…`), the first listed leading.
 *
 * @example
 * ```ts
 * findNotes('做好A（2021—2035年）。（商务部负责）做好B。责任单位：海关总署').map((n) => [n.form, n.closes])
 * // [['bracket', false], ['label', true]]
 * ```
 */
export function findNotes(text: string, grammar: Grammar = compileGrammar()): NoteMatch[] {
  const notes: NoteMatch[] = []
  let depth = 0
  let open = -1
  /** Where the last bracket at depth 0 (or run of them side by side) opened and closed, and its inside as read: a note may go on in the next (see `readSideBySide`). */
  let lastStart = -1
  let lastEnd = -1
  let lastInner = ''
  STOPS.lastIndex = 0
  // From stop to stop by a native search: a task is mostly text between them.
  // `test` makes no match array: the stop is the one character before `lastIndex`.
  while (STOPS.test(text)) {
    const i = STOPS.lastIndex - 1
    const c = text.charCodeAt(i)
    if (charIs(c, OPEN)) {
      if (depth++ === 0) open = i
    } else if (charIs(c, CLOSE)) {
      if (depth === 0 || --depth > 0) continue
      if (startsClause(text, open) && labelAt(text, open, text.length, grammar) !== null) {
        // `…工作。【牵头单位】市财政局【配合单位】…`: a run-in label clause, its label in brackets.
        const clause = labelClause(text, open, grammar)
        if (clause) notes.push(clause)
        break
      }
      const inner = text.slice(open + 1, i)
      const closes = closesText(text, i + 1)
      const [prevStart, prevEnd, prevInner] = [lastStart, lastEnd, lastInner]
      ;[lastStart, lastEnd, lastInner] = [open, i + 1, inner]
      // Unit names alone are a note only where they close or open the text (`【市发改委】推进…`):
      // mid-text they gloss or list examples.
      const parts = readNote(inner, grammar) ?? (closes || opensText(text, open) ? readBareNote(inner, grammar) : null)
      // Brackets side by side that read as one note together: a bracket that names no lead
      // goes on with the note before it (`（县商务局牵头）（县财政局配合）（2026年底前）`), and
      // units alone go on with a bracket of units alone (`（县商务局）（县邮政局）`).
      const before = notes[notes.length - 1]
      const previousIsNote = before !== undefined && before.start === prevStart
      // The second must say something of its own: units or a time frame (`（负责）` beside a note adds nothing).
      const adds = parts !== null && (parts.departments.length > 0 || parts.deadline !== undefined)
      // Before it, a note that it completes, or units alone that were no note only where they stood.
      if (
        prevEnd >= 0 &&
        adds &&
        onlySpaceBetween(text, prevEnd, open) &&
        (previousIsNote ? !parts.roles.includes('lead') : readBareNote(prevInner, grammar) !== null)
      ) {
        const together = `${prevInner}，${' '.repeat(open - prevEnd + 1)}${inner}`
        const joined = readSideBySide(together, closes, grammar)
        if (joined && (startsClause(text, prevStart) || endsClause(text, i + 1))) {
          const note: NoteMatch = { start: prevStart, end: i + 1, form: 'bracket', parts: joined, closes }
          if (previousIsNote) notes[notes.length - 1] = note
          else notes.push(note)
          ;[lastStart, lastInner] = [prevStart, together]
          continue
        }
      }
      if (parts === null || !(startsClause(text, open) || endsClause(text, i + 1))) continue
      notes.push({ start: open, end: i + 1, form: 'bracket', parts, closes })
    } else if (depth === 0) {
      const from = notes.length > 0 ? (notes[notes.length - 1] as NoteMatch).end : 0
      const start = runInLabel(text, i, from, grammar)
      if (start < 0) continue
      const clause = labelClause(text, start, grammar)
      if (clause) notes.push(clause)
      break
    }
  }
  return notes
}

/** A colon, or a bracket a label may be written in (`【牵头单位】`, see `mayOpenLabel`): a native scan. */
const LABEL_MARK = /[：:【［[〔]/

/** Could a label clause stand in `text`? */
const mayHoldLabel = (text: string): boolean => LABEL_MARK.test(text)

/**
 * The note that closes a text: the last of {@link findNotes}, when only
 * white space and a full stop follow it.
 *
 * @example
 * ```ts
 * findFinalNote('完善制度。（知识产权局负责）。')?.parts.departments[0]?.name // '知识产权局'
 * findFinalNote('（知识产权局负责）完善制度。') // null
 * ```
 */
export function findFinalNote(text: string, grammar: Grammar = compileGrammar()): NoteMatch | null {
  // Most texts end in neither a bracket nor a label clause (which has a colon or a bracket): no need to read them.
  let end = text.length
  while (end > 0 && (isJsSpaceCode(text.charCodeAt(end - 1)) || TRAILING.includes(text[end - 1] as string))) end--
  if (end === 0 || (!charIs(text.charCodeAt(end - 1), CLOSE) && !mayHoldLabel(text))) return null
  const notes = findNotes(text, grammar)
  const last = notes[notes.length - 1]
  return last?.closes ? last : null
}

/**
 * Does the line `text[start, end)` start with a label and its colon
 * (`责任单位：` `完成时限:` `分管省领导：`), after white space? Such a line
 * belongs to the unit before it.
 *
 * @example
 * ```ts
 * isLabelLine('  时限要求:持续推进', 0, 11) // true
 * isLabelLine('主要目标：到2025年…', 0, 12) // false
 * ```
 */
export function isLabelLine(text: string, start: number, end: number, grammar: Grammar = compileGrammar()): boolean {
  let i = start
  while (i < end && isJsSpaceCode(text.charCodeAt(i))) i++
  return i < end && labelAt(text, i, end, grammar) !== null
}
