// The seed plan as Word files (fixtures/documents, made by make_docs.py) gives the tree its text gives.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/document/parse-document.js'
import { parsePlan } from '../../src/parse-plan.js'
import type { Plan, Task } from '../../src/types.js'
import { counts, numbered, summary } from '../helpers/summary.js'

const file = (name: string) => readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url))
const text = parsePlan(readFileSync(new URL('../../fixtures/ip-plan-2021-2022.txt', import.meta.url), 'utf8'))

function figures(plan: Plan) {
  const { chapters, sections, tasks: count } = counts(plan)
  const tasks = numbered(plan).filter((n): n is Task => n.type === 'task')
  return {
    chapters,
    sections,
    tasks: count,
    responsible: tasks.filter((t) => t.responsibility).length,
    assignments: tasks.reduce((sum, t) => sum + (t.responsibility?.departments.length ?? 0), 0),
  }
}

// Each file is parsed once for all its tests.
const plans = new Map<string, Promise<Plan>>()
const planOf = (name: string): Promise<Plan> => {
  if (!plans.has(name)) plans.set(name, parseDocument(file(name)))
  return plans.get(name)!
}

/** Department ids per numbered unit, the structural part of the comparison. */
const ids = (plan: Plan) => numbered(plan).map((n) => (n.type === 'task' ? n.responsibility?.departments.map((d) => d.id ?? d.name) : n.title))

describe.each(['ip-plan.docx', 'ip-plan-autonum.docx', 'ip-plan.doc'])('%s', (name) => {
  it('gives the text fixture’s tree: units, titles, text and departments', async () => {
    const plan = await planOf(name)
    expect(figures(plan)).toEqual({ chapters: 7, sections: 11, tasks: 115, responsible: 115, assignments: 235 })
    expect(figures(text)).toEqual(figures(plan))
    expect(ids(plan)).toEqual(ids(text))
    expect(summary(plan)).toEqual(summary(text))
  })

  it('reports the page-number footer it left out, as info, and carries its text', async () => {
    const plan = await planOf(name)
    const dropped = plan.diagnostics.filter((d) => d.ruleId === 'page-footer')
    expect(dropped).toHaveLength(1)
    expect(dropped[0]).toMatchObject({ severity: 'info', place: { start: { offset: 0 }, end: { offset: 0 } } })
    expect(dropped[0]!.reason).toMatch(/^Page number “— \d+ —” left out of the text$/)
    expect(plan.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    expect(plan.source?.format).toBe(name.endsWith('.doc') ? 'doc' : 'docx')
    // Every position is an offset into the text the plan carries.
    const task = numbered(plan).find((n): n is Task => n.type === 'task')!
    expect(plan.source!.text.slice(task.position!.start.offset, task.position!.end.offset)).toMatch(/^1\. ?推进修订《中华人民共和国反垄断法》/)
  })
})

describe('ip-plan-autonum.docx', () => {
  it('writes Word’s list numbers 1. … 115. in front of the tasks, as Word displays them', async () => {
    const plan = await planOf('ip-plan-autonum.docx')
    const lines = plan.source!.text.split('\n')
    expect(lines.filter((l) => /^\d+\. /.test(l)).map((l) => Number.parseInt(l, 10))).toEqual(Array.from({ length: 115 }, (_, i) => i + 1))
  })
})
