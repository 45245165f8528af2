import fc from 'fast-check'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { type PlanRow, diffPlans, toCsv } from '../src/analytics/index.js'
import { parsePlan } from '../src/index.js'

// Text drawn from the characters that make CSV and plans hard.
const tricky = fc.string({ unit: fc.constantFrom('a', '知', '识', ',', '"', '\n', '\r', ' ', '，', '=', '\t'), maxLength: 30 })

const row = fc.record({
  chapter: fc.option(fc.nat(20), { nil: null }),
  chapterTitle: tricky,
  section: fc.option(fc.nat(20), { nil: null }),
  sectionTitle: tricky,
  task: fc.option(fc.nat(300), { nil: null }),
  taskId: fc.string({ maxLength: 8 }),
  department: tricky,
  departmentId: tricky,
  role: fc.constantFrom('lead', 'participant', '') as fc.Arbitrary<PlanRow['role']>,
  byDuty: fc.boolean(),
  text: tricky,
  level: fc.constantFrom('chapter', 'section', 'task', 'item'),
  unitId: fc.string({ maxLength: 12 }),
  item: fc.option(fc.nat(20), { nil: null }),
  note: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  deadline: tricky,
  departmentLevel: fc.constantFrom('central', 'province', 'city', 'county', ''),
  departmentPlace: tricky,
  sameFunctionAs: tricky,
}) as fc.Arbitrary<PlanRow>

describe('properties', () => {
  it('CSV of any rows reads back as the same rows', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.boolean(), (rows, bom) => {
        const records = parse(toCsv(rows, { bom }), { columns: true, bom: true }) as Record<string, string>[]
        const back = records.map((r) => ({
          ...r,
          chapter: r.chapter === '' ? null : Number(r.chapter),
          section: r.section === '' ? null : Number(r.section),
          task: r.task === '' ? null : Number(r.task),
          byDuty: r.byDuty === 'true',
          item: r.item === '' ? null : Number(r.item),
          note: r.note === '' ? null : Number(r.note),
        }))
        expect(back).toEqual(rows)
      }),
    )
  })

  it('a plan diffed against a reordered copy of itself has no change', () => {
    const words = ['推进', '完善', '加强', '专利', '商标', '版权', '保护', '运用', '服务', '审查', '执法', '合作', '培训', '标准']
    const text = fc.array(fc.constantFrom(...words), { minLength: 4, maxLength: 10 }).map((w) => w.join(''))
    fc.assert(
      fc.property(fc.uniqueArray(text, { minLength: 1, maxLength: 15 }), fc.nat(), (texts, shift) => {
        // A serial keeps two texts from having the same bigram multiset (e.g. 推进完善推进 vs …),
        // which would make the expected pairing ambiguous.
        const labelled = texts.map((t, i) => `${t}编号${i}`)
        const plan = (list: string[]) => parsePlan('一、任务\n' + list.map((t, i) => `${i + 1}. ${t}。（商务部负责）`).join('\n'))
        const k = shift % labelled.length
        const d = diffPlans(plan(labelled), plan([...labelled.slice(k), ...labelled.slice(0, k)]))
        expect(d.added).toEqual([])
        expect(d.removed).toEqual([])
        expect(d.changed).toEqual([])
        expect(d.matched.map((m) => m.a.text)).toEqual(d.matched.map((m) => m.b.text))
      }),
    )
  })
})
