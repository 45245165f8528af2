/**
 * Reading a note: the fast path for plain notes, a quick look that turns
 * away what cannot be a note, and the full reader (reader.ts).
 */
import { isJsSpaceCode } from '../../chars.js'
import { type Grammar, ROLE_END, RULE_START } from './compile.js'
import { mayStartDeadline } from './deadline.js'
import { compactLetterSpaced, mapParts } from './letter-spaced.js'
import { readPlainNote } from './plain-note.js'
import { NoteReader } from './reader.js'
import { LEAD_MARKS } from './units.js'
import { sentencesOf } from './segments.js'
import type { NoteParts } from './types.js'
import { wordBefore } from './words.js'

const ORGANISERS = /^\s*由[^，,；;。]{1,40}?主办/

/** `由市体育局、市文旅局联合主办，…承办`: who organises an event, not who is in charge of a task. */
export const namesOrganisers = (text: string): boolean => ORGANISERS.test(text)

/**
 * Read a note: a bracket's inside, or label lines joined with `\n`; one
 * whose characters are spaced out is read without those spaces.
 *
 * @returns `null` when the text is no note by its shape: no label and no role
 * word, unless it is only a deadline or a rule (`2021—2035年`, `市、区`,
 * `简称“留交会”` give `null`).
 */
export function readNote(text: string, grammar: Grammar): NoteParts | null {
  if (namesOrganisers(text)) return null
  const compact = compactLetterSpaced(text)
  if (compact !== null) {
    const parts = readNote(compact.text, grammar)
    return parts && mapParts(parts, compact, text)
  }
  const plain = readPlainNote(text, grammar)
  if (plain !== undefined) return plain
  return mayBeNote(text, grammar) ? readNoteInFull(text, grammar) : null
}

/**
 * Can `text` be a note at all: does it hold a colon (a label), a lead mark,
 * a role word, a rule word, or start like a deadline? Brackets such as `（TISC）`,
 * `（2021—2035年）` or `（市、区）` are turned away here, unread.
 */
export function mayBeNote(text: string, grammar: Grammar): boolean {
  const { marks } = grammar
  let first = 0
  while (first < text.length && isJsSpaceCode(text.charCodeAt(first))) first++
  if (mayStartDeadline(text.charCodeAt(first))) return true
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // A colon (a label), or a mark that makes a unit lead (`县财政局*`).
    if (c === 0xff1a || c === 0x3a || LEAD_MARKS.includes(text[i] as string)) return true
    const mark = marks[c] as number
    if ((mark & RULE_START) !== 0) return true
    if ((mark & ROLE_END) !== 0 && wordBefore(grammar.roles, text, i + 1) !== undefined) return true
  }
  return false
}

/** {@link readNote} without the fast path for plain notes: the reference it is tested against. */
export function readNoteInFull(text: string, grammar: Grammar): NoteParts | null {
  const reader = new NoteReader(text, grammar)
  const sentences = sentencesOf(text, grammar)
  sentences.forEach((sentence, i) => reader.sentence(sentence, i === 0))
  if (!reader.shaped) {
    // Only a deadline or a rule: `2020年10月底前完成`, `第一责任单位为牵头单位，下同`.
    const only = reader.clauses.length > 0 && reader.clauses.every((c) => c.kind === 'deadline' || c.kind === 'rule')
    if (!only) return null
    reader.units.length = 0
    reader.roles.length = 0
  }
  return reader.parts()
}
