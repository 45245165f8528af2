import { SENTENCE_ENDS, isSpace } from '../chars.js'
import { diagnostic } from '../diagnostics.js'
import { findFinalNote, findNotes } from '../extract/note.js'
import { citedTitles } from '../extract/references.js'
import { type DepartmentFactory, departmentFactory } from '../extract/departments.js'
import { toResponsibility } from '../extract/responsibility.js'
import type { Token } from '../lex/tokenize.js'
import type { Chapter, Diagnostic, Paragraph, Plan, Section, Task } from '../types.js'
import { joinSpans } from '../util/joined-text.js'
import { lowerBound } from '../util/lower-bound.js'
import type { LineSpan } from '../util/lines.js'
import type { Locator } from '../util/location.js'
import { checkBrackets } from './brackets.js'
import { changedOffsets } from './changed.js'
import { trimmedEnd, withoutNotes } from './task-text.js'

type Container = Plan | Chapter | Section
type Child = Plan['children'][number]

interface OpenTask {
  token: Token
  parent: Container
  spans: LineSpan[]
}

/** Does this text line carry on the open task rather than start a paragraph? */
function continuesTask(source: string, task: OpenTask, line: Token): boolean {
  const last = task.spans[task.spans.length - 1] as LineSpan
  // A page break or a wrap cut the sentence.
  if (!SENTENCE_ENDS.includes(source[last.end - 1] as string)) return true
  // A responsibility note pushed onto a line of its own.
  return findFinalNote(source.slice(line.start, line.end))?.start === 0
}

/** Does this token start on the line the open task's last span ends on (only white space between)? */
function runsOn(source: string, task: OpenTask, token: Token): boolean {
  for (let i = (task.spans[task.spans.length - 1] as LineSpan).end; i < token.start; i++) if (!isSpace(source[i])) return false
  return true
}

/**
 * The spaces before a line break that clean-up put in (a body flattened onto
 * one line is split before each marker, spaces kept): when the line goes on
 * with the task after all, they go back between the two, so that the text
 * reads as the input did and the next parse of it splits and joins the same
 * way. A break that is in the input joins with nothing, as Chinese does.
 */
function insertedGap(source: string, task: OpenTask, line: Token, locator: Locator): LineSpan | null {
  const from = (task.spans[task.spans.length - 1] as LineSpan).end
  const { start, end } = locator.position(from, line.start)
  if (start.line !== end.line) return null
  let to = from
  while (to < line.start && isSpace(source[to])) to++
  return to > from ? { start: from, end: to } : null
}

/**
 * Build the chapter → section → task tree from tokens with a stack of open
 * containers. Text before the first heading and after the last task stays at
 * the root as paragraphs; text between is kept where it stands.
 */
export function buildTree(
  source: string,
  tokens: Iterable<Token>,
  locator: Locator,
  original: string | null = null,
  make: DepartmentFactory = departmentFactory(),
): { children: Child[]; diagnostics: Diagnostic[] } {
  // `original` is `source` before traditional → simplified, index for index:
  // slicing both at the same offsets gives the normalised and the written wording.
  // Offsets where the two differ, in order: most of a plan with a stray 意見
  // is the same in both, and there slicing and joining `original` is waste.
  const changed = original === null ? [] : changedOffsets(source, original)
  const differsIn = (start: number, end: number): boolean => {
    const i = lowerBound(changed, start)
    return i < changed.length && (changed[i] as number) < end
  }
  const written = (text: string, start: number, end: number): { original?: string } => {
    if (original === null || !differsIn(start, end)) return {}
    const raw = original.slice(start, end)
    return raw === text ? {} : { original: raw }
  }
  // A marker as written: `第三節` is read as `第三节`, and kept as the input has it.
  const writtenMarker = (token: Token): string => (original === null ? (token.marker as string) : original.slice(token.start, token.start + (token.marker as string).length))
  const root = { type: 'plan', children: [] as Child[] } as Plan
  const diagnostics: Diagnostic[] = []
  const usedIds = new Set<string>()
  // Next `~k` suffix to try per id base, and paragraphs per container: both
  // kept as counters so that a document of a million repeated numbers or
  // paragraphs stays linear.
  const nextSuffix = new Map<string, number>()
  const paragraphCount = new Map<Container, number>()
  let chapter: Chapter | null = null
  let section: Section | null = null
  let task: OpenTask | null = null
  // Paragraphs after a finished task: they belong to the container if more
  // structure follows, to the root (closing rules, signature) if not.
  let pending: { parent: Container; node: Paragraph }[] = []

  const container = (): Container => section ?? chapter ?? root

  function idBase(parent: Container, letter: string, n: number): string {
    return parent.type === 'plan' ? `${letter}${n}` : `${parent.id}.${letter}${n}`
  }

  function makeId(parent: Container, letter: string, n: number): string {
    const base = idBase(parent, letter, n)
    // One look-up in the common case: adding a new id grows the set.
    const size = usedIds.size
    if (usedIds.add(base).size > size) return base
    let id = base
    let k = nextSuffix.get(base) ?? 2
    while (usedIds.has((id = `${base}~${k}`))) k++
    nextSuffix.set(base, k + 1)
    usedIds.add(id)
    return id
  }

  function append(parent: Container, node: Child): void {
    // Paragraphs are numbered where they finally land (pending ones may move to the root).
    if (node.type === 'paragraph') {
      const n = (paragraphCount.get(parent) ?? 0) + 1
      paragraphCount.set(parent, n)
      // Unique without the id set: a per-container counter under a unique parent id, and only paragraphs use `p`.
      node.id = idBase(parent, 'p', n)
    }
    ;(parent.children as Child[]).push(node)
  }

  function flushPending(): void {
    for (const { parent, node } of pending) append(parent, node)
    pending = []
  }

  function closeTask(): void {
    if (!task) return
    const { token, parent, spans } = task
    task = null
    const joined = joinSpans(source, spans)
    // Where nothing was converted the written text is the text: null reads the same downstream.
    const converted = original !== null && differsIn((spans[0] as LineSpan).start, (spans[spans.length - 1] as LineSpan).end)
    const writtenJoined = converted ? joinSpans(original, spans).text : null
    // Sub-measures may each close with a note of their own; the text keeps what lies between them.
    const notes = findNotes(joined.text)
    const place = (s: number, e: number) => locator.position(joined.offsetAt(s), joined.offsetAt(e - 1) + 1)
    const responsibilities = notes.map((note) => toResponsibility(joined.text, note, place, make, writtenJoined))
    // Notes come only with a closing note (findNotes), so the last one closes
    // the task: what follows it is only its full stop (`trailing`), and the
    // text span ends before it.
    const last = notes[notes.length - 1]
    const text = withoutNotes(joined.text, notes)
    // Conversion is character for character, so the written text cuts at the same places.
    const writtenText = writtenJoined === null ? null : withoutNotes(writtenJoined, notes)
    const end = (spans[spans.length - 1] as LineSpan).end
    const textEnd = trimmedEnd(joined.text, last ? last.start : joined.text.length)
    const markerEnd = token.start + (token.marker as string).length
    const number = token.value as number
    const marker = writtenMarker(token)
    const id = makeId(parent, 't', number)
    const responsibility = responsibilities[responsibilities.length - 1] ?? null
    const references = citedTitles(text)
    const position = locator.position(token.start, end)
    const textPosition = locator.position(token.start, textEnd > 0 ? joined.offsetAt(textEnd - 1) + 1 : markerEnd)
    // One literal per shape: a spread or a key added afterwards makes V8 copy
    // the object into another layout, on every task of the plan.
    const node: Task =
      writtenText === null || writtenText === text
        ? { type: 'task', id, number, marker, text, responsibility, references, position, textPosition }
        : { type: 'task', id, number, marker, text, original: writtenText, responsibility, references, position, textPosition }
    const trailing = last ? joined.text.slice(last.end) : ''
    if (trailing) node.trailing = trailing
    if (responsibilities.length > 1) node.notes = responsibilities
    if (notes.length === 0) {
      diagnostics.push(diagnostic('missing-responsibility', 'error', `Task ${node.number} has no responsibility note (e.g. “（知识产权局负责）”)`, node.position))
    }
    check(token.start, end)
    append(parent, node)
  }

  function check(start: number, end: number): void {
    const problem = checkBrackets(source, start, end, locator)
    if (problem) diagnostics.push(problem)
  }

  function paragraph(line: Token): Paragraph {
    check(line.start, line.end)
    const text = source.slice(line.start, line.end)
    const { original: writtenText } = written(text, line.start, line.end)
    const position = locator.position(line.start, line.end)
    return writtenText === undefined ? { type: 'paragraph', id: '', text, position } : { type: 'paragraph', id: '', text, original: writtenText, position }
  }

  for (const token of tokens) {
    // Until the tree has item nodes, a sub-item run into its task's line
    // (`…改革。（1）…（2）…`) is part of the task's wording; one that starts a
    // line is text.
    if (token.kind === 'item' && task && runsOn(source, task, token)) {
      task.spans.push({ start: (task.spans[task.spans.length - 1] as LineSpan).end, end: token.end })
      continue
    }
    if (token.kind === 'text' || token.kind === 'item') {
      if (task && continuesTask(source, task, token)) {
        const gap = insertedGap(source, task, token, locator)
        if (gap) task.spans.push(gap)
        task.spans.push({ start: token.start, end: token.end })
        continue
      }
      const afterTask = task !== null || pending.length > 0
      closeTask()
      if (afterTask) pending.push({ parent: container(), node: paragraph(token) })
      else append(container(), paragraph(token))
      continue
    }

    closeTask()
    flushPending()
    const value = token.value as number
    const marker = writtenMarker(token)
    const title = source.slice(token.contentStart, token.end)
    const titleWritten = written(title, token.contentStart, token.end)
    const position = locator.position(token.start, token.end)
    if (token.kind !== 'task') check(token.start, token.end)
    if (token.kind === 'chapter') {
      chapter = { type: 'chapter', id: makeId(root, 'c', value), number: value, marker, title, ...titleWritten, children: [], position, headingPosition: position }
      section = null
      append(root, chapter)
    } else if (token.kind === 'section') {
      const parent = chapter ?? root
      section = { type: 'section', id: makeId(parent, 's', value), number: value, marker, title, ...titleWritten, children: [], position, headingPosition: position }
      append(parent, section)
    } else {
      task = { token, parent: container(), spans: [{ start: token.contentStart, end: token.end }] }
    }
  }
  closeTask()
  for (const { node } of pending) append(root, node)

  extendPositions(root)
  return { children: root.children, diagnostics }
}

/**
 * A container's position runs from its heading to the end of its last child.
 * Built from the points already computed: they are input positions, which the
 * locator (working in normalised offsets) must not map a second time.
 */
function extendPositions(parent: Container): void {
  for (const child of parent.children) {
    if (child.type !== 'chapter' && child.type !== 'section') continue
    extendPositions(child)
    const last = child.children[child.children.length - 1]
    if (last) child.position = { start: child.position.start, end: { ...last.position.end } }
  }
}
