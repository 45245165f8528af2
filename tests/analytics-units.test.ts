import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type UnitInContext, notesOf, tasksOf, unitWording, unitsOf } from '../src/analytics/index.js'
import { parsePlan } from '../src/index.js'
import { CHAPTERS_ONLY, LABELS, RUN_IN, TWO_NOTES, itemsPlan, openNotePlan } from './helpers/forms.js'

const seed = parsePlan(readFileSync(new URL('../fixtures/ip-plan-2021-2022.txt', import.meta.url), 'utf8'))

/** The `i`th unit of a plan. */
const nth = (plan: Parameters<typeof unitsOf>[0], i: number) => (unitsOf(plan)[i] as UnitInContext).unit

const brief = (plan: Parameters<typeof unitsOf>[0]) =>
  unitsOf(plan).map((u) => [u.level, u.unit.id, u.chapter?.id ?? null, u.section?.id ?? null, u.task?.id ?? null, u.notes.length])

describe('unitsOf', () => {
  it('lists every unit in document order, each its own context at its level', () => {
    expect(brief(parsePlan(RUN_IN))).toEqual([
      ['chapter', 'c1', 'c1', null, null, 0],
      ['section', 'c1.s1', 'c1', 'c1.s1', null, 1],
      ['section', 'c1.s2', 'c1', 'c1.s2', null, 1],
      ['section', 'c1.s3', 'c1', 'c1.s3', null, 0],
    ])
    expect(brief(itemsPlan())).toEqual([
      ['chapter', 'c1', 'c1', null, null, 0],
      ['task', 'c1.t1', 'c1', null, 'c1.t1', 0],
      ['item', 'c1.t1.i1', 'c1', null, 'c1.t1', 1],
      ['item', 'c1.t1.i2', 'c1', null, 'c1.t1', 1],
      ['task', 'c1.t2', 'c1', null, 'c1.t2', 1],
      ['item', 'c1.t2.i1', 'c1', null, 'c1.t2', 1],
      ['item', 'c1.t2.i2', 'c1', null, 'c1.t2', 0],
    ])
  })

  it('holds the seed: 7 chapters, 11 sections and the 115 tasks of tasksOf, in the same order', () => {
    const units = unitsOf(seed)
    expect(units.filter((u) => u.level === 'chapter')).toHaveLength(7)
    expect(units.filter((u) => u.level === 'section')).toHaveLength(11)
    expect(units.filter((u) => u.level === 'task').map((u) => u.unit)).toEqual(tasksOf(seed).map((t) => t.task))
    expect(units.filter((u) => u.notes.length > 0).every((u) => u.level === 'task')).toBe(true)
  })
})

describe('notesOf', () => {
  it('gives every note of the paragraph, the closing one alone, or none', () => {
    expect(notesOf(nth(parsePlan(TWO_NOTES), 1)).map((r) => r.raw)).toEqual(['（市场监管总局负责）', '（公安部、司法部负责）'])
    const open = nth(openNotePlan(), 1)
    expect(open.responsibility).toBeNull()
    expect(notesOf(open).map((r) => r.raw)).toEqual(['（公安部负责）'])
    expect(notesOf(nth(parsePlan(RUN_IN), 0))).toEqual([])
    expect(notesOf(nth(parsePlan(RUN_IN), 1)).map((r) => r.raw)).toEqual(['（市场监管总局、公安部负责）'])
  })

  it('reads label lines as the unit’s note, deadline line included', () => {
    const [t1] = unitsOf(parsePlan(LABELS)).filter((u) => u.level === 'task')
    expect(t1?.notes.map((r) => [r.form, r.raw, r.deadline])).toEqual([['label', '责任单位：市商务局、市财政局\n完成时限：2024年底前', '2024年底前']])
  })
})

describe('unitWording', () => {
  it('joins a heading’s title and run-in text; a task’s or item’s text as is', () => {
    const words = unitsOf(parsePlan(RUN_IN)).map((u) => unitWording(u.unit))
    expect(words).toEqual(['加强市场监管', '完善监管规则。健全市场监管规则体系。', '强化执法协作。建立跨部门执法协作机制。', '做好宣传引导。'])
    expect(unitsOf(parsePlan(CHAPTERS_ONLY)).map((u) => unitWording(u.unit))).toEqual(['深化政务服务改革，推行“一网通办”。', '加强企业信用建设。', '做好政策宣传解读。'])
    expect(unitsOf(itemsPlan()).map((u) => unitWording(u.unit)).slice(1, 3)).toEqual(['推进标准化建设。', '制定行业标准。'])
  })
})
