// diffPlans across units of every level: editions of the invented plans of
// tests/helpers/forms.ts, edited by hand; every expectation follows from the edit.
import { describe, expect, it } from 'vitest'
import { formatDiff } from '../src/cli/format.js'
import { diffPlans } from '../src/analytics/index.js'
import { parsePlan } from '../src/index.js'
import { CHAPTERS_ONLY, RUN_IN, itemsPlan } from './helpers/forms.js'

describe('diffPlans: units at every level', () => {
  it('matches a run-in section with the task it became, and reports the level', () => {
    // Next year (一) became a heading over task 1, and (二) dropped 市场监管总局; (三) is unchanged.
    const next = parsePlan(
      [
        '一、加强市场监管',
        '（一）完善监管规则',
        '1. 健全市场监管规则体系。（市场监管总局、公安部负责）',
        '（二）强化执法协作。建立跨部门执法协作机制。（公安部牵头，司法部参与）',
        '（三）做好宣传引导。',
      ].join('\n'),
    )
    const d = diffPlans(parsePlan(RUN_IN), next)
    // Compared: (一) (二) (三) of the first edition (with notes, or with no units under them);
    // task 1, (二) and (三) of the next. (一) of the next holds a task: a heading, not compared.
    expect(d.matched.map((m) => [m.a.id, m.b.id])).toEqual([
      ['c1.s1', 'c1.s1.t1'],
      ['c1.s2', 'c1.s2'],
      ['c1.s3', 'c1.s3'],
    ])
    expect(d.changed.map((m) => [m.a.id, m.b.id, m.similarity, m.textChanged, m.level, m.lead, m.participantsRemoved, m.chapter])).toEqual([
      // 完善监管规则健全市场监管规则体系 against 健全市场监管规则体系: 9 shared bigrams of 15 and 9, Dice 18/24.
      ['c1.s1', 'c1.s1.t1', 0.75, true, { from: 'section', to: 'task' }, null, [], null],
      ['c1.s2', 'c1.s2', 1, false, null, null, ['市场监管总局'], null],
    ])
    expect([d.added, d.removed]).toEqual([[], []])
    expect(formatDiff(d)).toBe(
      [
        '3 matched (2 changed), 0 added, 0 removed, 0 renamed departments',
        'changed  section c1.s1 → 1: text (similarity 0.75); level section → task',
        'changed  section c1.s2 → section c1.s2: participants -市场监管总局',
      ].join('\n'),
    )
  })

  it('matches the chapters of chapter-only editions; a chapter that gains a note changes lead', () => {
    const next = parsePlan(
      [
        '某市2025年优化营商环境工作要点',
        '一、加强企业信用建设。（市发展改革委、市市场监管局按职责分工负责）',
        '二、深化政务服务改革，推行“一网通办”。（市政务服务局、市大数据局负责）',
        '三、做好政策宣传解读。（市委宣传部负责）',
      ].join('\n'),
    )
    const d = diffPlans(parsePlan(CHAPTERS_ONLY), next)
    expect(d.matched.map((m) => [m.a.id, m.b.id, m.a.level, m.b.level])).toEqual([
      ['c2', 'c1', 'chapter', 'chapter'],
      ['c1', 'c2', 'chapter', 'chapter'],
      ['c3', 'c3', 'chapter', 'chapter'],
    ])
    // Renumbered chapters are matched, never "moved" into another chapter.
    expect(d.matched.every((m) => m.chapter === null)).toBe(true)
    expect(formatDiff(d)).toBe(
      [
        '3 matched (2 changed), 0 added, 0 removed, 0 renamed departments',
        'changed  chapter c1 → chapter c2: participants +市大数据局',
        // A local unit's level stands beside its name: the same name could be a ministry's.
        'changed  chapter c3 → chapter c3: lead — → 市委宣传部 (city)',
      ].join('\n'),
    )
  })

  it('matches sub-items with the tasks they became, and lists what went', () => {
    // Next year every item with a note is a task of its own; ② 开展岗位培训 is gone.
    const next = parsePlan(
      '一、重点任务\n1. 推进标准化建设。\n2. 制定行业标准。（市场监管总局负责）\n3. 开展标准宣贯。（市场监管总局、工业和信息化部负责）\n4. 加强人才培养。（教育部负责）\n5. 建立培训基地。（人力资源社会保障部负责）',
    )
    const d = diffPlans(itemsPlan(), next)
    expect(d.matched.map((m) => [m.a.id, m.b.id])).toEqual([
      ['c1.t1', 'c1.t1'],
      ['c1.t1.i1', 'c1.t2'],
      ['c1.t1.i2', 'c1.t3'],
      ['c1.t2', 'c1.t4'],
      ['c1.t2.i1', 'c1.t5'],
    ])
    expect(d.removed).toEqual([{ id: 'c1.t2.i2', number: 2, chapter: 1, text: '开展岗位培训。', level: 'item' }])
    expect(formatDiff(d)).toBe(
      [
        '5 matched (3 changed), 0 added, 1 removed, 0 renamed departments',
        'removed  item c1.t2.i2 开展岗位培训。',
        'changed  item c1.t1.i1 → 2: level item → task',
        'changed  item c1.t1.i2 → 3: level item → task',
        'changed  item c1.t2.i1 → 5: level item → task',
      ].join('\n'),
    )
  })

  it('compares every note of a paragraph: a department named in either counts', () => {
    const a = parsePlan('一、重点任务\n（一）加强监管。完善监管规则。（市场监管总局负责）健全执法协作机制。（公安部、司法部负责）')
    const b = parsePlan('一、重点任务\n（一）加强监管。完善监管规则。（市场监管总局负责）健全执法协作机制。（公安部负责）')
    const [m] = diffPlans(a, b).changed
    // Leads over both notes: 市场监管总局, 公安部 in both; 司法部 joined only in the first edition.
    expect([m?.lead, m?.participantsAdded, m?.participantsRemoved, m?.textChanged]).toEqual([null, [], ['司法部'], false])
  })
})
