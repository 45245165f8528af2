import { CLOSE, OPEN, charIs, isWhiteCode } from '../chars.js'
import { type NoteMatch, type NoteParts, findNotes, parseNote } from '../extract/note.js'

/** A note found in a unit's own paragraph, and whether it closes the paragraph. */
export interface FoundNote extends NoteMatch {
  closes: boolean
}

/** Characters a document may put after a closing note: `…负责）。`. */
const TRAILING = '。．.；;'

/** Does only white space or a full stop follow `end` in `text`? */
export function closesText(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (!isWhiteCode(c) && !TRAILING.includes(text[i] as string)) return false
  }
  return true
}

/** Every note of a unit's wording, in order, each marked when it closes the wording. */
export function notesIn(text: string): FoundNote[] {
  return findNotes(text).map((note) => ({ ...note, closes: closesText(text, note.end) }))
}

// Labels that open a line of their own after a unit's wording: `责任单位：…`, `完成时限：…`.
const LABEL_WORDS = [
  '牵头单位', '牵头部门', '责任单位', '责任部门', '负责单位', '负责部门', '配合单位', '配合部门', '参与单位', '协办单位', '协助单位',
  '主责单位', '实施单位', '责任科室', '部门分工', '完成时限', '时限要求', '时间节点', '完成时间', '分管省领导', '分管市领导', '分管领导', '责任领导',
  '牽頭單位', '責任單位', '配合單位',
]

/** Does `source[start, end)` open with a label and its colon (`责任单位：`)? */
export function isLabelLine(source: string, start: number, end: number): boolean {
  for (const word of LABEL_WORDS) {
    if (!source.startsWith(word, start)) continue
    let i = start + word.length
    while (i < end && isWhiteCode(source.charCodeAt(i))) i++
    const c = source.charCodeAt(i)
    if (c === 0xff1a || c === 0x3a) return true
  }
  return false
}

/** Does `source[start, end)` hold nothing but one bracketed note (and a full stop)? */
export function isNoteLine(source: string, start: number, end: number): boolean {
  if (!charIs(source.charCodeAt(start), OPEN)) return false
  const text = source.slice(start, end)
  const notes = notesIn(text)
  return notes.length > 0 && (notes[0] as FoundNote).start === 0 && (notes[0] as FoundNote).closes
}

/** Is `c` a closing bracket? Used to tell a line ending in a note. */
export const isClose = (c: number) => charIs(c, CLOSE)

/**
 * Read the text of label lines (`责任单位：A、B\n完成时限：2024年底前`) as a note.
 * Each line break parts clauses as a `；` would.
 */
export function readLabelNote(text: string): NoteParts | null {
  // Same length, so every index the reading gives is an index into `text`.
  return parseNote(text.replace(/[\n\r\u2028\u2029]/g, '；'))
}
