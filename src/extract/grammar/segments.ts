import { CLAUSE_SEPARATOR, CLOSE, LIST_SEPARATOR, OPEN, charIs, isJsSpaceCode } from '../../chars.js'
import { type Grammar, LABEL_START } from './compile.js'
import { isDeadlineIn } from './deadline.js'
import { trimSpan } from './name-span.js'
import type { LabelKind } from './types.js'
import { wordAt } from './words.js'

/** A clause of a note between separators, white space trimmed. */
export interface Segment {
  start: number
  end: number
}

/** A sentence of a note (up to a `。`) and its segments. */
export interface Sentence extends Segment {
  segments: Segment[]
}

const FULL_STOP = 0x3002 // 。
const COLON = 0xff1a // ：
const ASCII_COLON = 0x3a

/** A label and where the words after its colon start. */
export interface LabelAt {
  kind: LabelKind
  word: string
  /** Index past the colon and the white space after it. */
  value: number
}

/** Brackets a web page writes a label in, with no colon (`【牵头单位】市公安局`), and their closing ones. */
const LABEL_BRACKETS: Readonly<Record<string, string>> = { '【': '】', '［': '］', '[': ']', '〔': '〕' }

/** May a label in brackets start with the UTF-16 code `c`? */
export function mayOpenLabel(c: number): boolean {
  return c === 0x3010 || c === 0xff3b || c === 0x5b || c === 0x3014
}

/** A label in brackets at `text[at…]` (`【牵头单位】`, a colon after it or not), closing with `close`. */
function bracketedLabelAt(text: string, at: number, end: number, grammar: Grammar, close: string): LabelAt | null {
  const label = wordAt(grammar.labels, text, at + 1, end)
  if (label === undefined || text[at + 1 + label.word.length] !== close) return null
  let k = at + 2 + label.word.length
  while (k < end && isJsSpaceCode(text.charCodeAt(k))) k++
  if (text.charCodeAt(k) === COLON || text.charCodeAt(k) === ASCII_COLON) k++
  while (k < end && isJsSpaceCode(text.charCodeAt(k))) k++
  // Words must follow: `县交通局【牵头】、县公安局` tags a unit with its role (see `readPiece`).
  const next = text.charCodeAt(k)
  if (k >= end || charIs(next, CLAUSE_SEPARATOR | LIST_SEPARATOR | CLOSE | OPEN) || next === FULL_STOP) return null
  return { kind: label.value, word: label.word, value: k }
}

/**
 * The label written at `text[at…]`: a label word, white space, a colon of
 * either width (`责任单位：` `牵头单位 :`), or a label word in brackets (`【牵头单位】`).
 *
 * @example
 * ```ts
 * labelAt('时限要求:持续推进', 0, 9, compileGrammar()) // { kind: 'deadline', word: '时限要求', value: 5 }
 * ```
 */
export function labelAt(text: string, at: number, end: number, grammar: Grammar): LabelAt | null {
  const close = LABEL_BRACKETS[text[at] as string]
  if (close !== undefined) return bracketedLabelAt(text, at, end, grammar, close)
  if (((grammar.marks[text.charCodeAt(at)] as number) & LABEL_START) === 0) return null
  const label = wordAt(grammar.labels, text, at, end)
  if (label === undefined) return null
  let k = at + label.word.length
  while (k < end && isJsSpaceCode(text.charCodeAt(k))) k++
  const c = text.charCodeAt(k)
  if (k >= end || (c !== COLON && c !== ASCII_COLON)) return null
  k++
  while (k < end && isJsSpaceCode(text.charCodeAt(k))) k++
  return { kind: label.value, word: label.word, value: k }
}

/**
 * Where the label whose colon is at `colon` starts, if one ends there (white
 * space between allowed), no earlier than `from`; or -1.
 */
export function labelBefore(text: string, colon: number, from: number, grammar: Grammar): number {
  for (let at = Math.max(from, colon - grammar.longestLabel - 2); at < colon; at++) {
    const label = labelAt(text, at, colon + 1, grammar)
    if (label !== null && label.value > colon) return at
  }
  return -1
}

/**
 * Cut a note into sentences at `。` and each sentence into segments at `，`
 * `,` `；` `;`, outside brackets, before a time frame after white space, and before every label with its colon or in brackets
 * (`责任单位：A\n时限要求：B`, `牵头单位:区发改局责任单位:…` when lines were
 * joined with nothing). A line break is no cut by itself, since a wrapped
 * line may break a name (`国家卫生健\n康委`).
 *
 * @example
 * ```ts
 * sentencesOf('A牵头，B参与。以下同', compileGrammar()).map((s) => s.segments.length) // [2, 1]
 * ```
 */
export function sentencesOf(text: string, grammar: Grammar, from = 0, to = text.length): Sentence[] {
  const sentences: Sentence[] = []
  let segments: Segment[] = []
  let sentenceStart = from
  let begin = from
  let depth = 0
  const cut = (end: number) => {
    const [s, e] = trimSpan(text, begin, end)
    if (s >= e) return
    // A time frame parted by white space only (`县住建局负责 2025年底前`) is a segment of its own.
    let space = e - 1
    while (space > s && !isJsSpaceCode(text.charCodeAt(space))) space--
    if (space > s && isDeadlineIn(text, space + 1, e)) {
      segments.push({ start: s, end: trimSpan(text, s, space)[1] }, { start: space + 1, end: e })
    } else segments.push({ start: s, end: e })
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (charIs(c, OPEN)) {
      // A label in brackets starts a segment, as one with a colon does (`【牵头单位】A【配合单位】B`).
      if (depth++ === 0 && i > begin && labelAt(text, i, to, grammar) !== null) {
        cut(i)
        begin = i
      }
    }
    else if (charIs(c, CLOSE)) depth = Math.max(0, depth - 1)
    else if (depth > 0) continue
    else if (c === FULL_STOP) {
      cut(i)
      const [s, e] = trimSpan(text, sentenceStart, i)
      if (segments.length > 0) sentences.push({ start: s, end: e, segments })
      segments = []
      sentenceStart = begin = i + 1
    } else if (charIs(c, CLAUSE_SEPARATOR)) {
      cut(i)
      begin = i + 1
    } else if (c === COLON || c === ASCII_COLON) {
      const label = labelBefore(text, i, begin, grammar)
      if (label > begin) {
        cut(label)
        begin = label
      }
    }
  }
  cut(to)
  if (segments.length > 0) {
    const [s, e] = trimSpan(text, sentenceStart, to)
    sentences.push({ start: s, end: e, segments })
  }
  return sentences
}
