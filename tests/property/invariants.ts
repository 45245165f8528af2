/**
 * The invariants every parse must keep, as plain functions that return the
 * first violation found (or null), so property tests can report it with the
 * shrunk input.
 */
import { isWhite } from '../../src/chars.js'
import { PlanSchema } from '../../src/schema.js'
import { parsePlan, toText } from '../../src/index.js'
import type { InputFormat } from '../../src/input/format.js'
import { normalise, type Normalised } from '../../src/input/normalise.js'
import type { Chapter, Plan, Position, Responsibility, Section, Task, Unit } from '../../src/types.js'
import { createLocator } from '../../src/util/location.js'

type AnyNode = Plan['children'][number] | Chapter['children'][number] | Section['children'][number] | NonNullable<Task['children']>[number]

/**
 * Rule ids whose diagnostics report text as dropped: clean-up removes page
 * footers (`— 3 —`) and pinyin annotations from the text it parses (HTML, the page `<title>`) and reports
 * each with an info diagnostic whose `place` covers what it removed. Such
 * characters need not lie in a leaf (a footer inside a note lies in the note's
 * span, one between tasks in none) and are not part of any leaf's text.
 */
export const DROPPING_RULES: ReadonlySet<string> = new Set(['page-footer', 'pinyin-annotation', 'html-title'])

function* walk(nodes: readonly AnyNode[]): Generator<AnyNode> {
  for (const node of nodes) {
    yield node
    if ('children' in node && node.children) yield* walk(node.children as AnyNode[])
  }
}

/** A unit's notes in order: `notes` when there are several, else its one `responsibility`. */
function notesOf(unit: Unit): readonly Responsibility[] {
  return unit.notes ?? (unit.responsibility ? [unit.responsibility] : [])
}

/** `span` with the notes that lie inside it taken out (each is a leaf of its own). */
function without(span: Position | undefined, notes: readonly Responsibility[]): { start: number; end: number }[] {
  if (!span) return []
  const spans: { start: number; end: number }[] = []
  let at = span.start.offset
  for (const note of notes) {
    const { start, end } = note.position
    if (start.offset < at || end.offset > span.end.offset) continue
    spans.push({ start: at, end: start.offset })
    at = end.offset
  }
  spans.push({ start: at, end: span.end.offset })
  return spans
}

/**
 * The spans of a unit's wording leaves: heading and text, with the notes
 * inside the wording taken out. The closing note lies after the wording: a
 * span that runs over it is an overlap, not a hole.
 */
function wordingSpans(unit: Unit): { what: string; start: number; end: number }[] {
  // Every note inside the wording's span is a leaf of its own: cut it out (those outside are skipped).
  const notes = notesOf(unit)
  if (unit.type === 'task' || unit.type === 'item') return without(unit.textPosition, notes).map((s) => ({ what: `${unit.id} text`, ...s }))
  return [...without(unit.headingPosition, notes).map((s) => ({ what: `${unit.id} heading`, ...s })), ...without(unit.textPosition, notes).map((s) => ({ what: `${unit.id} text`, ...s }))]
}

const isUnit = (node: AnyNode): node is Unit => node.type !== 'paragraph'

/**
 * Every character of a Markdown or HTML input that stands for no character
 * of the text parsed (`##`, `**`, tags): syntax, not text, it lies in no leaf.
 * Nothing for plain text.
 */
function markupOffsets(input: string, { format, map }: Normalised): Uint8Array {
  const markup = new Uint8Array(input.length)
  if (format === 'text') return markup
  markup.fill(1)
  for (let k = 0; k < map.text.length; k++) markup.fill(0, map.start(k), map.end(k + 1))
  return markup
}

/**
 * For an HTML input, the text each input offset stands for, as parsed
 * (`&amp;` → `&` at its `&`, a tag → nothing): what a leaf spanning that
 * offset must say; and the offsets that stand for white space only
 * (`&nbsp;`), which need no leaf, as white space in the input needs none.
 * `null` for other formats, whose leaves say what the input says.
 */
function decodedAt(input: string, { format, map, text, original }: Normalised): { at: string[]; white: Uint8Array } | null {
  if (format !== 'html') return null
  const chars = original ?? text
  const at = new Array<string>(input.length).fill('')
  // 1: only white characters stand for the offset so far; 2: some other does.
  const white = new Uint8Array(input.length)
  for (let k = 0; k < chars.length; k++) {
    const start = map.start(k)
    const end = Math.min(map.end(k + 1), input.length)
    const ch = chars[k] as string
    if (end <= start) continue
    at[start] += ch
    const mark = isWhite(ch) ? 1 : 2
    for (let i = start; i < end; i++) white[i] = Math.max(white[i] as number, mark)
  }
  for (let i = 0; i < white.length; i++) white[i] = white[i] === 1 ? 1 : 0
  return { at, white }
}

/**
 * The characters of a table's syntax: `|` (a pipe row's), `"` (a TSV cell's
 * quotes) on the lines of task table rows, and on lines with a tab or starting
 * with `|` (a heading row across a table), when they lie in no leaf. Tabs are white space.
 */
function tableSyntax(input: string, plan: Plan): Uint8Array {
  const syntax = new Uint8Array(input.length)
  let lineStart = 0
  for (let i = 0; i <= input.length; i++) {
    if (i < input.length && input[i] !== '\n' && input[i] !== '\r') continue
    const line = input.slice(lineStart, i)
    if (line.includes('\t') || line.trimStart().startsWith('|')) for (let k = lineStart; k < i; k++) if (input[k] === '|' || input[k] === '"') syntax[k] = 1
    lineStart = i + 1
  }
  for (const node of walk(plan.children)) {
    if (node.type !== 'task' || !node.cells) continue
    let from = node.position.start.offset
    while (from > 0 && input[from - 1] !== '\n' && input[from - 1] !== '\r') from--
    let to = node.position.end.offset
    while (to < input.length && input[to] !== '\n' && input[to] !== '\r') to++
    for (let i = from; i < to; i++) if (input[i] === '|' || input[i] === '"') syntax[i] = 1
  }
  return syntax
}

/** Every character of the input a diagnostic of {@link DROPPING_RULES} reports as dropped. */
function droppedOffsets(input: string, plan: Plan): Uint8Array {
  const dropped = new Uint8Array(input.length)
  for (const d of plan.diagnostics) if (DROPPING_RULES.has(d.ruleId)) dropped.fill(1, d.place.start.offset, d.place.end.offset)
  return dropped
}

/** Output survives JSON and validates against the published schema. */
export function schemaViolation(plan: Plan): string | null {
  const result = PlanSchema.safeParse(JSON.parse(JSON.stringify(plan)))
  return result.success ? null : result.error.message
}

/** Every position lies in the input, agrees with its own line/column, and siblings come in order. */
export function positionViolation(input: string, plan: Plan): string | null {
  const locator = createLocator(input)
  const check = (what: string, p: Position): string | null => {
    const { start, end } = p
    if (start.offset < 0 || end.offset > input.length || start.offset > end.offset) return `${what}: ${start.offset}–${end.offset} outside 0–${input.length}`
    for (const point of [start, end]) {
      const expected = locator.point(point.offset)
      if (expected.line !== point.line || expected.column !== point.column) return `${what}: ${JSON.stringify(point)} should be ${JSON.stringify(expected)}`
    }
    return null
  }
  const inside = (what: string, inner: Position, outer: Position): string | null =>
    inner.start.offset < outer.start.offset || inner.end.offset > outer.end.offset ? `${what} not inside its parent` : null

  const visit = (nodes: readonly AnyNode[], parent: Position): string | null => {
    let previousEnd = parent.start.offset
    for (const node of nodes) {
      const problem = check(node.id, node.position) ?? inside(node.id, node.position, parent)
      if (problem) return problem
      if (node.position.start.offset < previousEnd) return `${node.id} starts before its previous sibling ends`
      previousEnd = node.position.end.offset
      if (!isUnit(node)) continue
      const spans: [string, Position | undefined][] = [
        [`${node.id} heading`, 'headingPosition' in node ? node.headingPosition : undefined],
        [`${node.id} text`, node.textPosition],
      ]
      let inner: string | null = null
      for (const [what, span] of spans) if (!inner && span) inner = check(what, span) ?? inside(what, span, node.position)
      let noteEnd = node.position.start.offset
      for (const [k, note] of notesOf(node).entries()) {
        if (inner) break
        inner = check(`${node.id} note ${k + 1}`, note.position) ?? inside(`${node.id} note ${k + 1}`, note.position, node.position)
        if (!inner && note.position.start.offset < noteEnd) inner = `${node.id} note ${k + 1} starts before the previous note ends`
        if (!inner && note.covers) inner = check(`${node.id} note ${k + 1} covers`, note.covers)
        noteEnd = note.position.end.offset
      }
      if (inner) return inner
      if ('children' in node && node.children) {
        const nested = visit(node.children as AnyNode[], node.position)
        if (nested) return nested
      }
    }
    return null
  }
  return check('plan', plan.position) ?? visit(plan.children, plan.position) ?? plan.diagnostics.map((d) => check(`diagnostic ${d.ruleId}`, d.place)).find(Boolean) ?? null
}

/** The leaf spans of a tree: the only places a character of the input may live. */
export function leafSpans(plan: Plan): { what: string; start: number; end: number }[] {
  const spans: { what: string; start: number; end: number }[] = []
  const add = (what: string, p: Position) => spans.push({ what, start: p.start.offset, end: p.end.offset })
  for (const node of walk(plan.children)) {
    if (node.type === 'paragraph') {
      add(node.id, node.position)
      continue
    }
    // A task table's row: each cell that holds anything is a leaf; wording and note spans are made of them.
    if (node.type === 'task' && node.cells) {
      for (const [k, cell] of node.cells.entries()) add(`${node.id} cell ${k + 1}`, cell.position)
      continue
    }
    spans.push(...wordingSpans(node))
    for (const [k, note] of notesOf(node).entries()) add(`${node.id} note ${k + 1}`, note.position)
    // Punctuation after the closing bracket (`）。`) counts with the note: up to the unit's label lines or children.
    const closing = notesOf(node).filter((n) => n.form !== 'label').pop()
    if (closing && node.trailing) {
      // Only what starts after the note bounds it: a note on a line of its own after the sub-items (the parent's) comes after them.
      const next = [...notesOf(node).filter((n) => n.form === 'label').map((n) => n.position.start.offset), ...('children' in node && node.children ? node.children.map((c) => c.position.start.offset) : [])].filter(
        (offset) => offset >= closing.position.end.offset,
      )
      spans.push({ what: `${node.id} trailing`, start: closing.position.end.offset, end: Math.min(node.position.end.offset, ...next) })
    }
  }
  return spans
}

/**
 * Lossless: every non-white character of the input lies in exactly one leaf
 * span, except characters a diagnostic reports as dropped (in at most one)
 * and Markdown or HTML syntax (in none),
 * and leaf texts are what the input says at those spans: the wording as
 * written (`original`) where traditional characters were simplified, dropped
 * characters and markup aside (a task's span may hold the `**` of its bold).
 */
export function losslessViolation(input: string, plan: Plan, format: InputFormat | 'auto' = 'auto'): string | null {
  const dropped = droppedOffsets(input, plan)
  // Normalised once for both: for Markdown, each normalise is a whole remark parse.
  const normalised = normalise(input, format)
  const markup = markupOffsets(input, normalised)
  const decoded = decodedAt(input, normalised)
  const syntax = tableSyntax(input, plan)
  const owners = new Uint32Array(input.length)
  for (const span of leafSpans(plan)) for (let i = span.start; i < span.end; i++) owners[i]!++
  for (let i = 0; i < input.length; i++) {
    const n = owners[i]!
    if (isWhite(input[i]) || n === 1 || (n === 0 && (dropped[i] || markup[i] || decoded?.white[i] || syntax[i]))) continue
    return `character ${JSON.stringify(input[i])} at offset ${i} lies in ${n} leaves`
  }
  const squash = (s: string) => [...s].filter((c) => !isWhite(c)).join('')
  // The input at a span, without what was reported as dropped nor markup; for HTML, what the span's source stands for.
  const kept = (start: number, end: number) => {
    let out = ''
    for (let i = start; i < end; i++) if (!dropped[i]) out += decoded ? decoded.at[i] : markup[i] ? '' : input[i]
    return out
  }
  for (const node of walk(plan.children)) {
    if (node.type === 'paragraph') {
      // Exact, but for the line breaks (and white space at them) of lines a PDF wrapped, which unwrapping joins.
      const written = kept(node.position.start.offset, node.position.end.offset)
      const text = node.original ?? node.text
      if (written !== text && !((decoded || written.includes('\n')) && squash(written) === squash(text))) return `${node.id} text differs from the input`
      continue
    }
    if (node.type === 'task' && node.cells) {
      // Each cell says what the input says there, TSV quoting (`""` for `"`) undone.
      for (const [k, cell] of node.cells.entries()) {
        const written = squash(kept(cell.position.start.offset, cell.position.end.offset))
        const text = squash(cell.original ?? cell.text)
        if (written !== text && written.replaceAll('""', '"') !== text) return `${node.id} cell ${k + 1} differs from the input`
      }
      const taskCells = node.cells.filter((c) => c.role === 'task')
      if (squash(taskCells.map((c) => c.text).join('')) !== squash(node.text)) return `${node.id} text is not its task cells'`
      continue
    }
    const notes = notesOf(node)
    const inner = notes
    const leaf = (span: Position | undefined) => without(span, inner).map((x) => kept(x.start, x.end)).join('')
    if (node.type === 'chapter' || node.type === 'section') {
      if (squash(leaf(node.headingPosition)) !== squash(node.marker + (node.original ?? node.title))) return `${node.id} heading differs from the input`
      if (squash(leaf(node.textPosition)) !== squash(node.textOriginal ?? node.text ?? '')) return `${node.id} text differs from the input`
    } else if (squash(leaf(node.textPosition)) !== squash(node.marker + (node.original ?? node.text))) return `${node.id} text differs from the input`
    for (const [k, note] of notes.entries()) {
      if (squash(kept(note.position.start.offset, note.position.end.offset)) !== squash(note.raw)) return `${node.id} note ${k + 1} differs from the input`
    }
  }
  return null
}

/** Drop positions so that trees of different layouts compare on content. */
export function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (key === 'position' || key === 'textPosition' || key === 'headingPosition' || key === 'place' || key === 'covers') continue
    out[key] = withoutPositions(v)
  }
  return out
}

/**
 * Rule ids about characters of the input toText does not write again: what
 * clean-up dropped, and the invisible characters read as white space (gone
 * where they stood between a line's edge, or a marker, and its words).
 */
const NOT_RENDERED: ReadonlySet<string> = new Set([...DROPPING_RULES, 'invisible-characters'])

/**
 * A plan without the diagnostics of text clean-up dropped from the input
 * (rendered text no longer has it), nor that of invisible characters, the others as a multiset: they are sorted
 * by position, and toText moves the notes of sub-measures ahead of the text,
 * so their order may change with the positions.
 */
const withoutDropped = (plan: Plan): unknown => ({
  ...(withoutPositions(plan) as object),
  diagnostics: plan.diagnostics
    .filter((d) => !NOT_RENDERED.has(d.ruleId))
    .map((d) => JSON.stringify(withoutPositions(d)))
    .sort(),
})

/**
 * Rendering to text and parsing again gives the same tree and the same
 * diagnostics, positions aside, and those about dropped footers and pinyin.
 */
export function roundTripViolation(plan: Plan): string | null {
  const again = parsePlan(toText(plan))
  const a = JSON.stringify(withoutDropped(plan))
  const b = JSON.stringify(withoutDropped(again))
  if (a === b) return null
  let i = 0
  while (a[i] === b[i]) i++
  return `re-parse differs at …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`
}

/** All invariants at once; the first violation, or null. */
export function violation(input: string): string | null {
  const plan = parsePlan(input)
  return schemaViolation(plan) ?? positionViolation(input, plan) ?? losslessViolation(input, plan) ?? roundTripViolation(plan)
}

/** The invariants of a parse as HTML (schema, positions, lossless: tags are syntax, in no leaf); the first violation, or null. */
export function htmlViolation(input: string): string | null {
  const plan = parsePlan(input, { format: 'html' })
  return schemaViolation(plan) ?? positionViolation(input, plan) ?? losslessViolation(input, plan, 'html')
}

/**
 * The invariants of a parse as Markdown (schema, positions, lossless: every
 * leaf's span slices its own text, markup aside); the first violation, or null.
 */
export function markdownViolation(input: string): string | null {
  const plan = parsePlan(input, { format: 'markdown' })
  return schemaViolation(plan) ?? positionViolation(input, plan) ?? losslessViolation(input, plan, 'markdown')
}
