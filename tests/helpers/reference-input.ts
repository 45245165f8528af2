/**
 * The straightforward versions of the input and lexer hot paths: string per
 * character, every family's shape read from its entry in the construct table
 * (`Construct.shape`, never its fast matcher), every family tried on every
 * line, every character of every line visited. Kept only as oracles:
 * tests/property/input-speed.test.ts checks that the fast versions give
 * exactly the same answers on plan-shaped and arbitrary text. A new family
 * is checked here as soon as it is in the table.
 */
import { CLOSE_BRACKETS, OPEN_BRACKETS, SENTENCE_ENDS, SENTENCE_STOPS, digitValue, isDigit, isSpace, isSpaceCode } from '../../src/chars.js'
import { parseNote } from '../../src/extract/note.js'
import { roleRuleOf } from '../../src/meta/closing-rule.js'
import { compileGrammar } from '../../src/extract/grammar/compile.js'
import { labelAt as grammarLabelAt } from '../../src/extract/grammar/segments.js'
import { isTraditional } from '../../src/input/traditional-set.js'
import type { Edit } from '../../src/input/edits.js'
import type { Construct, MarkerMatch, NumeralReader } from '../../src/lex/construct.js'
import { constructs } from '../../src/lex/constructs/index.js'
import type { Token } from '../../src/lex/tokenize.js'
import type { LineSpan } from '../../src/util/lines.js'

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
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

function readDigits(text: string, start: number, end: number, max: number): { value: number; length: number } | null {
  let index = start
  let value = 0
  while (index < end && isDigit(text[index]) && index - start < max) value = value * 10 + digitValue(text[index++] as string)
  if (index === start || value === 0 || isDigit(text[index])) return null
  return { value, length: index - start }
}

/** A number as the reader named in the entry writes it. */
export function readNumber(reader: NumeralReader, text: string, start: number, end: number): { value: number; length: number } | null {
  switch (reader.name) {
    case 'chinese':
      return readNumeral(text, start)
    case 'arabic':
      return readDigits(text, start, end, reader.maxLength)
    case 'circled': {
      const k = CIRCLED.indexOf(text[start] ?? 'x')
      return k < 0 ? null : { value: k + 1, length: 1 }
    }
    case 'ordinal':
      return readNumeral(text, start) ?? readDigits(text, start, end, reader.maxLength)
  }
}

function skipSpaces(text: string, index: number, end: number): number {
  while (index < end && isSpace(text[index])) index++
  return index
}

/** A marker of `construct` at `start`, read off its shape: prefix, bracket, number, close, prose. */
export function match(construct: Construct, text: string, start: number, end: number): MarkerMatch | null {
  const { prefix, open, close, spaceBeforeClose, spaceAfterOpen = false, spaceCloses, prose } = construct.shape
  let i = start
  if (prefix) {
    if (!text.startsWith(prefix, i)) return null
    i += prefix.length
  }
  if (open) {
    if (text[i] === undefined || !open.includes(text[i] as string)) return null
    i++
    if (spaceAfterOpen) i = skipSpaces(text, i, end)
  }
  const number = readNumber(construct.numeral, text, i, end)
  if (!number) return null
  i += number.length
  let weak = false
  let closedBy = ''
  if (close) {
    const j = spaceBeforeClose ? skipSpaces(text, i, end) : i
    const ch = text[j]
    if (ch !== undefined && close.includes(ch)) {
      closedBy = ch
      i = j + 1
    } else if (spaceCloses && i < end && isSpace(text[i])) weak = true
    else return null
  }
  const contentStart = skipSpaces(text, i, end)
  const first = text[contentStart]
  for (const rule of prose) {
    if (first !== undefined && (rule.after === '' || rule.after.includes(closedBy) && closedBy !== '') && rule.first.includes(first)) return null
  }
  return { value: number.value, markerEnd: i, contentStart, weak: weak || contentStart >= end }
}

/** The first family whose marker is at `start`. */
function find(text: string, start: number, end: number, families: (c: Construct) => boolean = () => true): { construct: Construct; match: MarkerMatch } | null {
  for (const construct of constructs) {
    if (!families(construct)) continue
    const m = match(construct, text, start, end)
    if (m) return { construct, match: m }
  }
  return null
}

const MAX_JUMP = 10
/** Numbers past this (`10001.`, `20210.`) are taken only in turn. */
const MAX_FREE = 9999
const UNIT_ENDS = '。！？!?）)〕]】”’」』'
const ITEM_ENDS = '；;'
const TITLE_BREAKS = '。！？!?；;，,：:'
const MAX_TITLE = 40
const isHan = (ch: string | undefined) => ch !== undefined && /^[\u3400-\u9fff\uf900-\ufaff]$/.test(ch)

/** Counters by family name; a unit restarts the inner families that do not number on. */
class Counters {
  last = new Map<string, number>()
  /** What a restarted family had reached: right after a heading it may go on from there. */
  carried = new Map<string, number>()
  expected(c: Construct): number {
    return (this.last.get(c.name) ?? 0) + 1
  }
  take(c: Construct, value: number): void {
    this.last.set(c.name, value)
    this.carried.set(c.name, 0)
    for (const inner of constructs) {
      if (inner.rank <= c.rank || inner.continues) continue
      if ((this.last.get(inner.name) ?? 0) > 0) this.carried.set(inner.name, this.last.get(inner.name) ?? 0)
      this.last.set(inner.name, 0)
    }
  }
}

function accept(c: Construct, m: MarkerMatch, counters: Counters, afterHeading: boolean, prevComplete: boolean): boolean {
  const expected = counters.expected(c)
  if (m.value === expected) return true
  const carried = counters.carried.get(c.name) ?? 0
  if (afterHeading && expected === 1 && carried > 0 && m.value === carried + 1 && !m.weak) return true
  if (m.weak || c.strict || m.value > MAX_FREE) return false
  if (afterHeading) return true
  if (!prevComplete) return false
  return m.value < expected || m.value <= expected - 1 + MAX_JUMP
}

type Piece = { kind: 'heading' | 'unit' | 'text'; rank: number; contentStart: number }

function confirmed(text: string, outer: Construct, m: MarkerMatch, end: number, counters: Counters, reading: { reach: number }): boolean {
  for (let q = m.contentStart + 1; q < end && q <= m.contentStart + MAX_TITLE; q++) {
    reading.reach = Math.max(reading.reach, q + 1)
    if (TITLE_BREAKS.includes(text[q] as string)) return false
    for (const inner of constructs) {
      if (inner.rank <= outer.rank) continue
      const found = match(inner, text, q, end)
      if (!found) continue
      reading.reach = Math.max(reading.reach, found.contentStart + 1)
      if (!found.weak && (found.value === 1 || found.value === counters.expected(inner))) return true
    }
  }
  return false
}

/** The unit that starts at `p`, if any; `reading.reach` grows past all the text read to judge it. */
function cutAt(text: string, lineStart: number, p: number, end: number, piece: Piece, counters: Counters, reading: { reach: number }): { construct: Construct; match: MarkerMatch } | null {
  let q = p - 1
  while (q > lineStart && isSpace(text[q])) q--
  const spaced = q < p - 1
  const before = text[q] as string
  const afterUnit = UNIT_ENDS.includes(before)
  const afterItem = afterUnit || ITEM_ENDS.includes(before)
  let afterTitle = false
  if (piece.kind === 'heading' && !spaced && isHan(before)) {
    const title = text.slice(piece.contentStart, p)
    afterTitle = title.length <= MAX_TITLE && ![...title].some((ch) => TITLE_BREAKS.includes(ch))
  }
  if (!afterItem && !afterTitle && !(piece.kind === 'text' && isHan(before))) return null
  for (const construct of constructs) {
    const m = match(construct, text, p, end)
    if (!m) continue
    if (spaced && !construct.cited) continue
    reading.reach = Math.max(reading.reach, m.contentStart + 1)
    if (m.weak) continue
    const expected = m.value === counters.expected(construct)
    const deeper = construct.rank > piece.rank
    let ok: boolean
    if (piece.kind === 'text') {
      ok = expected && (construct.level === 'chapter' || construct.level === 'section') && (afterUnit || (isHan(before) && confirmed(text, construct, m, end, counters, reading)))
    } else if (piece.kind === 'heading') {
      ok = (afterTitle || afterItem) && (afterTitle ? deeper : afterUnit || construct.level === 'item') && (expected || (deeper && m.value === 1))
    } else {
      ok = afterItem && expected && (m.value > 1 || deeper) && (afterUnit || construct.level === 'item')
    }
    if (!ok) continue
    const next = find(text, m.contentStart, end)
    if (!next) return { construct, match: m }
    reading.reach = Math.max(reading.reach, next.match.contentStart + 1)
  }
  return null
}

export function tokenize(text: string, lines: readonly LineSpan[]): Token[] {
  const tokens: Token[] = []
  const counters = new Counters()
  let afterHeading = true
  let prevComplete = true
  let inUnit = false
  let unitRank = -1
  let headingStart = -1
  let lastEnd = 0

  for (const [index, { start: lineStart, end }] of lines.entries()) {
    let at = lineStart
    let found = find(text, at, end)
    if (found && !accept(found.construct, found.match, counters, afterHeading, prevComplete)) {
      const { construct, match: m } = found
      let run = false
      if (counters.expected(construct) === 1 && !m.weak && !construct.strict) {
        let k = index
        while (k < lines.length && k < index + 8 && !SENTENCE_ENDS.includes(text[(lines[k] as LineSpan).end - 1] as string)) k++
        const next = lines[k + 1]
        run = next !== undefined && match(construct, text, next.start, next.end)?.value === m.value + 1
      }
      if (!run) found = null
    }
    for (;;) {
      let piece: Piece
      let token: Token
      if (found) {
        const { construct, match: m } = found
        counters.take(construct, m.value)
        const heading = construct.level === 'chapter' || construct.level === 'section'
        piece = { kind: heading ? 'heading' : 'unit', rank: construct.rank, contentStart: m.contentStart }
        token = { kind: construct.level, construct: construct.name, rank: construct.rank, value: m.value, marker: text.slice(at, m.markerEnd), start: at, end, contentStart: m.contentStart }
        unitRank = construct.rank
        inUnit = !heading
      } else {
        inUnit = inUnit && !prevComplete
        piece = { kind: inUnit ? 'unit' : 'text', rank: inUnit ? unitRank : -1, contentStart: at }
        token = { kind: 'text', construct: null, rank: -1, value: null, marker: null, start: at, end, contentStart: at }
      }
      let cut: { start: number; construct: Construct; match: MarkerMatch } | null = null
      const reading = { reach: piece.contentStart + 1 }
      for (let p = piece.contentStart + 1; p < end && !cut; p++) {
        if (p < reading.reach) continue
        const c = cutAt(text, at, p, end, piece, counters, reading)
        if (c) cut = { start: p, ...c }
      }
      if (cut) {
        let pieceEnd = cut.start
        while (isSpace(text[pieceEnd - 1])) pieceEnd--
        token.end = pieceEnd
      }
      // A heading is run-in when a 。 outside brackets comes before its last
      // character; bracketed pieces right after it are read as part of it.
      const line = text.slice(at, token.end)
      if (piece.kind === 'heading') headingStart = piece.contentStart
      else if (!(headingStart >= 0 && piece.kind === 'text' && (('（(〔[【'.includes(line[0] as string) && /[）)〕\]】][。．.；;]*$/.test(line.slice(1))) || labelAt(text, at, token.end) || !SENTENCE_STOPS.includes(text[lastEnd - 1] as string)))) headingStart = -1
      lastEnd = token.end
      let runIn = false
      if (headingStart >= 0) {
        let depth = 0
        for (const ch of text.slice(headingStart, token.end - 1)) {
          if ('（(〔[【'.includes(ch)) depth++
          else if ('）)〕]】'.includes(ch)) depth = Math.max(0, depth - 1)
          else if (ch === '。' && depth === 0) runIn = true
        }
      }
      afterHeading = headingStart >= 0 && !runIn
      prevComplete = afterHeading || SENTENCE_ENDS.includes(text[token.end - 1] as string)
      tokens.push(token)
      if (!cut) break
      at = cut.start
      found = cut
    }
  }
  return tokens
}

function startsWithMarker(text: string, start: number, end: number, allowWeak = false, families: (c: Construct) => boolean = () => true): boolean {
  const found = find(text, start, end, families)
  return found !== null && (allowWeak || !found.match.weak)
}

const HAN = /[\u3400-\u9fff]/
// Label recognition is the note grammar's; the oracle checks where the scan looks for labels.
function labelAt(text: string, i: number, end: number): boolean {
  return grammarLabelAt(text, i, end, compileGrammar()) !== null
}

function closesNote(text: string, from: number, close: number): boolean {
  let depth = 0
  for (let i = close; i >= from && i > close - 300; i--) {
    if (CLOSE_BRACKETS.includes(text[i] as string)) depth++
    else if (OPEN_BRACKETS.includes(text[i] as string) && --depth === 0) return parseNote(text.slice(i + 1, close)) !== null
  }
  return false
}

/** The last marker after a full stop or closing bracket before `to`, else the piece's start. */
function unitStart(text: string, piece: number, to: number, end: number): number {
  let at = piece
  for (let k = piece + 1; k < to; k++) if ('。！？!?）)〕]】”’」』'.includes(text[k - 1] as string) && startsWithMarker(text, k, end, true)) at = k
  return at
}

export function findFlattened(text: string, lines: readonly LineSpan[]): Edit[] {
  const edits: Edit[] = []
  for (const { start, end } of lines) {
    let i = start
    // Where the piece being cut off began (the line's start, then each cut).
    let piece = start
    let inLabel = labelAt(text, start, end)
    while (i < end) {
      // Codes, not `text[i]`: a string per Han character is garbage.
      if (!isSpaceCode(text.charCodeAt(i))) {
        i++
        continue
      }
      const from = i
      while (i < end && isSpaceCode(text.charCodeAt(i))) i++
      if (i >= end) continue
      const before = text[from - 1] ?? ''
      const afterSentence = SENTENCE_ENDS.includes(before)
      let cut =
        before !== '第' &&
        (HAN.test(before) || afterSentence || before === '》') &&
        !(HAN.test(before) && startsWithMarker(text, unitStart(text, piece, from, end), end, false, (c) => c.level === 'task' || c.level === 'item')) &&
        startsWithMarker(text, i, end, afterSentence, (c) => !c.cited)
      const label = !cut && (afterSentence || inLabel) && labelAt(text, i, end)
      if (!cut && !label && HAN.test(text[i] as string) && CLOSE_BRACKETS.includes(before)) {
        let glued = false
        for (let k = start; k < from; k++) glued ||= CLOSE_BRACKETS.includes(text[k] as string) && startsWithMarker(text, k + 1, end) && closesNote(text, start, k)
        if (piece > start || glued) cut = closesNote(text, piece, from - 1)
      }
      if (cut || label) {
        inLabel = label
        edits.push({ start: i, end: i, text: '\n' })
        piece = i
      }
    }
  }
  // A stated role rule glued onto a note: plainly, every 上述 / 以上 after a closing bracket.
  for (const { start, end } of lines) {
    for (let k = start + 1; k < end; k++) {
      if (!(text.startsWith('上述', k) || text.startsWith('以上', k)) || !CLOSE_BRACKETS.includes(text[k - 1] as string)) continue
      const stop = text.indexOf('。', k)
      const sentence = text.slice(k, Math.min(end, k + 80, stop === -1 ? end : stop + 1))
      if (roleRuleOf(sentence) === undefined || !closesNote(text, start, k - 1)) continue
      if (!edits.some((e) => e.start === k)) edits.push({ start: k, end: k, text: '\n' })
    }
  }
  edits.sort((a, b) => a.start - b.start)
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
