/**
 * The unit splitter: a list of units cut at its separators, each stretch
 * read into unit names, an open tail (`等部门`), a rule in brackets at its
 * end, and the two sides of `会同` or of `和` joining two units.
 */
import { CLAUSE_SEPARATOR, CLOSE, LIST_SEPARATOR, OPEN, charIs, isJsSpaceCode } from '../../chars.js'
import { defaultRegistry } from '../../registry/registry.js'
import { COLLECTIVE_START, type Grammar, JOINER_START, WITH_START } from './compile.js'
import { cleanName, nameSpan, trimSpan } from './name-span.js'
import { ruleIn } from './rule.js'
import type { NameSpan, RoleKind, RuleKind } from './types.js'
import { EACH, endsLikeUnit, looksLikeUnit, openOf } from './unit-shape.js'
import { type Word, type WordTable, wordAt, wordBefore } from './words.js'

/** A stretch of a list between two separators, white space trimmed. */
export interface Piece {
  start: number
  end: number
}

/** What one piece of a list says. */
export interface PieceRead extends Piece {
  units: NameSpan[]
  /** How many of `units` come before `会同` (the rest come after it); absent without `会同`. */
  withAt?: number
  /** Words that leave the list open: `等部门`, `会同有关部门`. */
  tail?: Piece
  /** A rule in brackets closing the piece: `县发改局（首位单位为牵头单位，下同）`. */
  rule?: Piece & { kind: RuleKind }
  /** A role in brackets closing the piece, for its units only: `县交通局（牵头）`. */
  role?: Exclude<RoleKind, 'with'>
}

const SEPARATOR = LIST_SEPARATOR | CLAUSE_SEPARATOR
const IDEOGRAPHIC_COMMA = 0x3001 // 、
const DENG = 0x7b49 // 等
/** `由` opens the list of units in charge (`由县水利局会同县林业局负责`); no unit's name starts with it. */
export const YOU = 0x7531
// After a level word, characters that make another word of it: 市场, 区直, 县级, 市属, 市委, 区域, 区内, 地方.
const NOT_LEVEL_NEXT = '直级属委场域内方'

/** Past the level words and brackets at `text[at…end)`: `县（区）人民政府` → before `人民政府`; `at` itself when there are none. */
function pastLevels(text: string, at: number, end: number, grammar: Grammar): number {
  let i = at
  while (i < end) {
    const word = wordAt(grammar.levels, text, i, end)
    if (word !== undefined) i += word.word.length
    else if (i > at && charIs(text.charCodeAt(i), OPEN)) {
      let depth = 0
      let j = i
      for (; j < end; j++) {
        const c = text.charCodeAt(j)
        if (charIs(c, OPEN)) depth++
        else if (charIs(c, CLOSE) && --depth === 0) break
      }
      if (j >= end) break
      i = j + 1
    } else break
  }
  return i
}

/** The words of `words` (first characters marked `bit`) outside brackets in `text[from, to)`, in order, as `[at, word]`. */
function* wordsOutside<T>(text: string, from: number, to: number, grammar: Grammar, bit: number, words: WordTable<T>): Generator<[number, Word<T>]> {
  let depth = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (charIs(c, OPEN)) depth++
    else if (charIs(c, CLOSE)) depth = Math.max(0, depth - 1)
    else if (depth === 0 && ((grammar.marks[c] as number) & bit) !== 0) {
      const word = wordAt(words, text, i, to)
      if (word !== undefined) yield [i, word]
    }
  }
}

/** `各` and level words only, with `、` between them: `各县`, `各市县`, `各县（市）`, `各省、自治区、直辖市`. */
function isBareEach(text: string, piece: Piece, grammar: Grammar): boolean {
  if (text.charCodeAt(piece.start) !== EACH) return false
  let at = piece.start + 1
  for (;;) {
    const past = pastLevels(text, at, piece.end, grammar)
    if (past === at) return false
    if (past === piece.end) return true
    if (text.charCodeAt(past) !== IDEOGRAPHIC_COMMA) return false
    at = past + 1
  }
}

/**
 * Where a `各` that may distribute over the next pieces starts in `piece`:
 * at its start, or right after a joiner (`省直有关部门和各县、区人民政府`); -1 if none.
 */
function eachIn(text: string, piece: Piece, grammar: Grammar): number {
  if (text.charCodeAt(piece.start) === EACH) return piece.start
  for (const [i, { word }] of wordsOutside(text, piece.start + 1, piece.end, grammar, JOINER_START, grammar.joiners)) {
    if (text.charCodeAt(i + word.length) === EACH) return i + word.length
  }
  return -1
}

/**
 * Does `各` carry on over `next`, after `chain` (`各市、县`): level words
 * first (`区`, `县（区）`, `区人民政府（管委会）`), not a word that only starts
 * like one (`区直各部门`, `市场监管局`), nor a level the chain has named
 * already (`各市、县（区）、市商务局`: a unit of its own)? Then `next` is
 * `(joins, bare)`.
 */
function continuesEach(text: string, chain: Piece, next: Piece, grammar: Grammar): { joins: boolean; bare: boolean } {
  const level = wordAt(grammar.levels, text, next.start, next.end)
  if (level === undefined || text.slice(chain.start, chain.end).includes(level.word)) return { joins: false, bare: false }
  const past = pastLevels(text, next.start, next.end, grammar)
  if (past === next.end) return { joins: true, bare: true }
  return { joins: !NOT_LEVEL_NEXT.includes(text[past] as string), bare: false }
}

/** `text[start, end)` is a unit, once a role word at its end is taken off (`县财政局配合`). */
function unitBeforeRole(text: string, start: number, end: number, grammar: Grammar): boolean {
  const role = wordBefore(grammar.roles, text, end, start)
  if (role !== undefined && role.value !== 'with') end -= role.word.length
  return start < end && endsLikeUnit(text, start, end, grammar)
}

/**
 * Does the white space at `space` part two units, as a copy of a table or a
 * web page writes a list (`县住建局 县财政局`, `县住建局牵头 县财政局配合`)?
 * Only between words that each end like a unit: a name a line break cut
 * (`国家卫生健 康委`) stays one.
 */
function spaceParts(text: string, begin: number, space: number, to: number, grammar: Grammar): boolean {
  const [s, e] = trimSpan(text, begin, space)
  if (s >= e || !unitBeforeRole(text, s, e, grammar)) return false
  let next = space
  while (next < to && isJsSpaceCode(text.charCodeAt(next))) next++
  let end = next
  while (end < to && !isJsSpaceCode(text.charCodeAt(end)) && !charIs(text.charCodeAt(end), SEPARATOR)) end++
  return next < end && unitBeforeRole(text, next, end, grammar)
}

/**
 * Cut `text[from, to)` at the list separators outside brackets (`、` `，` `,`
 * `；` `;`) and at white space between two units, keeping whole a collective of the grammar (`国务院各部委、各直属机构`)
 * and a `各` that distributes over level words (`各县、市、区`,
 * `各县、区人民政府（管委会）`): `各地、各部门` and `各街道、区直各部门` stay two.
 *
 * @example
 * ```ts
 * splitPieces('各市、县（区）、市商务局', 0, 12, compileGrammar()) // [{ start: 0, end: 7 }, { start: 8, end: 12 }]
 * ```
 */
export function splitPieces(text: string, from: number, to: number, grammar: Grammar): Piece[] {
  const raw: Piece[] = []
  /** The separator after each raw piece, by index. */
  const after: number[] = []
  let depth = 0
  let begin = from
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : NaN
    if (i === begin && i < to && ((grammar.marks[c] as number) & COLLECTIVE_START) !== 0) {
      const whole = wordAt(grammar.collectives, text, i, to)
      if (whole !== undefined) {
        i += whole.word.length - 1
        continue
      }
    }
    if (charIs(c, OPEN)) depth++
    else if (charIs(c, CLOSE)) depth = Math.max(0, depth - 1)
    else if (i === to || (depth === 0 && (charIs(c, SEPARATOR) || (isJsSpaceCode(c) && spaceParts(text, begin, i, to, grammar))))) {
      const [s, e] = trimSpan(text, begin, i)
      if (s < e) raw.push({ start: s, end: e }), after.push(c)
      begin = i + 1
      // The name's first character, past the spaces after a separator, may open a collective.
      while (begin < to && (text.charCodeAt(begin) === 0x20 || text.charCodeAt(begin) === 0x3000)) begin++
      if (begin > i + 1) i = begin - 1
    }
  }
  // `各` distributes over the level words after it: merge across `、`.
  const pieces: Piece[] = []
  for (let k = 0; k < raw.length; k++) {
    const piece = { ...(raw[k] as Piece) }
    const each = eachIn(text, piece, grammar)
    let bare = each >= 0 && isBareEach(text, { start: each, end: piece.end }, grammar)
    while (bare && after[k] === IDEOGRAPHIC_COMMA && k + 1 < raw.length) {
      const next = raw[k + 1] as Piece
      const { joins, bare: nextBare } = continuesEach(text, { start: each, end: piece.end }, next, grammar)
      if (!joins) break
      piece.end = next.end
      bare = nextBare
      k++
    }
    pieces.push(piece)
  }
  return pieces
}

/** The first `和`-like word at depth 0 in `text[from, to)` joining two units, as `[at, length]`. */
function joinerIn(text: string, from: number, to: number, grammar: Grammar): [number, number] | null {
  for (const [i, { word }] of wordsOutside(text, from + 1, to, grammar, JOINER_START, grammar.joiners)) {
    const after = i + word.length
    // `各省、自治区、直辖市及新疆生产建设兵团…`: 各 goes on over the 及; `各地区和各部门` are two.
    if (isBareEach(text, { start: from, end: i }, grammar) && text.charCodeAt(after) !== EACH) continue
    if (looksLikeUnit(text, from, i, grammar) && looksLikeUnit(text, after, to, grammar)) return [i, word.length]
  }
  return null
}

/** The `和`-like word that parts `text[from, to)` (trimmed) into two units, or null when it is one unit: no such word joins two units, or the registry knows the whole name. */
function partingJoiner(text: string, from: number, to: number, grammar: Grammar): [number, number] | null {
  const first = joinerIn(text, from, to, grammar)
  // `人力资源和社会保障局` never gets here (人力资源 ends like no unit); the registry keeps its own names whole.
  return first !== null && defaultRegistry().find(cleanName(text.slice(from, to))) === undefined ? first : null
}

/**
 * Is `text[from, to)`, white space trimmed, one unit however `和` `及` `与`
 * `以及` stand in it (`工业和信息化部`), as {@link readPiece} reads it?
 */
export function isOneUnit(text: string, from: number, to: number, grammar: Grammar): boolean {
  ;[from, to] = trimSpan(text, from, to)
  return partingJoiner(text, from, to, grammar) === null
}

/** Push the units of `text[from, to)`: one, or several joined by `和` `及` `与` `以及` (never inside a registry name). */
function pushUnits(text: string, from: number, to: number, grammar: Grammar, joiners: boolean, out: NameSpan[]): void {
  ;[from, to] = trimSpan(text, from, to)
  if (from >= to) return
  if (joiners) {
    const first = partingJoiner(text, from, to, grammar)
    if (first !== null) {
      let at = from
      for (let cut: [number, number] | null = first; cut !== null; cut = joinerIn(text, at, to, grammar)) {
        const span = nameSpan(text, at, cut[0])
        if (span) out.push(span)
        at = cut[0] + cut[1]
      }
      const span = nameSpan(text, ...trimSpan(text, at, to))
      if (span) out.push(span)
      return
    }
  }
  const span = nameSpan(text, from, to)
  if (span) out.push(span)
}

/** Is `text[from, to)` nothing, or words after `等` that name no unit? */
function isTailWords(text: string, from: number, to: number, grammar: Grammar): boolean {
  ;[from, to] = trimSpan(text, from, to)
  return from >= to || grammar.tails.has(cleanName(text.slice(from, to)))
}

/** Where an open tail starts in `text[from, to)`: the first `等` after a unit or before tail words. */
function tailStart(text: string, from: number, to: number, grammar: Grammar): number {
  let depth = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (charIs(c, OPEN)) depth++
    else if (charIs(c, CLOSE)) depth = Math.max(0, depth - 1)
    else if (depth === 0 && c === DENG && (isTailWords(text, i + 1, to, grammar) || (i > from && looksLikeUnit(text, from, i, grammar, false)))) return i
  }
  return -1
}

/** Read `text[from, to)` as units with an optional tail: `区水务局等部门`. */
function readSide(text: string, from: number, to: number, grammar: Grammar, joiners: boolean, read: PieceRead): void {
  const deng = text.indexOf('等', from)
  const tail = deng >= 0 && deng < to ? tailStart(text, from, to, grammar) : -1
  if (tail >= 0) {
    read.tail ??= { start: tail, end: to }
    to = tail
  }
  pushUnits(text, from, to, grammar, joiners, read.units)
}

/**
 * Marks after a unit that make it lead (`县财政局*`), where a document says
 * so once (`标注*的为牵头单位`); a role word would say the same.
 */
export const LEAD_MARKS = '*＊※'

/**
 * What a note may write before `由`: the tasks it speaks of (`以下各项`,
 * `本部分任务`) and an adverb (`具体由县水利局负责`, `以下各项均由…牵头`).
 */
const BEFORE_YOU = /^(?:(?:以下|以上|上述|本部分|本章|本节|本项|该项|各项)[^，,；;。、：:（(]{0,4}?)?(?:均|统一|具体|分别|主要|都)?由/

/** Where the units of a piece start: after `由` and what may stand before it, when units follow. */
function afterYou(text: string, start: number, end: number, grammar: Grammar): number {
  const reach = Math.min(end, start + 12)
  const you = text.indexOf('由', start)
  // Most pieces hold no 由 near their start: no slice, no regex.
  if (you < 0 || you >= reach) return start
  const m = BEFORE_YOU.exec(text.slice(start, reach))
  const at = m ? start + m[0].length : start
  return m && looksLikeUnit(text, at, end, grammar) ? at : start
}

/**
 * Read one piece of a list: a rule or a role in brackets at its end comes off first,
 * then `会同` parts the units that lead from those that take part (`会同有关部门`
 * only leaves the list open), then `等…` comes off as the tail, and `和`-like
 * words part two units.
 *
 * @example
 * ```ts
 * readPiece('市公安局会同市商务局', { start: 0, end: 10 }, compileGrammar()).units.map((u) => u.name) // ['市公安局', '市商务局']
 * ```
 */
export function readPiece(text: string, piece: Piece, grammar: Grammar, joiners = true): PieceRead {
  let { start, end } = piece
  const read: PieceRead = { start, end, units: [] }
  start = afterYou(text, start, end, grammar)
  if (end - start > 1 && LEAD_MARKS.includes(text[end - 1] as string)) {
    read.role = 'lead'
    end = trimSpan(text, start, end - 1)[1]
  }
  if (charIs(text.charCodeAt(end - 1), CLOSE)) {
    const open = openOf(text, start, end)
    const kind = open >= start ? ruleIn(text, open + 1, end - 1, grammar) : null
    if (kind !== null) {
      read.rule = { start: open, end, kind }
      end = trimSpan(text, start, open)[1]
    } else if (open > start) {
      const [s, e] = trimSpan(text, open + 1, end - 1)
      const role = wordBefore(grammar.roles, text, e, s)
      if (role !== undefined && role.word.length === e - s) {
        read.role = role.value as Exclude<RoleKind, 'with'>
        end = trimSpan(text, start, open)[1]
      }
    }
  }
  for (const [i, { word }] of wordsOutside(text, start, end, grammar, WITH_START, grammar.withWords)) {
    readSide(text, start, i, grammar, joiners, read)
    read.withAt = read.units.length
    const after = i + word.length
    if (isTailWords(text, after, end, grammar)) read.tail ??= { start: i, end }
    else readSide(text, after, end, grammar, joiners, read)
    return read
  }
  readSide(text, start, end, grammar, joiners, read)
  return read
}
