import type { Token } from '../lex/tokenize.js'
import type { Item, Paragraph, Plan } from '../types.js'
import { SpanList } from '../util/span-list.js'

/** The types of numbered units, outermost first. */
export const LEVELS = ['chapter', 'section', 'task', 'item'] as const
export type Level = (typeof LEVELS)[number]

export type Child = Plan['children'][number]

/** The plan itself, as the bottom of the stack of open units. */
export interface OpenRoot {
  kind: 'root'
  children: Child[]
  /** How deep the next unit's type must at least be: below the root, any. */
  depth: -1
}

/**
 * A unit (chapter, section, task, item) whose marker has been read and whose
 * node is made when it closes: what its own paragraph holds is known only then.
 */
export interface OpenUnit {
  kind: 'unit'
  token: Token
  type: Level
  /** Index of `type` in {@link LEVELS}. */
  depth: number
  /** The marker family's nesting order: a marker closes every open unit of its rank or deeper. */
  rank: number
  id: string
  /**
   * The unit's own paragraph: the marker line's content, then the lines that
   * go on with it. Spans in a {@link SpanList}, as every list of lines here:
   * two numbers a line, where a `{ start, end }` object took five words and an
   * array of numbers eight bytes each, grown by copies (a task of 500,000
   * short lines held 32 MB of objects, then 28 MB of arrays).
   */
  spans: SpanList
  /** Label lines after the wording (`责任单位：…`, `完成时限：…`): the unit's note. */
  labels: SpanList
  /** The own paragraph is over: later text lines are the unit's body, or paragraphs. */
  done: boolean
  /**
   * Text lines after a heading's own paragraph, before any sub-unit: the
   * heading's wording when they end with a note and no sub-unit follows,
   * paragraphs otherwise.
   */
  body: SpanList
  /** Body lines taken as the heading's wording: they come after its title, never into it. */
  adopted: SpanList
  /** Note or label lines on their own after a sub-item: the item's, or its parent's. */
  floating: SpanList
  /** Note lines that came after the unit's sub-items, taken from a sub-item's floating lines: the end of its wording. */
  tail: SpanList
  children: Child[]
  /** Its sub-items had notes on lines of their own, between them: so has the last. */
  itemNotesApart: boolean
  /** Paragraphs after the unit's own paragraph, placed once the next unit shows where they belong. */
  pending: Paragraph[]
}

export type Open = OpenRoot | OpenUnit

/**
 * The empty list every open unit starts with in its rarely used fields
 * (paragraphs pending): shared and frozen, replaced by a list of its own on
 * the first {@link addPending}. Most units are a line or two of wording and
 * need none of them.
 */
const NONE: never[] = Object.freeze([]) as unknown as never[]

/** An empty list for an open unit's field, until something is added. */
export const none = <T>(): T[] => NONE

/**
 * The same for its lists of lines (label lines, body, floating lines, …):
 * one shared empty list, never added to ({@link add} gives the unit a list of
 * its own first). Not frozen: every list then has the same shape.
 */
const NO_LINES = new SpanList(1)

/** The empty list of lines an open unit's rarely used fields start with. */
export const noLines = (): SpanList => NO_LINES

/** A unit's own paragraph so far: the marker line's content, `start` to `end`. */
export function ownSpans(start: number, end: number): SpanList {
  const spans = new SpanList()
  spans.push(start, end)
  return spans
}

type Lists = 'labels' | 'body' | 'floating' | 'adopted' | 'tail'

/**
 * Add a line to one of an open unit's lists, giving it a list of its own
 * first. Its offsets only: a token given as the line would stay alive, whole,
 * as long as the unit (a unit of a million lines held a million tokens).
 */
export function add(unit: OpenUnit, list: Lists, start: number, end: number): void {
  ;(unit[list] === NO_LINES ? (unit[list] = new SpanList()) : unit[list]).push(start, end)
}

/** Add a paragraph to an open unit's pending ones. */
export function addPending(unit: OpenUnit, paragraph: Paragraph): void {
  ;(unit.pending === NONE ? (unit.pending = []) : unit.pending).push(paragraph)
}

/** Sub-items that ended up in a parent: looked at to tell whether a task's sub-items carry its notes. */
export const isItem = (child: Child): child is Item => child.type === 'item'
