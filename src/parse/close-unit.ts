import { diagnostic } from '../diagnostics.js'
import type { DepartmentFactory } from '../extract/departments.js'
import { citedTitles } from '../extract/references.js'
import { toResponsibility } from '../extract/responsibility.js'
import type { Chapter, Diagnostic, Position, Responsibility, Section, Unit } from '../types.js'
import { type JoinedText, joinPairs } from '../util/joined-text.js'
import type { Locator } from '../util/location.js'
import { SpanList } from '../util/span-list.js'
import type { Grammar } from '../extract/grammar/compile.js'
import type { NoteMatch as FoundNote } from '../extract/note.js'
import { notesIn, readLabelNote } from './notes.js'
import { type OpenUnit, isItem } from './open-unit.js'
import { trimmedEnd } from './task-text.js'
import { cutNotes, titleEnd } from './wording.js'
import { notesOf } from '../util/units.js'
import { isWhiteCode } from '../chars.js'
import { MAX_BRACKET_DIAGNOSTICS, type Unpaired, unpairedBrackets } from './brackets.js'

/** What closing a unit needs from the tree builder. */
export interface UnitContext {
  source: string
  /** `source` before traditional → simplified, or `null` when nothing was converted. */
  original: string | null
  locator: Locator
  make: DepartmentFactory
  grammar: Grammar
  /** Does `original` differ from `source` anywhere in `[start, end)`? */
  differsIn(start: number, end: number): boolean
  /**
   * `source[start, end)` as the tree may keep it: sliced from the input where
   * conversion changed nothing there (the input is alive anyway), else copied,
   * so that the tree never holds on to the whole converted text.
   */
  textOf(start: number, end: number): string
  /** One string for equal short strings (see `shortStrings`). */
  share(text: string): string
  diagnostics: Diagnostic[]
}

const names = (notes: readonly Responsibility[]) => notes.some((n) => n.departments.length > 0)

/** First index at or after `from` that is not white space. */
function skipWhite(text: string, from: number, to: number): number {
  while (from < to && isWhiteCode(text.charCodeAt(from))) from++
  return from
}

/**
 * What a note covers: the wording from `from` (the unit's start, or the end
 * of the note before) to `end`, white space trimmed; an empty position at
 * `empty` when that holds nothing.
 */
function covered(ctx: UnitContext, text: string, from: number, end: number, place: (s: number, e: number) => Position, empty: number): Position {
  const coverEnd = trimmedEnd(text, end)
  const coverStart = skipWhite(text, from, coverEnd)
  return coverEnd > coverStart ? place(coverStart, coverEnd) : ctx.locator.position(empty, empty)
}

/**
 * Check the brackets of a unit's wording (notes cut out) and of each note
 * apart: however the notes are placed around the wording, the same brackets
 * pair. The marker's own brackets (`（一）`) always pair.
 */
function checkWording(ctx: UnitContext, joined: JoinedText, found: readonly FoundNote[]): void {
  const unpaired = unpairedBrackets(joined.text, found)
  // A unit is one text, capped as paragraphs are (`checkBrackets`): one diagnostic each is ~80× the input for `[a](` runs.
  const shown = Math.min(unpaired.length, MAX_BRACKET_DIAGNOSTICS)
  for (let k = 0; k < shown; k++) {
    const { index, open } = unpaired[k] as Unpaired
    const at = joined.offsetAt(index)
    const ch = ctx.source[at]
    ctx.diagnostics.push(diagnostic('unbalanced-brackets', open ? `Opening “${ch}” is never closed` : `Closing “${ch}” has no opening partner`, ctx.locator.position(at, at + 1)))
  }
  const more = unpaired.length - shown
  if (more > 0) {
    const at = joined.offsetAt((unpaired[shown] as Unpaired).index)
    ctx.diagnostics.push(diagnostic('unbalanced-brackets', `${more} more bracket${more === 1 ? '' : 's'} here without a partner, not reported one by one`, ctx.locator.position(at, at + 1)))
  }
}

/** The note made of a unit's label lines (`责任单位：A、B` / `完成时限：…`), or null when they are none. */
function labelResponsibility(ctx: UnitContext, labels: SpanList, covers: Position): { responsibility: Responsibility; start: number; end: number } | null {
  const start = labels.start(0)
  const end = labels.end(labels.length - 1)
  // The lines as they stand, breaks included: `raw` and positions slice the source.
  const text = ctx.textOf(start, end)
  const note = readLabelNote(text, ctx.grammar)
  if (!note) return null
  const written = ctx.original !== null && ctx.differsIn(start, end) ? ctx.original.slice(start, end) : null
  const responsibility = shareRaw(ctx, toResponsibility(text, note, (s, e) => ctx.locator.position(start + s, start + e), ctx.make, written, covers))
  return { responsibility, start, end }
}

/** The note with its `raw` shared: `（知识产权局负责）` is written under many tasks. */
function shareRaw(ctx: UnitContext, note: Responsibility): Responsibility {
  note.raw = ctx.share(note.raw)
  return note
}

/** Did conversion change anything in one of `spans` (not all in order: a heading's adopted lines come after its own)? */
function convertedIn(ctx: UnitContext, spans: SpanList): boolean {
  for (let k = 0; k < spans.length; k++) if (ctx.differsIn(spans.start(k), spans.end(k))) return true
  return false
}

/** The spans of `own`, then those of each list after them, in a list of their own. */
function withLines(own: SpanList, ...lists: SpanList[]): SpanList {
  const out = new SpanList(own.length)
  for (const list of [own, ...lists]) for (let k = 0; k < list.length; k++) out.push(list.start(k), list.end(k))
  return out
}

/**
 * Make the node of a unit from what was gathered while it was open: its own
 * paragraph (marker line and the lines going on with it), label lines, and
 * children. The notes of its own paragraph become `notes` and
 * `responsibility`; a heading's wording splits into `title` and `text`.
 */
export function closeUnit(ctx: UnitContext, unit: OpenUnit): Unit {
  const { source, original, locator } = ctx
  const { token } = unit
  const spans = unit.tail.length > 0 || unit.adopted.length > 0 ? withLines(unit.spans, unit.adopted, unit.tail) : unit.spans
  const lastEnd = spans.end(spans.length - 1)
  const converted = original !== null && convertedIn(ctx, spans)
  // The text the node's strings are sliced from (see `textOf`): the input's own where conversion changed nothing.
  const joined: JoinedText = original === null ? joinPairs(source, spans) : converted ? joinPairs(source, spans, { copy: true }) : joinPairs(original, spans)
  // A heading's title lies in its own paragraph, never in body lines it took as its wording.
  const ownLength = unit.adopted.length > 0 ? joinPairs(source, unit.spans).text.length : joined.text.length
  const written = converted ? joinPairs(original, spans).text : null
  const text = joined.text
  const place = (s: number, e: number): Position => locator.position(joined.offsetAt(s), joined.offsetAt(e - 1) + 1)

  const found: FoundNote[] = notesIn(text, ctx.grammar)
  // A run-in label clause (`…工作。责任单位：市商务局。`) ends the wording with its
  // full stop: read as label lines are, whole, with nothing trailing.
  // (Lengths are checked before reading the last: an index of -1 is a slow look-up.)
  const lastFound = found.length > 0 ? (found[found.length - 1] as FoundNote) : null
  if (lastFound !== null && lastFound.form === 'label' && lastFound.closes) {
    const whole = readLabelNote(text.slice(lastFound.start, trimmedEnd(text, text.length)), ctx.grammar)
    if (whole) found[found.length - 1] = { ...whole, start: lastFound.start, end: lastFound.start + whole.end }
  }
  checkWording(ctx, joined, found)
  const closing = found.length > 0 && (found[found.length - 1] as FoundNote).closes ? (found[found.length - 1] as FoundNote) : null
  // The wording runs to the closing note; notes inside it are cut out.
  const wordingEnd = trimmedEnd(text, closing ? closing.start : text.length)
  const notes: Responsibility[] = []
  // What each note covers: the wording since the note before (or since the unit's start).
  let from = 0
  for (const note of found) {
    notes.push(shareRaw(ctx, toResponsibility(text, note, place, ctx.make, written, covered(ctx, text, from, note.start, place, joined.offsetAt(note.start)))))
    from = note.end
  }
  const label = unit.labels.length > 0 ? labelResponsibility(ctx, unit.labels, covered(ctx, text, from, wordingEnd, place, unit.labels.start(0))) : null
  if (label) notes.push(label.responsibility)
  const responsibility = pickResponsibility(notes)
  // Label lines that only give a time frame (`完成时限：…`) date the closing bracket.
  if (label && responsibility && responsibility !== label.responsibility && responsibility.deadline === undefined && label.responsibility.deadline !== undefined) {
    responsibility.deadline = label.responsibility.deadline
  }
  const trailing = closing ? text.slice(closing.end) : ''

  const markerEnd = token.start + (token.marker as string).length
  const ownEnd = label ? label.end : lastEnd
  const position = spanOf(locator, unit, ownEnd)
  const number = token.value as number
  // The marker as written: `第三節` is read as `第三节`, and kept as the input has it.
  const marker = ctx.share(original === null ? (token.marker as string) : original.slice(token.start, token.start + (token.marker as string).length))
  const extra = notes.length > 1 || (notes.length === 1 && responsibility === null) ? notes : undefined

  if (unit.type === 'task' || unit.type === 'item') {
    const wording = ctx.share(cutNotes(text, found, 0, wordingEnd))
    const writtenWording = written === null ? null : cutNotes(written, found, 0, wordingEnd)
    const textPosition = locator.position(token.start, wordingEnd > 0 ? joined.offsetAt(wordingEnd - 1) + 1 : markerEnd)
    const references = citedTitles(wording)
    const node: Unit =
      writtenWording === null || writtenWording === wording
        ? { type: unit.type, id: unit.id, number, marker, text: wording, responsibility, references, position, textPosition }
        : { type: unit.type, id: unit.id, number, marker, text: wording, original: writtenWording, responsibility, references, position, textPosition }
    if (trailing) node.trailing = trailing
    if (extra) node.notes = extra
    if (unit.children.length > 0 && node.type === 'task') node.children = unit.children as NonNullable<typeof node.children>
    // A task is assigned when a note of its own, or of one of its sub-items, names a department.
    if (node.type === 'task' && !names(notes) && !(node.children ?? []).some((c) => isItem(c) && names(notesOf(c)))) {
      ctx.diagnostics.push(diagnostic('missing-responsibility', `Task ${number} has no responsibility note (e.g. “（知识产权局负责）”)`, position))
    }
    return node
  }

  const split = titleEnd(text, found, Math.min(wordingEnd, ownLength))
  const title = ctx.share(cutNotes(text, found, 0, split))
  const writtenTitle = written === null ? null : cutNotes(written, found, 0, split)
  const headingEnd = split > 0 ? joined.offsetAt(trimmedEnd(text, split) - 1) + 1 : markerEnd
  const headingPosition = locator.position(token.start, Math.max(markerEnd, headingEnd))
  const rest = skipWhite(text, split, wordingEnd)
  const body = rest < wordingEnd ? cutNotes(text, found, rest, wordingEnd) : ''
  const node = { type: unit.type, id: unit.id, number, marker, title, responsibility, children: unit.children, position, headingPosition } as Chapter | Section
  if (writtenTitle !== null && writtenTitle !== title) node.original = writtenTitle
  if (body) {
    node.text = body
    const writtenBody = written === null ? null : cutNotes(written, found, rest, wordingEnd)
    if (writtenBody !== null && writtenBody !== body) node.textOriginal = writtenBody
    node.references = citedTitles(body)
    node.textPosition = place(rest, wordingEnd)
  }
  if (trailing) node.trailing = trailing
  if (extra) node.notes = extra
  return node
}

/**
 * The unit's responsibility: the last of its notes that names a department,
 * wherever it stands in the paragraph. A closing bracket or label line that
 * only gives a time frame leaves the note before it; a paragraph whose notes
 * name no one has none.
 */
function pickResponsibility(notes: readonly Responsibility[]): Responsibility | null {
  for (let k = notes.length - 1; k >= 0; k--) if ((notes[k] as Responsibility).departments.length > 0) return notes[k] as Responsibility
  return null
}

/** The end of a unit's span: its own paragraph, or its last child when that ends later. */
function spanOf(locator: Locator, unit: OpenUnit, ownEnd: number): Position {
  const own = locator.position(unit.token.start, ownEnd)
  const child = unit.children.length > 0 ? unit.children[unit.children.length - 1] : undefined
  // Child positions are input positions already: compared, never mapped again.
  return child && child.position.end.offset > own.end.offset ? { start: own.start, end: child.position.end } : own
}
