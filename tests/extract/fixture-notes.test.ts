/**
 * Every bracket of the hand-made fixtures read by the grammar: a bracket
 * whose words end in a role word or start with a label (a slow oracle, a
 * regex written here) is a note with units and nothing unparsed; any other
 * bracket names no units. And parsePlan reports no fixture note missing.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseNote } from '../../src/extract/note.js'
import { parsePlan } from '../../src/parse-plan.js'

const FIXTURES = new URL('../../fixtures/', import.meta.url)
const texts = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(new URL(name, FIXTURES), 'utf8') }))

// The oracle: a role word before a clause end or the end, or a label with its colon at the start.
const NOTE_SHAPE = /(?:负责|負責|牵头|牽頭|参与|參與|配合)(?:$|[，,；;])|^(?:牵头单位|责任单位|配合单位)[：:]/

/** The inside of every outermost bracket, by a plain depth count. */
function brackets(text: string): string[] {
  const out: string[] = []
  let depth = 0
  let open = -1
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if ('（(〔'.includes(c) && depth++ === 0) open = i
    else if ('）)〕'.includes(c) && depth > 0 && --depth === 0) out.push(text.slice(open + 1, i))
  }
  return out
}

describe.each(texts)('the brackets of fixtures/$name', ({ name, text }) => {
  const all = brackets(text)

  it('reads every bracket shaped like a note as one, with units and nothing unparsed', () => {
    const notes = all.filter((inner) => NOTE_SHAPE.test(inner.replace(/\s+/g, '')))
    for (const inner of notes) {
      const parts = parseNote(inner)
      expect(parts, inner).not.toBeNull()
      expect(parts!.departments.length, inner).toBeGreaterThan(0)
      expect(parts!.clauses.filter((c) => c.kind === 'unparsed'), inner).toEqual([])
    }
    if (name === 'ip-plan-2021-2022.txt') expect(notes).toHaveLength(115)
  })

  it('finds no units in any other bracket', () => {
    for (const inner of all.filter((b) => !NOTE_SHAPE.test(b.replace(/\s+/g, '')))) expect(parseNote(inner)?.departments ?? [], inner).toEqual([])
  })

  it('reports missing-responsibility only for tasks nothing assigns', () => {
    const missing = parsePlan(text).diagnostics.filter((d) => d.ruleId === 'missing-responsibility')
    // Task 8 of the provincial plan has no note; task 5 of the notice only a deadline (`（2023年10月底前完成）`).
    const expected: Record<string, number[]> = { 'province-plan-2024.txt': [29], 'cnipa-mofcom-notice-2023.txt': [33] }
    expect(missing.map((d) => d.place.start.line)).toEqual(expected[name] ?? [])
  })
})
