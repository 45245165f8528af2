/**
 * The invariants every parse must keep, as plain functions that return the
 * first violation found (or null), so property tests can report it with the
 * shrunk input.
 */
import { isWhite } from '../../src/chars.js'
import { PlanSchema } from '../../src/schema.js'
import { parsePlan, toText } from '../../src/index.js'
import type { Chapter, Plan, Position, Section } from '../../src/types.js'
import { createLocator } from '../../src/util/location.js'

type AnyNode = Plan['children'][number] | Chapter['children'][number] | Section['children'][number]

/**
 * Rule ids whose diagnostics report text as dropped (their `place` is not in
 * any leaf). None yet: the core keeps every character; a footer-stripping
 * stage would list its rule here.
 */
export const DROPPING_RULES: ReadonlySet<string> = new Set()

function* walk(nodes: readonly AnyNode[]): Generator<AnyNode> {
  for (const node of nodes) {
    yield node
    if (node.type === 'chapter' || node.type === 'section') yield* walk(node.children)
  }
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
      if (node.type === 'chapter' || node.type === 'section') {
        const inner = check(`${node.id} heading`, node.headingPosition) ?? inside(`${node.id} heading`, node.headingPosition, node.position) ?? visit(node.children, node.position)
        if (inner) return inner
      } else if (node.type === 'task') {
        const inner =
          check(`${node.id} text`, node.textPosition) ??
          inside(`${node.id} text`, node.textPosition, node.position) ??
          (node.responsibility ? check(`${node.id} note`, node.responsibility.position) ?? inside(`${node.id} note`, node.responsibility.position, node.position) : null)
        if (inner) return inner
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
    if (node.type === 'paragraph') add(node.id, node.position)
    else if (node.type === 'chapter' || node.type === 'section') add(`${node.id} heading`, node.headingPosition)
    else {
      add(`${node.id} text`, node.textPosition)
      const note = node.responsibility?.position
      if (note) {
        add(`${node.id} note`, note)
        // Punctuation after the note (`）。`) counts with the note.
        spans.push({ what: `${node.id} trailing`, start: note.end.offset, end: node.position.end.offset })
      }
    }
  }
  for (const d of plan.diagnostics) if (DROPPING_RULES.has(d.ruleId)) add(`dropped by ${d.ruleId}`, d.place)
  return spans
}

/**
 * Lossless: every non-white character of the input lies in exactly one leaf
 * span, and leaf texts are what the input says at those spans.
 */
export function losslessViolation(input: string, plan: Plan): string | null {
  const owners = new Uint32Array(input.length)
  for (const span of leafSpans(plan)) for (let i = span.start; i < span.end; i++) owners[i]!++
  for (let i = 0; i < input.length; i++) {
    const n = owners[i]!
    if (isWhite(input[i]) || n === 1) continue
    return `character ${JSON.stringify(input[i])} at offset ${i} lies in ${n} leaves`
  }
  for (const node of walk(plan.children)) {
    if (node.type === 'paragraph' && input.slice(node.position.start.offset, node.position.end.offset) !== node.text) return `${node.id} text differs from the input`
    if (node.type === 'chapter' || node.type === 'section') {
      const line = input.slice(node.headingPosition.start.offset, node.headingPosition.end.offset)
      if (!line.startsWith(node.marker) || !line.endsWith(node.title)) return `${node.id} heading differs from the input`
    }
    if (node.type === 'task') {
      const written = input.slice(node.textPosition.start.offset, node.textPosition.end.offset)
      const squash = (s: string) => [...s].filter((c) => !isWhite(c)).join('')
      if (squash(written) !== squash(node.marker + node.text)) return `${node.id} text differs from the input`
      const note = node.responsibility
      if (note && squash(input.slice(note.position.start.offset, note.position.end.offset)) !== squash(note.raw)) return `${node.id} note differs from the input`
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
    if (key === 'position' || key === 'textPosition' || key === 'headingPosition' || key === 'place') continue
    out[key] = withoutPositions(v)
  }
  return out
}

/** Rendering to text and parsing again gives the same tree and the same diagnostics, positions aside. */
export function roundTripViolation(plan: Plan): string | null {
  const again = parsePlan(toText(plan))
  const a = JSON.stringify(withoutPositions(plan))
  const b = JSON.stringify(withoutPositions(again))
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
