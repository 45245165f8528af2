// departmentIndex over units of every level, on the invented plans of
// tests/helpers/forms.ts; expectations counted by hand from their notes.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type DepartmentEntry, departmentIndex } from '../src/analytics/index.js'
import { parsePlan } from '../src/index.js'
import { CHAPTERS_ONLY, ITEMS, LABELS, RUN_IN, TWO_NOTES, itemsPlan, parsesItems } from './helpers/forms.js'

const none = { led: 0, participated: 0, byDuty: 0 }

/** Name, unit ids led and joined, and the counts of the levels that have any. */
const brief = (e: DepartmentEntry) => [e.name, e.ledUnits, e.participatedUnits, Object.fromEntries(Object.entries(e.levels).filter(([, c]) => c.led + c.participated > 0))]

describe('departmentIndex: units at every level', () => {
  it('counts run-in sections, leaving the task fields empty', () => {
    const index = departmentIndex(parsePlan(RUN_IN))
    expect(index.map(brief)).toEqual([
      // 公安部 and 市场监管总局 tie on units (2) and units led (1): code-point order of the names.
      ['公安部', ['c1.s2'], ['c1.s1'], { section: { led: 1, participated: 1, byDuty: 0 } }],
      ['市场监管总局', ['c1.s1'], ['c1.s2'], { section: { led: 1, participated: 1, byDuty: 0 } }],
      ['司法部', [], ['c1.s2'], { section: { led: 0, participated: 1, byDuty: 0 } }],
    ])
    expect(index[0]).toMatchObject({ id: 'mps', led: [], participated: [], byDuty: 0, chapters: [1] })
  })

  it('counts chapters of a chapter-only plan, by duty too', () => {
    const index = departmentIndex(parsePlan(CHAPTERS_ONLY))
    expect(index.map(brief)).toEqual([
      ['市发展改革委', ['c2'], [], { chapter: { led: 1, participated: 0, byDuty: 1 } }],
      ['市政务服务局', ['c1'], [], { chapter: { led: 1, participated: 0, byDuty: 0 } }],
      ['市市场监管局', [], ['c2'], { chapter: { led: 0, participated: 1, byDuty: 1 } }],
    ])
    expect(index.map((e) => e.chapters)).toEqual([[2], [1], [2]])
  })

  it('counts a unit once per role however many of its notes name the department', () => {
    const plan = parsePlan('一、重点任务\n（一）加强监管。完善规则。（市场监管总局负责）健全机制。（市场监管总局、公安部负责）')
    expect(departmentIndex(plan).map(brief)).toEqual([
      ['市场监管总局', ['c1.s1'], [], { section: { led: 1, participated: 0, byDuty: 0 } }],
      ['公安部', [], ['c1.s1'], { section: { led: 0, participated: 1, byDuty: 0 } }],
    ])
    expect(departmentIndex(parsePlan(TWO_NOTES)).map((e) => [e.name, e.ledUnits, e.participatedUnits])).toEqual([
      ['公安部', ['c1.s1'], []],
      ['市场监管总局', ['c1.s1'], []],
      ['司法部', [], ['c1.s1']],
    ])
  })

  it('counts tasks with label lines and a section in one plan, by level', () => {
    const index = departmentIndex(parsePlan(LABELS))
    // 市商务局 leads task 1 (责任单位, listed first) and joins task 2 (配合单位).
    expect(index[0]).toEqual({
      name: '市商务局',
      id: null,
      names: ['市商务局'],
      led: [1],
      participated: [2],
      byDuty: 0,
      chapters: [1],
      ledUnits: ['c1.s1.t1'],
      participatedUnits: ['c1.s1.t2'],
      levels: { chapter: none, section: none, task: { led: 1, participated: 1, byDuty: 0 }, item: none },
      // A city unit (the plan names no city), doing 商务部's work.
      departmentLevel: 'city',
      place: null,
      sameFunctionAs: 'mofcom',
    })
    expect(index.find((e) => e.name === '市政务服务局')).toMatchObject({ led: [], ledUnits: ['c1.s2'], levels: { section: { led: 1, participated: 0, byDuty: 0 } } })
  })

  const itemIndex = [
    ['市场监管总局', ['c1.t1.i1', 'c1.t1.i2'], [], { item: { led: 2, participated: 0, byDuty: 0 } }],
    ['人力资源社会保障部', ['c1.t2.i1'], [], { item: { led: 1, participated: 0, byDuty: 0 } }],
    ['教育部', ['c1.t2'], [], { task: { led: 1, participated: 0, byDuty: 0 } }],
    ['工业和信息化部', [], ['c1.t1.i2'], { item: { led: 0, participated: 1, byDuty: 0 } }],
  ]

  it('counts sub-items apart from their task', () => {
    const index = departmentIndex(itemsPlan())
    expect(index.map(brief)).toEqual(itemIndex)
    // Task numbers stay about tasks: 教育部 leads task 2; leading its item ① is 人力资源社会保障部's, not a task.
    expect(index.map((e) => [e.name, e.led])).toEqual([['市场监管总局', []], ['人力资源社会保障部', []], ['教育部', [2]], ['工业和信息化部', []]])
  })

  it.runIf(parsesItems)('counts the sub-items as parsed the same way', () => {
    expect(departmentIndex(parsePlan(ITEMS)).map(brief)).toEqual(itemIndex)
  })

  it('counts tasks whose numbers restart in each section by unit, not by number', () => {
    // Three sections numbering their tasks from 1; 省市场监管局 leads s1.t1, s1.t2, s2.t1, s2.t2, s3.t1 and joins s1.t3, s2.t3.
    const plan = parsePlan(readFileSync(new URL('../fixtures/province-standards-plan-2023.txt', import.meta.url), 'utf8'))
    const samr = departmentIndex(plan)[0]
    expect(samr?.name).toBe('省市场监管局')
    expect(samr?.ledUnits).toEqual(['s1.t1', 's1.t2', 's2.t1', 's2.t2', 's3.t1'])
    expect(samr?.participatedUnits).toEqual(['s1.t3', 's2.t3'])
    expect([samr?.led, samr?.participated]).toEqual([[1, 2], [3]])
  })
})
