import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePlan, toText } from '../src/index.js'
import type { Section, Task } from '../src/types.js'

// A plan with no chapters: sections at the root, tasks numbered afresh in
// each section, `1．` full-width stops, half-width `(…负责)` notes on lines of
// their own, `）；` after a note, and a bracketed year range that is no note.
const TEXT = readFileSync(new URL('../fixtures/province-standards-plan-2023.txt', import.meta.url), 'utf8')
const plan = parsePlan(TEXT)
const sections = plan.children.filter((c): c is Section => c.type === 'section')
const tasks = sections.flatMap((s) => s.children.filter((t): t is Task => t.type === 'task'))

describe('fixtures/province-standards-plan-2023.txt', () => {
  it('has three root sections holding 3, 3 and 1 tasks, each list from 1, with no diagnostics', () => {
    expect(plan.children.map((c) => c.id)).toEqual(['p1', 's1', 's2', 's3', 'p2'])
    expect(sections.map((s) => s.children.map((t) => (t.type === 'task' ? t.number : t.type)))).toEqual([[1, 2, 3], [1, 2, 3], [1]])
    expect(tasks.map((t) => t.id)).toEqual(['s1.t1', 's1.t2', 's1.t3', 's2.t1', 's2.t2', 's2.t3', 's3.t1'])
    expect(plan.diagnostics).toEqual([])
  })

  it('reads half-width notes, on their own line too, and the punctuation after one', () => {
    expect(tasks[2]?.responsibility).toMatchObject({
      raw: '(省农业农村厅、省工业和信息化厅、省市场监管局按职责分工负责)',
      leads: [{ name: '省农业农村厅' }],
      participants: [{ name: '省工业和信息化厅' }, { name: '省市场监管局' }],
      byDuty: true,
      position: { start: { line: 8, column: 1 } },
    })
    expect(tasks[4]?.text).toBe('推进企业标准“领跑者”制度，发布领跑者名单')
    expect(tasks[4]?.trailing).toBe('；')
    expect(tasks[4]?.textPosition).toMatchObject({ start: { line: 12, column: 1 }, end: { line: 12, column: 24 } })
  })

  it('keeps a year range in brackets inside the text, taking only the final note', () => {
    expect(tasks[5]?.text).toBe('加强标准化人才培养，支持高校开设标准化课程（2023—2025年）。')
    expect(tasks[5]?.responsibility?.departments.map((d) => d.name)).toEqual(['省教育厅', '省市场监管局'])
  })

  it('is a province’s plan: every department is the province’s own, none a ministry', () => {
    expect(plan.meta?.jurisdiction).toMatchObject({ level: 'province', place: '××省', from: 'title' })
    const named = tasks.flatMap((t) => t.responsibility?.departments ?? [])
    expect(named.filter((d) => d.id !== undefined)).toEqual([])
    expect(named.map((d) => d.level)).toEqual(named.map(() => 'province'))
    expect(named.find((d) => d.name === '省市场监管局')?.sameFunctionAs).toBe('samr')
  })

  it('round-trips through toText', () => {
    const again = parsePlan(toText(plan))
    const strip = (t: Task) => [t.id, t.text, t.responsibility?.raw, t.trailing]
    expect(again.children.flatMap((c) => (c.type === 'section' ? c.children : [])).map((t) => strip(t as Task))).toEqual(tasks.map(strip))
  })
})
