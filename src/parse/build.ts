import { OPEN, SENTENCE_END, charIs, isDigitCode, isSpace } from '../chars.js'
import { isNumeralCode } from '../lex/numerals.js'
import { type DepartmentFactory, departmentFactory } from '../extract/departments.js'
import { type Grammar, compileGrammar } from '../extract/grammar/compile.js'
import type { Token } from '../lex/tokenize.js'
import type { Diagnostic, Paragraph, Unit } from '../types.js'
import { copyOf, joinPairs } from '../util/joined-text.js'
import { shortStrings } from '../util/short-strings.js'
import { lowerBound } from '../util/lower-bound.js'
import type { LineSpan } from '../util/lines.js'
import type { Locator } from '../util/location.js'
import { diagnostic } from '../diagnostics.js'
import { checkBrackets } from './brackets.js'
import { changedOffsets } from './changed.js'
import { isContentLine, leadersOnly } from './content-line.js'
import { withLostTasks } from './lost-markers.js'
import { type UnitContext, closeUnit } from './close-unit.js'
import { isPartLine } from '../lex/part.js'
import { isRunIn } from '../lex/run-in.js'
import { idMaker } from './ids.js'
import { TABLE_ROW } from '../lex/tokenize.js'
import { rowTask } from '../table/row-task.js'
import { isLabelLine, isNoteLine, mayEndWithNote, notesIn } from './notes.js'
import { type Child, LEVELS, type Level, type Open, type OpenRoot, type OpenUnit, add, addPending, noLines, none, ownSpans } from './open-unit.js'

/** Nesting order of the marker families of today's tokens, when a token does not say. */
const RANK: Record<Level, number> = { chapter: 2, section: 3, task: 4, item: 5 }
const LETTER: Record<Level, string> = { chapter: 'c', section: 's', task: 't', item: 'i' }
/** Each level's index in {@link LEVELS}. */
const DEPTH = Object.fromEntries(LEVELS.map((level, index) => [level, index])) as Record<Level, number>

const DI = 0x7b2c // 第

/** Can a marker start with this character: a digit, a Chinese numeral, a bracket, a circled number, `第`? */
function mayOpenMarker(c: number): boolean {
  return isDigitCode(c) || isNumeralCode(c) || charIs(c, OPEN) || (c >= 0x2460 && c <= 0x2473) || c === DI
}

const endsSentence = (source: string, end: number) => charIs(source.charCodeAt(end - 1), SENTENCE_END)

/**
 * The spaces before a line break that clean-up put in (a body flattened onto
 * one line is split before each marker, spaces kept): when the line goes on
 * with the unit after all, they go back between the two, so that the text
 * reads as the input did and the next parse of it splits and joins the same
 * way. A break that is in the input joins with nothing, as Chinese does.
 * Returns where the gap ends: `from` when there is none.
 */
function insertedGap(source: string, from: number, line: LineSpan, locator: Locator): number {
  let to = from
  while (to < line.start && isSpace(source[to])) to++
  // Most joins have no space before the break: then no position is made (one per line was most of a long task's garbage).
  if (to === from) return from
  const { start, end } = locator.position(from, line.start)
  if (start.line !== end.line) return from
  // The end of an HTML block (U+2029) is a break of the input's, on whatever source line it lies.
  for (let k = from; k < line.start; k++) if (source.charCodeAt(k) === 0x2029) return from
  return to
}

/**
 * Build the tree of units from tokens with a stack of open units, one per
 * nesting rank (mdast's `stack`): a marker closes every open unit of its
 * rank or deeper and opens a unit below what is left. A unit's type is its
 * marker family's level, made deeper than its parent's when needed (`一、`
 * under `第一章` is a section). Text lines go on with the open unit's own
 * paragraph (a wrapped line, a note or label lines on their own), become a
 * heading's wording, or are paragraphs; text before the first unit and after
 * the last stays at the root.
 */
export function buildTree(
  source: string,
  tokens: Iterable<Token>,
  locator: Locator,
  original: string | null = null,
  departments: (front: readonly Child[]) => DepartmentFactory = () => departmentFactory(),
  grammar: Grammar = compileGrammar(),
): { children: Child[]; diagnostics: Diagnostic[] } {
  // Offsets where `original` differs from `source`, in order: most of a plan
  // with a stray 意見 is the same in both, and there slicing `original` is waste.
  const changed = original === null ? [] : changedOffsets(source, original)
  const differsIn = (start: number, end: number): boolean => {
    const i = lowerBound(changed, start)
    return i < changed.length && (changed[i] as number) < end
  }
  const diagnostics: Diagnostic[] = []
  // Departments are made (and resolved) once the paragraphs before the first
  // unit are known: the notice there gives the plan's date.
  let make: DepartmentFactory | null = null
  const textOf = (start: number, end: number): string =>
    original === null ? source.slice(start, end) : differsIn(start, end) ? copyOf(source.slice(start, end)) : original.slice(start, end)
  const share = shortStrings()
  const ctx: UnitContext = { source, original, locator, make: (name, position, written, reach) => (make ??= departments(root.children))(name, position, written, reach), grammar, differsIn, textOf, share, diagnostics }
  const root: OpenRoot = { kind: 'root', children: [], depth: -1 }
  const stack: Open[] = [root]
  const ids = idMaker()
  const top = (): Open => stack[stack.length - 1] as Open

  function check(start: number, end: number): void {
    checkBrackets(source, [[start, end]], locator, diagnostics)
  }

  function paragraph(start: number, end: number): Paragraph {
    check(start, end)
    const text = share(textOf(start, end))
    const position = locator.position(start, end)
    if (original !== null && differsIn(start, end)) {
      const written = original.slice(start, end)
      if (written !== text) return { type: 'paragraph', id: '', text, original: written, position }
    }
    return { type: 'paragraph', id: '', text, position }
  }

  function append(parent: Open, node: Child): void {
    // Paragraphs are numbered where they finally land.
    if (node.type === 'paragraph') node.id = ids.paragraph(parent.kind === 'unit' ? parent.id : null)
    parent.children.push(node)
  }

  /** Does this text line go on with the open unit's own paragraph? */
  function continues(unit: OpenUnit, line: Token): boolean {
    const lastEnd = unit.spans.end(unit.spans.length - 1)
    const label = isLabelLine(source, line.start, line.end, grammar)
    // A task's content under a label (`任务内容：…`), before the label lines of its note.
    const content = (unit.type === 'task' || unit.type === 'item') && isContentLine(source, line.start, line.end)
    if (content && (unit.labels.length === 0 || leadersOnly(source, unit.labels, grammar))) return true
    // Once label lines began, only label lines follow.
    if (unit.labels.length > 0) return label
    // A heading is prose once its own paragraph so far goes past a `。` or closes with a note.
    const prose = unit.type === 'task' || unit.type === 'item' || isRunIn(source, unit.token.contentStart, lastEnd)
    const cut = prose && !endsSentence(source, lastEnd)
    // After a finished sub-item, a note or label line on its own may be its parent's: see `settle`.
    if (unit.type === 'item') return cut && !label
    // Label lines, a wrap or page break that cut the sentence, a note pushed onto a line of its own.
    return label || cut || isNoteLine(source, line.start, line.end, grammar)
  }

  function addToOwn(unit: OpenUnit, line: LineSpan): void {
    if (unit.labels.length > 0 && isContentLine(source, line.start, line.end)) {
      // Leader lines before a task's content go on with its text: see `leadersOnly`.
      const leaders = unit.labels
      unit.labels = noLines()
      for (let k = 0; k < leaders.length; k++) joinOwn(unit, { start: leaders.start(k), end: leaders.end(k) })
    } else if (isLabelLine(source, line.start, line.end, grammar) || unit.labels.length > 0) {
      add(unit, 'labels', line.start, line.end)
      return
    }
    joinOwn(unit, line)
  }

  /** Go on with the unit's own paragraph: the line, after the spaces clean-up took from before it. */
  function joinOwn(unit: OpenUnit, line: LineSpan): void {
    const from = unit.spans.end(unit.spans.length - 1)
    const to = insertedGap(source, from, line, locator)
    if (to > from) unit.spans.push(from, to)
    // Its offsets, not the token: see \`add\`.
    unit.spans.push(line.start, line.end)
  }

  /**
   * A heading's body ends with a note and no sub-unit came: the body is the
   * heading's wording. Not when the body begins as a marker might (a digit, a
   * numeral, a bracket, `第`): written back after the title, it could read as one.
   */
  function bodyEndsWithNote(unit: OpenUnit): boolean {
    const { body } = unit
    if (mayOpenMarker(source.charCodeAt(body.start(0)))) return false
    if (isLabelLine(source, body.start(body.length - 1), body.end(body.length - 1), grammar)) return true
    if (!mayEndWithNote(source, body)) return false
    // Read as the wording will be: all its lines together.
    const found = notesIn(joinPairs(source, body).text, grammar)
    return found.length > 0 && found[found.length - 1]!.closes
  }

  /**
   * Settle what waited for the next unit: a heading's body and an item's
   * floating note lines. `nests` says whether the next unit goes inside `unit`.
   */
  function settle(unit: OpenUnit, nests: boolean, siblingItem: boolean): void {
    if (unit.body.length > 0) {
      const adopt = !nests && unit.children.length === 0 && bodyEndsWithNote(unit)
      const { body } = unit
      for (let k = 0; k < body.length; k++) {
        const start = body.start(k)
        const end = body.end(k)
        if (!adopt) append(unit, paragraph(start, end))
        else if (unit.labels.length > 0 || isLabelLine(source, start, end, grammar)) add(unit, 'labels', start, end)
        else add(unit, 'adopted', start, end)
      }
      unit.body = noLines()
    }
    if (unit.floating.length > 0) {
      const parent = stack[stack.length - 2] as Open
      // A note on a line of its own between sub-items is the one before it's.
      // After the last, it is the parent's, unless the sub-items before had
      // their notes on lines of their own too (then it is the last one's).
      const owner = siblingItem || parent.kind === 'root' || (parent.kind === 'unit' && parent.itemNotesApart) ? unit : parent
      if (siblingItem && parent.kind === 'unit') parent.itemNotesApart = true
      const { floating } = unit
      for (let k = 0; k < floating.length && owner.kind === 'unit'; k++) {
        const start = floating.start(k)
        const end = floating.end(k)
        if (owner.labels.length > 0 || isLabelLine(source, start, end, grammar)) add(owner, 'labels', start, end)
        // A note line after the sub-items goes on with the parent's wording, past its children.
        else if (owner === unit) owner.spans.push(start, end)
        else add(owner, 'tail', start, end)
      }
      unit.floating = noLines()
    }
  }

  // Paragraphs after the last unit: the root's (closing rules, signature), after every unit.
  const closing: Paragraph[] = []

  /** Close the top unit: make its node, put it in its parent, then the paragraphs that followed it. */
  function closeTop(atEnd: boolean): void {
    const unit = stack.pop() as OpenUnit
    const node: Unit = closeUnit(ctx, unit)
    if (unit.labels.length > 0) check(unit.labels.start(0), unit.labels.end(unit.labels.length - 1))
    const parent = top()
    append(parent, node)
    // Paragraphs after a finished unit: its container's if more structure
    // follows, the root's (closing rules, signature) at the end.
    // One push per paragraph: spreading hundreds of thousands of them into push() overflows the stack.
    if (atEnd) for (const p of unit.pending) closing.push(p)
    // (Lengths checked first: most lists are the shared frozen empty one, which for…of walks slowly.)
    else if (unit.pending.length > 0) for (const p of unit.pending) append(parent, p)
  }

  for (const token of withLostTasks(tokens, source, grammar)) {
    let current = top()
    if (token.kind === 'text') {
      if (current.kind === 'unit' && source.charCodeAt(token.start) === DI && isPartLine(source, token.start, token.end)) {
        // A part of the document (`第二部分 重点任务`) ends every open unit; its line is the root's.
        for (let open: Open = current; open.kind === 'unit'; open = top()) {
          settle(open, false, false)
          closeTop(false)
        }
        current = root
      }
      if (current.kind === 'unit' && !current.done) {
        if (continues(current, token)) {
          addToOwn(current, token)
          continue
        }
        current.done = true
      }
      if (current.kind === 'root') append(root, paragraph(token.start, token.end))
      else if (current.pending.length === 0 && current.floating.length === 0 && (current.type === 'chapter' || current.type === 'section') && current.children.length === 0) add(current, 'body', token.start, token.end)
      else if (current.type === 'item' && current.pending.length === 0 && (isNoteLine(source, token.start, token.end, grammar) || isLabelLine(source, token.start, token.end, grammar))) add(current, 'floating', token.start, token.end)
      else addPending(current, paragraph(token.start, token.end))
      continue
    }

    const level = token.kind as Level
    const rank = (token as Token & { rank?: number }).rank ?? RANK[level]
    if (token.marker === '' && token.construct === 'task') diagnostics.push(diagnostic('marker-lost', `A line with a note of its own where task ${token.value} is missing was read as that task`, locator.position(token.start, token.end)))
    // Close what this marker ends: every open unit of its rank or deeper.
    for (let open = top(); open.kind === 'unit'; open = top()) {
      const nests = rank > open.rank
      const sibling = open.type === 'item' && rank === open.rank
      settle(open, nests, sibling)
      if (nests) {
        // Paragraphs between a unit's wording and its first sub-unit are its
        // own; an item holds none (the unit after it will be its sibling).
        if (open.type === 'item') break
        if (open.pending.length > 0) for (const p of open.pending) append(open, p)
        open.pending = none()
        break
      }
      closeTop(false)
    }
    let parent = top()
    // `（1）` with no task to be under (right under `（一）`) numbers the plan's tasks; `①` and
    // `1）` there stay sub-items of the heading's wording.
    const asTask = token.construct === 'paren-item' && parent.kind === 'unit' && (parent.type === 'chapter' || parent.type === 'section')
    const unitLevel: Level = asTask ? 'task' : level
    let depth = Math.max(DEPTH[unitLevel], parent.depth + 1)
    // Items do not nest: a deeper family under an item is the item's sibling.
    if (depth >= LEVELS.length && parent.kind === 'unit') {
      closeTop(false)
      parent = top()
      depth = LEVELS.length - 1
    }
    depth = Math.min(depth, LEVELS.length - 1)
    const type = LEVELS[depth] as Level
    if (token.construct === TABLE_ROW && token.row) {
      // A table row is whole when read: its task is made at once, and nothing goes on with it.
      append(parent, rowTask(ctx, token.row, ids.unit(parent.kind === 'unit' ? parent.id : null, LETTER[type], token.value as number)))
      if (parent.kind === 'unit') parent.done = true
      continue
    }
    const unit: OpenUnit = {
      kind: 'unit',
      token,
      type,
      depth,
      rank,
      id: ids.unit(parent.kind === 'unit' ? parent.id : null, LETTER[type], token.value as number),
      spans: ownSpans(token.contentStart, token.end),
      labels: noLines(),
      done: false,
      body: noLines(),
      floating: noLines(),
      adopted: noLines(),
      tail: noLines(),
      children: [],
      pending: none(),
      itemNotesApart: false,
    }
    stack.push(unit)
  }
  while (top().kind === 'unit') {
    settle(top() as OpenUnit, false, false)
    closeTop(true)
  }
  for (const p of closing) append(root, p)
  return { children: root.children, diagnostics }
}
