/**
 * The straightforward versions of the input and lexer hot paths, as they were
 * before they were made fast (commit c3e049d): string per character, every
 * matcher on every line, every character of every line visited. Kept only as
 * oracles: tests/property/input-speed.test.ts checks that the fast versions
 * give exactly the same answers on plan-shaped and arbitrary text.
 */
import { CHAPTER_DELIMITERS, SENTENCE_ENDS, TASK_DELIMITERS, digitValue, isDigit, isSpace, isSpaceCode } from '../../src/chars.js'
import { isTraditional } from '../../src/input/traditional-set.js'
import type { Edit } from '../../src/input/edits.js'
import type { Token, TokenKind } from '../../src/lex/tokenize.js'
import type { LineSpan } from '../../src/util/lines.js'

interface MarkerMatch {
  value: number
  markerEnd: number
  contentStart: number
  weak: boolean
}

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  // Traditional capitals sometimes survive in copied text.
  壹: 1, 貳: 2, 贰: 2, 參: 3, 叁: 3, 肆: 4, 伍: 5, 陸: 6, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
}
const TEN = new Set(['十', '拾'])
export function readNumeral(text: string, start: number): { value: number; length: number } | null {
  const a = text[start]
  const b = text[start + 1]
  const c = text[start + 2]
  const unit = (ch: string | undefined) => (ch !== undefined && !TEN.has(ch) ? (DIGITS[ch] ?? 0) : 0)
  if (a === undefined) return null
  if (TEN.has(a)) {
    // 十, 十一 … 十九
    const ones = unit(b)
    return ones > 0 ? { value: 10 + ones, length: 2 } : { value: 10, length: 1 }
  }
  const tens = unit(a)
  if (tens === 0) return null
  // 二十, 二十一 … 九十九; 一十 is not written in headings, so 一 stands alone.
  if (b !== undefined && TEN.has(b) && tens >= 2) {
    const ones = unit(c)
    return ones > 0 ? { value: tens * 10 + ones, length: 3 } : { value: tens * 10, length: 2 }
  }
  return { value: tens, length: 1 }
}
function skipSpaces(text: string, index: number, end: number): number {
  while (index < end && isSpace(text[index])) index++
  return index
}

/** `一、` `十一．` `二十 ` — a Chinese numeral and a delimiter or a space. */
export function matchChapter(text: string, start: number, end: number): MarkerMatch | null {
  // > | 十一、加强组织保障
  //     ^
  const numeral = readNumeral(text, start)
  if (!numeral) return null
  let index = start + numeral.length
  const ch = text[index]
  let weak = false
  if (ch !== undefined && CHAPTER_DELIMITERS.includes(ch)) index++
  else if (isSpace(ch)) weak = true
  else return null
  const markerEnd = index
  const contentStart = skipSpaces(text, index, end)
  // `一.5` is a decimal in prose, and a marker with nothing after it is no heading.
  if (contentStart >= end || (ch === '.' && isDigit(text[contentStart]))) return null
  return { value: numeral.value, markerEnd, contentStart, weak }
}

/** `（一）` `(一)` `(一）` — a numeral in brackets of either width. */
export function matchSection(text: string, start: number, end: number): MarkerMatch | null {
  // > | （一）加强组织领导
  //     ^
  const open = text[start]
  if (open !== '（' && open !== '(') return null
  const numeral = readNumeral(text, start + 1)
  if (!numeral) return null
  const close = text[start + 1 + numeral.length]
  if (close !== '）' && close !== ')') return null
  const markerEnd = start + numeral.length + 2
  const contentStart = skipSpaces(text, markerEnd, end)
  if (contentStart >= end) return null
  return { value: numeral.value, markerEnd, contentStart, weak: false }
}

/** `1.` `88．` `１２．` `3、` `109 . ` — digits of either width, then a delimiter. */
export function matchTask(text: string, start: number, end: number): MarkerMatch | null {
  // > | 109 . 深入推进与各国执法部门
  //     ^
  let index = start
  let value = 0
  while (index < end && isDigit(text[index]) && index - start < 4) value = value * 10 + digitValue(text[index++] as string)
  if (index === start || value === 0 || isDigit(text[index])) return null
  index = skipSpaces(text, index, end)
  const delimiter = text[index]
  if (delimiter === undefined || !TASK_DELIMITERS.includes(delimiter)) return null
  const markerEnd = index + 1
  const contentStart = skipSpaces(text, markerEnd, end)
  if (contentStart >= end) return null
  // `7. 5%`, `3.5亿`: a number goes on, so this is prose, not a marker.
  const next = text[contentStart] as string
  if (isDigit(next) || next === '%' || next === '％' || next === '.' || next === '．') return null
  return { value, markerEnd, contentStart, weak: false }
}

const MAX_JUMP = 10

interface Counter {
  last: number
}

function accept(match: MarkerMatch, counter: Counter, afterHeading: boolean, prevComplete: boolean): boolean {
  const expected = counter.last + 1
  if (match.value === expected) return true
  if (match.weak) return false
  if (afterHeading) return true
  if (!prevComplete) return false
  return match.value < expected || match.value <= counter.last + MAX_JUMP
}

export function tokenize(text: string, lines: readonly LineSpan[]): Token[] {
  const tokens: Token[] = []
  const chapters: Counter = { last: 0 }
  const sections: Counter = { last: 0 }
  const tasks: Counter = { last: 0 }
  let afterHeading = true
  let prevComplete = true
  let headingStart = -1

  for (const { start, end } of lines) {
    let kind: TokenKind = 'text'
    let match: MarkerMatch | null
    if ((match = matchSection(text, start, end)) && accept(match, sections, afterHeading, prevComplete)) {
      kind = 'section'
      sections.last = match.value
    } else if ((match = matchChapter(text, start, end)) && accept(match, chapters, afterHeading, prevComplete)) {
      kind = 'chapter'
      chapters.last = match.value
      sections.last = 0
    } else if ((match = matchTask(text, start, end)) && accept(match, tasks, afterHeading, prevComplete)) {
      kind = 'task'
      tasks.last = match.value
    } else {
      match = null
    }

    tokens.push(
      match
        ? { kind, value: match.value, marker: text.slice(start, match.markerEnd), start, end, contentStart: match.contentStart }
        : { kind, value: null, marker: null, start, end, contentStart: start },
    )
    // A heading is run-in when a 。 outside brackets comes before its last
    // character; bracketed lines right after it are read as part of it.
    const line = text.slice(start, end)
    if (kind === 'chapter' || kind === 'section') headingStart = match!.contentStart
    else if (!(headingStart >= 0 && kind === 'text' && '（(〔[【'.includes(line[0] as string) && /[）)〕\]】][。．.；;]*$/.test(line.slice(1)))) headingStart = -1
    let runIn = false
    if (headingStart >= 0) {
      let depth = 0
      for (const ch of text.slice(headingStart, end - 1)) {
        if ('（(〔[【'.includes(ch)) depth++
        else if ('）)〕]】'.includes(ch)) depth = Math.max(0, depth - 1)
        else if (ch === '。' && depth === 0) runIn = true
      }
    }
    afterHeading = headingStart >= 0 && !runIn
    prevComplete = afterHeading || SENTENCE_ENDS.includes(text[end - 1] as string)
  }
  return tokens
}

function startsWithMarker(text: string, start: number, end: number, allowWeak = false): boolean {
  if (matchSection(text, start, end) || matchTask(text, start, end)) return true
  const chapter = matchChapter(text, start, end)
  return chapter !== null && (allowWeak || !chapter.weak)
}

const HAN = /[\u3400-\u9fff]/

export function findFlattened(text: string, lines: readonly LineSpan[]): Edit[] {
  const edits: Edit[] = []
  for (const { start, end } of lines) {
    let i = start
    // Where the piece being cut off began (the line's start, then each cut).
    let piece = start
    while (i < end) {
      // Codes, not `text[i]`: a string per Han character is garbage.
      if (!isSpaceCode(text.charCodeAt(i))) {
        i++
        continue
      }
      const from = i
      while (i < end && isSpaceCode(text.charCodeAt(i))) i++
      const before = text[from - 1] ?? ''
      // Items follow a Han character (a title) or a closing mark (`。` `）`);
      // not a number (`第 2. 条`), a word (`Article 3.`) or syntax (`## 一、`).
      if (before === '第' || !(HAN.test(before) || SENTENCE_ENDS.includes(before) || before === '》')) continue
      // After a Han character only a title ends: a task's wording runs on to
      // its note or full stop (`1.（负责二 一、；` is one task, however it was
      // wrapped).
      if (HAN.test(before) && matchTask(text, piece, end)) continue
      // `…负责） 二 强化保护`: a chapter with a space for its `、` only after a closing mark.
      if (i < end && startsWithMarker(text, i, end, SENTENCE_ENDS.includes(before))) {
        // The break goes after the spaces, which stay: where the tokenizer
        // does not take the marker, the line joins back onto the task with them.
        edits.push({ start: i, end: i, text: '\n' })
        piece = i
      }
    }
  }
  return edits
}

export function firstTraditional(text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    // Below U+3400 there are no Han characters: punctuation, Latin, digits pass at once.
    if (c < 0x3400) continue
    if (isTraditional(c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) as number) : c)) return i
  }
  return -1
}
