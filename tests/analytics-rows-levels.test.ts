// Rows of units other than numbered tasks: run-in sections, chapters, sub-items,
// several notes in one paragraph, label lines. Every expectation is read off
// the invented plan in tests/helpers/forms.ts by hand.
import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { type PlanRow, toCsv, toRows } from '../src/analytics/index.js'
import { parsePlan } from '../src/index.js'
import type { Plan } from '../src/types.js'
import { CHAPTERS_ONLY, ITEMS, LABELS, RUN_IN, TWO_NOTES, itemsPlan, openNotePlan, parsesItems } from './helpers/forms.js'

/** The columns that say which unit and note a row is, then who and what. */
const brief = (r: PlanRow) => [r.level, r.unitId, r.chapter, r.section, r.task, r.item, r.note, r.department, r.departmentId, r.role, r.byDuty, r.deadline, r.text]

describe('toRows: units at every level', () => {
  it('gives a run-in section’s note rows of level section; a section without a note none', () => {
    expect(toRows(parsePlan(RUN_IN)).map(brief)).toEqual([
      ['section', 'c1.s1', 1, 1, null, null, 1, '市场监管总局', 'samr', 'lead', false, '', '完善监管规则。健全市场监管规则体系。'],
      ['section', 'c1.s1', 1, 1, null, null, 1, '公安部', 'mps', 'participant', false, '', '完善监管规则。健全市场监管规则体系。'],
      // 公安部牵头，司法部、市场监管总局参与: roles from the note's words.
      ['section', 'c1.s2', 1, 2, null, null, 1, '公安部', 'mps', 'lead', false, '', '强化执法协作。建立跨部门执法协作机制。'],
      ['section', 'c1.s2', 1, 2, null, null, 1, '司法部', 'moj', 'participant', false, '', '强化执法协作。建立跨部门执法协作机制。'],
      ['section', 'c1.s2', 1, 2, null, null, 1, '市场监管总局', 'samr', 'participant', false, '', '强化执法协作。建立跨部门执法协作机制。'],
    ])
    const first = toRows(parsePlan(RUN_IN))[0]
    expect([first?.chapterTitle, first?.sectionTitle, first?.taskId]).toEqual(['加强市场监管', '完善监管规则。', ''])
  })

  it('gives a chapter-only plan rows of level chapter, with no section or task', () => {
    expect(toRows(parsePlan(CHAPTERS_ONLY)).map(brief)).toEqual([
      ['chapter', 'c1', 1, null, null, null, 1, '市政务服务局', '', 'lead', false, '', '深化政务服务改革，推行“一网通办”。'],
      ['chapter', 'c2', 2, null, null, null, 1, '市发展改革委', '', 'lead', true, '', '加强企业信用建设。'],
      ['chapter', 'c2', 2, null, null, null, 1, '市市场监管局', '', 'participant', true, '', '加强企业信用建设。'],
    ])
  })

  it('numbers the notes of one paragraph: every assignment, each with its note', () => {
    expect(toRows(parsePlan(TWO_NOTES)).map(brief)).toEqual([
      ['section', 'c1.s1', 1, 1, null, null, 1, '市场监管总局', 'samr', 'lead', false, '', '加强监管。完善监管规则。健全执法协作机制。'],
      ['section', 'c1.s1', 1, 1, null, null, 2, '公安部', 'mps', 'lead', false, '', '加强监管。完善监管规则。健全执法协作机制。'],
      ['section', 'c1.s1', 1, 1, null, null, 2, '司法部', 'moj', 'participant', false, '', '加强监管。完善监管规则。健全执法协作机制。'],
    ])
  })

  it('keeps a note that does not close its paragraph', () => {
    expect(toRows(openNotePlan()).map(brief)).toEqual([['section', 'c1.s1', 1, 1, null, null, 1, '公安部', 'mps', 'lead', false, '', '强化保护。开展专项行动。加强宣传。']])
  })

  it('reads label lines like a bracket, the 完成时限 line as the deadline', () => {
    expect(toRows(parsePlan(LABELS)).map(brief)).toEqual([
      ['task', 'c1.s1.t1', 1, 1, 1, null, 1, '市商务局', '', 'lead', false, '2024年底前', '培育外贸新业态。'],
      ['task', 'c1.s1.t1', 1, 1, 1, null, 1, '市财政局', '', 'participant', false, '2024年底前', '培育外贸新业态。'],
      // 牵头单位 / 配合单位: roles from the labels.
      ['task', 'c1.s1.t2', 1, 1, 2, null, 1, '市投资促进局', '', 'lead', false, '', '加强招商引资。'],
      ['task', 'c1.s1.t2', 1, 1, 2, null, 1, '市发展改革委', '', 'participant', false, '', '加强招商引资。'],
      ['task', 'c1.s1.t2', 1, 1, 2, null, 1, '市商务局', '', 'participant', false, '', '加强招商引资。'],
      ['section', 'c1.s2', 1, 2, null, null, 1, '市政务服务局', '', 'lead', false, '', '优化营商环境。推进一网通办。'],
    ])
  })

  const itemRows = [
    // Task 1 is assigned by its items: no row of its own.
    ['item', 'c1.t1.i1', 1, null, 1, 1, 1, '市场监管总局', 'samr', 'lead', false, '', '制定行业标准。'],
    ['item', 'c1.t1.i2', 1, null, 1, 2, 1, '市场监管总局', 'samr', 'lead', false, '', '开展标准宣贯。'],
    ['item', 'c1.t1.i2', 1, null, 1, 2, 1, '工业和信息化部', 'miit', 'participant', false, '', '开展标准宣贯。'],
    ['task', 'c1.t2', 1, null, 2, null, 1, '教育部', 'moe', 'lead', false, '', '加强人才培养。'],
    // ① under task 2 has a note; ② has none and gives no row.
    ['item', 'c1.t2.i1', 1, null, 2, 1, 1, '人力资源社会保障部', 'mohrss', 'lead', false, '', '建立培训基地。'],
  ]

  it('gives sub-items rows of level item under their task; a task its items assign gets no empty row', () => {
    expect(toRows(itemsPlan()).map(brief)).toEqual(itemRows)
  })

  it.runIf(parsesItems)('gives the same rows for the sub-items as parsed', () => {
    expect(toRows(parsePlan(ITEMS)).map(brief)).toEqual(itemRows)
  })

  it('gives a note naming no department one row with its deadline, and a task nothing assigns one empty row', () => {
    const plan = parsePlan('一、重点任务\n1. 做事。（商务部负责）\n2. 另一件事。\n完成时限：2024年6月\n3. 第三件事。')
    expect(toRows(plan).map(brief)).toEqual([
      ['task', 'c1.t1', 1, null, 1, null, 1, '商务部', 'mofcom', 'lead', false, '', '做事。'],
      ['task', 'c1.t2', 1, null, 2, null, 1, '', '', '', false, '2024年6月', '另一件事。'],
      ['task', 'c1.t3', 1, null, 3, null, null, '', '', '', false, '', '第三件事。'],
    ])
  })

  it('writes the new columns to CSV: empty for null, numbers as digits', () => {
    const csv = toCsv(toRows(itemsPlan()))
    const records = parse(csv, { columns: true }) as Record<string, string>[]
    expect(records.map((r) => [r.level, r.unitId, r.task, r.taskId, r.item, r.note])).toEqual([
      ['item', 'c1.t1.i1', '1', 'c1.t1', '1', '1'],
      ['item', 'c1.t1.i2', '1', 'c1.t1', '2', '1'],
      ['item', 'c1.t1.i2', '1', 'c1.t1', '2', '1'],
      ['task', 'c1.t2', '2', 'c1.t2', '', '1'],
      ['item', 'c1.t2.i1', '2', 'c1.t2', '1', '1'],
    ])
    expect(csv.split('\r\n')[1]).toBe('1,重点任务,,,1,c1.t1,市场监管总局,samr,lead,false,制定行业标准。,item,c1.t1.i1,1,1,,central,,')
  })
})

describe('toRows on a fixture with two notes in one task', () => {
  // Task 4: 开展海外知识产权纠纷应对指导。（国家知识产权局负责）加强海外信息服务；组织企业专题培训（贸促会负责）
  const plan: Plan = parsePlan(readFileSync(new URL('../fixtures/cnipa-mofcom-notice-2023.txt', import.meta.url), 'utf8'))

  it('gives both notes’ departments, numbered', () => {
    expect(toRows(plan).filter((r) => r.taskId === 'c2.t4').map((r) => [r.note, r.department, r.role])).toEqual([
      [1, '国家知识产权局', 'lead'],
      [2, '贸促会', 'lead'],
    ])
  })

  it('keeps task 5, whose note is a deadline alone, as one row', () => {
    // 5．研究制定海外知识产权纠纷应对指引。（2023年10月底前完成）
    expect(toRows(plan).filter((r) => r.taskId === 'c2.t5').map((r) => [r.note, r.department, r.role, r.deadline])).toEqual([[1, '', '', '2023年10月底前完成']])
  })
})
