/**
 * The common note read fast: `A、B、C负责`, `A牵头负责`, `A、B按职责分工负责`:
 * one list parted by `、` only, closed by one role word, and nothing else
 * (no bracket, comma, colon, white space, `等`, `会同` or rule word; a `和`
 * only inside one name, as in `工业和信息化部`, and with no `各`).
 * Most notes of a plan are like this; the full reader would give the same
 * (tests/extract/plain-note.test.ts checks it on every note we have).
 */
import { CLAUSE_SEPARATORS, CLOSE_BRACKETS, INVISIBLES, OPEN_BRACKETS } from '../../chars.js'
import { COLLECTIVE_START, type Grammar, JOINER_START, RULE_START, WITH_START } from './compile.js'
import { isDeadlineIn } from './deadline.js'
import type { NameSpan, NoteParts, Role } from './types.js'
import { EACH, LONGEST_NAME, type isNameLike } from './unit-shape.js'
import { LEAD_MARKS, YOU, isOneUnit } from './units.js'
import { wordAt, wordBefore } from './words.js'

const IDEOGRAPHIC_COMMA = 0x3001 // 、

let notPlain: Uint8Array | null = null

/** What `isJsSpaceCode` takes for white space, listed: a loop over every code costs milliseconds cold. */
const WHITE_CODES = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, ...[...INVISIBLES].map((ch) => ch.charCodeAt(0))]

/**
 * 1 for the characters that make a note more than a plain list, whatever the
 * grammar: brackets, clause separators, lead marks, sentence ends and stops, colons, `等`, book titles,
 * white space, and dashes (which may belong to a page footer the full reader
 * cuts out). Without them a name is {@link isNameLike} if it is short enough.
 */
export function notPlainChars(): Uint8Array {
  if (notPlain !== null) return notPlain
  notPlain = new Uint8Array(0x10000)
  for (const ch of `${OPEN_BRACKETS}${CLOSE_BRACKETS}${CLAUSE_SEPARATORS}${LEAD_MARKS}。！？.．：:等-–—－《》`) notPlain[ch.charCodeAt(0)] = 1
  for (const c of WHITE_CODES) notPlain[c] = 1
  return notPlain
}

/**
 * Read `text` if it is a plain note.
 *
 * @returns the note's parts, or `undefined` when the text is not plain and the full reader must read it.
 */
export function readPlainNote(text: string, grammar: Grammar): NoteParts | undefined {
  const end = text.length
  if (end === 0) return undefined
  const stop = notPlainChars()
  const { marks } = grammar
  // Whether a `和`-like character stands in the note, and a `各` (which may go on over a `和`).
  let joiner = false
  let each = false
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    const mark = marks[c] as number
    // 由 opens the list (`由A负责`, `具体由A负责`): the full reader takes it off.
    if (stop[c] === 1 || (mark & RULE_START) !== 0 || c === YOU) return undefined
    // The 会 of 贸促会 or 证监会 parts nothing: only a with-word written here (`会同`) does.
    if ((mark & WITH_START) !== 0 && wordAt(grammar.withWords, text, i, end) !== undefined) return undefined
    if ((mark & JOINER_START) !== 0) joiner = true
    if (c === EACH) each = true
  }
  if (joiner && each) return undefined
  const role = wordBefore(grammar.roles, text, end)
  if (role === undefined || role.value === 'with' || isDeadlineIn(text, 0, end)) return undefined
  const listEnd = end - role.word.length
  const departments: NameSpan[] = []
  let begin = 0
  for (let i = 0; i <= listEnd; i++) {
    if (i < listEnd && text.charCodeAt(i) !== IDEOGRAPHIC_COMMA) continue
    if (i > begin) {
      const first = text.charCodeAt(begin)
      // 各 may distribute over what follows; a collective phrase may hold a 、 (国防科工局 starts like
      // one, 国务院各部委、各直属机构 is one); a role word may end a piece.
      if (first === EACH || (((marks[first] as number) & COLLECTIVE_START) !== 0 && wordAt(grammar.collectives, text, begin, end) !== undefined)) return undefined
      if (i < listEnd && wordBefore(grammar.roles, text, i, begin) !== undefined) return undefined
      if (i - begin > LONGEST_NAME) return undefined
      // `工业和信息化部` is one name; `市公安局和市司法局` two, which the full reader parts.
      if (joiner && !isOneUnit(text, begin, i, grammar)) return undefined
      departments.push({ name: text.slice(begin, i), start: begin, end: i })
    }
    begin = i + 1
  }
  if (departments.length === 0) return undefined
  const kind = role.value
  const explicit = kind === 'lead' || kind === 'participant'
  const roles: Role[] = departments.map((_, i) => (explicit ? kind : i === 0 ? 'lead' : 'participant'))
  return {
    departments,
    roles,
    explicit,
    byDuty: kind === 'by-duty',
    open: false,
    clauses: [{ kind: 'units', text, start: 0, end }],
  }
}
