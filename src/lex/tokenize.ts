import { CLOSE, OPEN, SENTENCE_ENDS, charIs, inSet, isDigitCode } from '../chars.js'
import { type LineSpan, splitLines } from '../util/lines.js'
import { type MarkerMatch, matchChapter, matchSection, matchTask } from './markers.js'
import { isNumeralCode } from './numerals.js'
import { isRunIn } from './run-in.js'

export type TokenKind = 'chapter' | 'section' | 'task' | 'text'

/** One non-blank line, classified. Offsets are into the text given to {@link tokenize}. */
export interface Token {
  kind: TokenKind
  /** The number a heading or task carries (`十一、` → 11), `null` for text. */
  value: number | null
  /** The marker as written (`十一、`, `（一）`, `109 .`), `null` for text. */
  marker: string | null
  /** Offset of the marker, or of the first character of a text line. */
  start: number
  /** Offset just past the line's last non-space character. */
  end: number
  /** Offset of the content after the marker and its spaces (`start` for text). */
  contentStart: number
}

/** What may follow a note on its line: `（A负责）。`. */
const AFTER_NOTE = '。．.；;'

/** Is the line one bracket group, maybe with a full stop after it: a note on a line of its own? */
function isBracketLine(text: string, start: number, end: number): boolean {
  let last = end - 1
  while (last > start && inSet(AFTER_NOTE, text.charCodeAt(last))) last--
  return charIs(text.charCodeAt(start), OPEN) && charIs(text.charCodeAt(last), CLOSE)
}

/** How far past the last number a heading may jump and still be read as one (a gap). */
const MAX_JUMP = 10

interface Counter {
  last: number
}

/**
 * Decide whether a marker-shaped line start really is a marker, from the
 * sequence: the next number is always taken; a jump ahead, a repeat or a step
 * back only when the previous line was complete, so that a wrapped sentence
 * going on with `3、…` or `2021.` stays text. Right after a heading any number
 * is taken, which keeps swapped chapters and restarting task lists intact.
 */
function accept(match: MarkerMatch, counter: Counter, afterHeading: boolean, prevComplete: boolean): boolean {
  const expected = counter.last + 1
  if (match.value === expected) return true
  if (match.weak) return false
  if (afterHeading) return true
  if (!prevComplete) return false
  return match.value < expected || match.value <= counter.last + MAX_JUMP
}

/**
 * Classify each non-blank line of a plan as a chapter, section or task
 * heading, or as text.
 *
 * @example
 * ```ts
 * tokenize('一、总体要求\n1. 加强领导。（知识产权局负责）')
 * // [{ kind: 'chapter', value: 1, marker: '一、', start: 0, end: 6, contentStart: 2 },
 * //  { kind: 'task', value: 1, marker: '1.', start: 7, end: 24, contentStart: 10 }]
 * ```
 */
export function tokenize(text: string, lines: readonly LineSpan[] = splitLines(text)): Token[] {
  return [...tokens(text, lines)]
}

/**
 * {@link tokenize} one token at a time, for a parser that pulls them: each
 * token dies as soon as it is read, where an array of a whole plan's tokens
 * would outlive them all and be copied by every collection on the way.
 */
export function* tokens(text: string, lines: readonly LineSpan[] = splitLines(text)): Generator<Token, void, undefined> {
  const chapters: Counter = { last: 0 }
  const sections: Counter = { last: 0 }
  const tasks: Counter = { last: 0 }
  let afterHeading = true
  // Where the content of the heading being read began, while only its note lines follow it; -1 otherwise.
  let headingStart = -1
  let prevComplete = true

  for (const { start, end } of lines) {
    let kind: TokenKind = 'text'
    let match: MarkerMatch | null = null
    // Each marker style has its own first character, so one matcher at most
    // can take a line: most lines (text) are decided by one character.
    const first = text.charCodeAt(start)
    if (first === 0xff08 || first === 0x28) {
      // （一） (一)
      if ((match = matchSection(text, start, end)) && accept(match, sections, afterHeading, prevComplete)) {
        kind = 'section'
        sections.last = match.value
      }
    } else if (isDigitCode(first)) {
      // 1. １２．
      if ((match = matchTask(text, start, end)) && accept(match, tasks, afterHeading, prevComplete)) {
        kind = 'task'
        tasks.last = match.value
      }
    } else if (isNumeralCode(first)) {
      // 一、 十一．
      if ((match = matchChapter(text, start, end)) && accept(match, chapters, afterHeading, prevComplete)) {
        kind = 'chapter'
        chapters.last = match.value
        sections.last = 0
      }
    }

    // A run-in heading reads as a task. Bracketed lines right after a heading
    // (its note) are read with it, as if on its line: what follows is right
    // after a title unless heading and notes together are run-in.
    if (kind === 'chapter' || kind === 'section') headingStart = (match as MarkerMatch).contentStart
    else if (!(headingStart >= 0 && kind === 'text' && isBracketLine(text, start, end))) headingStart = -1
    afterHeading = headingStart >= 0 && !isRunIn(text, headingStart, end)
    prevComplete = afterHeading || inSet(SENTENCE_ENDS, text.charCodeAt(end - 1))
    yield kind !== 'text' && match
      ? { kind, value: match.value, marker: text.slice(start, match.markerEnd), start, end, contentStart: match.contentStart }
      : { kind, value: null, marker: null, start, end, contentStart: start }
  }
}
