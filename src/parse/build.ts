import { SENTENCE_ENDS } from '../chars.js'
import { diagnostic } from '../diagnostics.js'
import { findFinalNote } from '../extract/note.js'
import { toResponsibility } from '../extract/responsibility.js'
import type { Token } from '../lex/tokenize.js'
import type { Chapter, Diagnostic, Paragraph, Plan, Section, Task } from '../types.js'
import { joinSpans } from '../util/joined-text.js'
import type { LineSpan } from '../util/lines.js'
import type { Locator } from '../util/location.js'
import { checkBrackets } from './brackets.js'

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

/**
 * Build the chapter → section → task tree from tokens with a stack of open
 * containers. Text before the first heading and after the last task stays at
 * the root as paragraphs; text between is kept where it stands.
 */
export function buildTree(source: string, tokens: readonly Token[], locator: Locator): { children: Child[]; diagnostics: Diagnostic[] } {
  const root = { type: 'plan', children: [] as Child[] } as Plan
  const diagnostics: Diagnostic[] = []
  const usedIds = new Set<string>()
  // Next `~k` suffix to try per base id: repeated bases (a plan that restarts
  // its chapters) would otherwise rescan every suffix taken so far.
  const nextSuffix = new Map<string, number>()
  // Paragraphs counted per container, instead of recounting its children.
  const paragraphs = new Map<Container, number>()
  let chapter: Chapter | null = null
  let section: Section | null = null
  let task: OpenTask | null = null
  // Paragraphs after a finished task: they belong to the container if more
  // structure follows, to the root (closing rules, signature) if not.
  let pending: { parent: Container; node: Paragraph }[] = []

  const container = (): Container => section ?? chapter ?? root

  function makeId(parent: Container, letter: string, n: number): string {
    const base = parent.type === 'plan' ? `${letter}${n}` : `${parent.id}.${letter}${n}`
    let id = base
    if (usedIds.has(id)) {
      let k = nextSuffix.get(base) ?? 2
      while (usedIds.has((id = `${base}~${k}`))) k++
      nextSuffix.set(base, k + 1)
    }
    usedIds.add(id)
    return id
  }

  function append(parent: Container, node: Child): void {
    // Paragraphs are numbered where they finally land (pending ones may move to the root).
    if (node.type === 'paragraph') {
      const n = (paragraphs.get(parent) ?? 0) + 1
      paragraphs.set(parent, n)
      node.id = makeId(parent, 'p', n)
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
    const note = findFinalNote(joined.text)
    const end = (spans[spans.length - 1] as LineSpan).end
    const node: Task = {
      type: 'task',
      id: makeId(parent, 't', token.value as number),
      number: token.value as number,
      marker: token.marker as string,
      text: joined.text.slice(0, note ? note.start : undefined).trimEnd(),
      responsibility: note
        ? toResponsibility(joined.text, note, (s, e) => locator.position(joined.offsetAt(s), joined.offsetAt(e - 1) + 1))
        : null,
      position: locator.position(token.start, end),
    }
    if (!note) {
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
    return { type: 'paragraph', id: '', text: source.slice(line.start, line.end), position: locator.position(line.start, line.end) }
  }

  for (const token of tokens) {
    if (token.kind === 'text') {
      if (task && continuesTask(source, task, token)) {
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
    const marker = token.marker as string
    const title = source.slice(token.contentStart, token.end)
    const position = locator.position(token.start, token.end)
    if (token.kind !== 'task') check(token.start, token.end)
    if (token.kind === 'chapter') {
      chapter = { type: 'chapter', id: makeId(root, 'c', value), number: value, marker, title, children: [], position }
      section = null
      append(root, chapter)
    } else if (token.kind === 'section') {
      const parent = chapter ?? root
      section = { type: 'section', id: makeId(parent, 's', value), number: value, marker, title, children: [], position }
      append(parent, section)
    } else {
      task = { token, parent: container(), spans: [{ start: token.contentStart, end: token.end }] }
    }
  }
  closeTask()
  for (const { node } of pending) append(root, node)

  extendPositions(root, locator)
  return { children: root.children, diagnostics }
}

/** A container's position runs from its heading to the end of its last child. */
function extendPositions(parent: Container, locator: Locator): void {
  for (const child of parent.children) {
    if (child.type !== 'chapter' && child.type !== 'section') continue
    extendPositions(child, locator)
    const last = child.children[child.children.length - 1]
    if (last) child.position = locator.position(child.position.start.offset, last.position.end.offset)
  }
}
