import { describe, expect, it } from 'vitest'
import { parsePlan } from '../src/index.js'
import type { Chapter, Plan, Responsibility, Section, Unit } from '../src/types.js'
import { everyUnit, notesOf } from '../src/util/units.js'

// Hand-made plans, one per form real task-division documents take: the note
// sits on whichever unit is the task.

const names = (list: readonly { name: string }[]) => list.map((d) => d.name)
const who = (r: Responsibility | null) => (r ? { leads: names(r.leads), participants: names(r.participants), byDuty: r.byDuty } : null)
const slice = (text: string, p: { start: { offset: number }; end: { offset: number } }) => text.slice(p.start.offset, p.end.offset)
const unit = (plan: Plan, id: string) => everyUnit(plan.children).find((u) => u.id === id) as Unit

describe('a run-in section paragraph is the task', () => {
  const text = '一、强化市场监管\n（一）加强价格监管。完善重要商品价格监测机制。（市发展改革委、市市场监管局负责）\n（二）规范收费行为。清理涉企收费。（市财政局牵头，市发展改革委配合）'
  const plan = parsePlan(text)

  it('splits title and text at the first 。 and gives the section its note', () => {
    const s1 = unit(plan, 'c1.s1') as Section
    expect(s1).toMatchObject({ type: 'section', number: 1, title: '加强价格监管。', text: '完善重要商品价格监测机制。' })
    expect(who(s1.responsibility)).toEqual({ leads: ['市发展改革委'], participants: ['市市场监管局'], byDuty: false })
    expect(who((unit(plan, 'c1.s2') as Section).responsibility)).toEqual({ leads: ['市财政局'], participants: ['市发展改革委'], byDuty: false })
  })

  it('positions heading, text and note on their own characters', () => {
    const s1 = unit(plan, 'c1.s1') as Section
    expect(slice(text, s1.headingPosition)).toBe('（一）加强价格监管。')
    expect(slice(text, s1.textPosition!)).toBe('完善重要商品价格监测机制。')
    expect(slice(text, s1.responsibility!.position)).toBe('（市发展改革委、市市场监管局负责）')
    expect(slice(text, s1.responsibility!.covers!)).toBe('加强价格监管。完善重要商品价格监测机制。')
  })

  it('reports no missing responsibility: sections are not tasks', () => {
    expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })
})

describe('a plan whose only level is 一、', () => {
  const text = '二〇二四年工作要点\n一、推进数字政府建设。建成一体化政务服务平台。（市数据局负责）\n二、深化“放管服”改革。（市政务服务局、市司法局按职责分工负责）\n三、加强作风建设'
  const plan = parsePlan(text)

  it('gives each chapter its own note, and none to a chapter without one', () => {
    const chapters = plan.children.filter((c): c is Chapter => c.type === 'chapter')
    expect(chapters.map((c) => [c.number, c.title, c.text ?? null, who(c.responsibility)])).toEqual([
      [1, '推进数字政府建设。', '建成一体化政务服务平台。', { leads: ['市数据局'], participants: [], byDuty: false }],
      [2, '深化“放管服”改革。', null, { leads: ['市政务服务局'], participants: ['市司法局'], byDuty: true }],
      [3, '加强作风建设', null, null],
    ])
  })
})

describe('one paragraph with several notes', () => {
  const text = '（五）加强知识产权保护。开展专项执法行动。（市市场监管局负责）建立快速维权机制，完善纠纷调解。（市知识产权局、市司法局负责）'
  const plan = parsePlan(text)
  const s5 = plan.children[0] as Section

  it('keeps every note in order, the last one closing the section', () => {
    expect(notesOf(s5).map(who)).toEqual([
      { leads: ['市市场监管局'], participants: [], byDuty: false },
      { leads: ['市知识产权局'], participants: ['市司法局'], byDuty: false },
    ])
    expect(s5.responsibility).toBe(s5.notes?.[1])
    expect(s5.text).toBe('开展专项执法行动。建立快速维权机制，完善纠纷调解。')
  })

  it('gives each note the text it covers: the sentences since the note before', () => {
    expect(notesOf(s5).map((n) => slice(text, n.covers!))).toEqual(['加强知识产权保护。开展专项执法行动。', '建立快速维权机制，完善纠纷调解。'])
  })

  it("takes a note that does not close its paragraph as the unit's responsibility, covering the sentences before it", () => {
    const text = '1. 开展宣传活动。（市委宣传部负责）组织年度评估。'
    const open = parsePlan(text).children[0] as Unit
    expect(who(open.responsibility)).toEqual({ leads: ['市委宣传部'], participants: [], byDuty: false })
    expect(slice(text, open.responsibility!.covers!)).toBe('开展宣传活动。')
    expect(open.notes).toBeUndefined()
    expect(open.type === 'task' && open.text).toBe('开展宣传活动。组织年度评估。')
    expect(parsePlan(text).diagnostics.map((d) => d.ruleId)).not.toContain('missing-responsibility')
  })

  it('takes the last note naming a department, not a closing time frame after it', () => {
    const plan = parsePlan('（五）推进数据共享。建设平台（市数据局牵头，市财政局配合）。2025年底前完成全部接入（2025年底前）。')
    const section = plan.children[0] as Unit
    expect(who(section.responsibility)).toEqual({ leads: ['市数据局'], participants: ['市财政局'], byDuty: false })
    expect(section.notes?.map((n) => n.raw)).toEqual(['（市数据局牵头，市财政局配合）', '（2025年底前）'])
  })
})

describe('label lines after a unit', () => {
  it('take 责任单位 as the note (first listed leads) and 完成时限 as its deadline', () => {
    const text = '一、优化营商环境\n1. 推行企业开办“一日办结”。\n责任单位：市市场监管局、市税务局、市公安局\n完成时限：2024年6月底前\n2. 推进工程建设项目审批改革。'
    const plan = parsePlan(text)
    const t1 = unit(plan, 'c1.t1')
    expect(who(t1.responsibility)).toEqual({ leads: ['市市场监管局'], participants: ['市税务局', '市公安局'], byDuty: false })
    expect(t1.responsibility).toMatchObject({ form: 'label', deadline: '2024年6月底前', rolesFrom: 'first-listed' })
    expect(slice(text, t1.responsibility!.position)).toBe('责任单位：市市场监管局、市税务局、市公安局\n完成时限：2024年6月底前')
    expect(t1.type === 'task' && t1.text).toBe('推行企业开办“一日办结”。')
    // The second task has no note: label lines are never carried over.
    expect(unit(plan, 'c1.t2').responsibility).toBeNull()
  })

  it('read 牵头单位 and 责任单位 on two lines as leads and participants', () => {
    const plan = parsePlan('1. 全年引进重大项目30个以上。\n牵头单位：区商务局\n责任单位：区发改局，各街道办事处')
    expect(who((plan.children[0] as Unit).responsibility)).toEqual({ leads: ['区商务局'], participants: ['区发改局', '各街道办事处'], byDuty: false })
  })

  it('keep a leader line as a clause and read 部门分工 by its role words', () => {
    const plan = parsePlan('1. 外贸进出口实现正增长。\n分管副市长：王某某\n部门分工：市商务局牵头，各区、各有关部门配合。')
    const r = (plan.children[0] as Unit).responsibility!
    expect(who(r)).toEqual({ leads: ['市商务局'], participants: ['各区', '各有关部门'], byDuty: false })
    expect(r.clauses).toMatchObject([{ kind: 'leader', text: '分管副市长：王某某' }])
  })

  it('apply a rule stated beside them (下同) to that note and every later one, and record it in meta', () => {
    const text = [
      '（一）落实减税降费政策。',
      '责任单位：市税务局、市财政局（排在第一位的为牵头单位，下同）',
      '（二）降低企业用电成本。',
      '责任单位：市发展改革委、国网市供电公司',
    ].join('\n')
    const plan = parsePlan(text)
    expect(plan.meta?.rules).toMatchObject([{ rule: 'first-leads' }])
    const [s1, s2] = everyUnit(plan.children)
    expect(s1!.responsibility).toMatchObject({ rolesFrom: 'closing-rule' })
    expect(s2!.responsibility).toMatchObject({ rolesFrom: 'closing-rule' })
    expect(who(s2!.responsibility)).toEqual({ leads: ['市发展改革委'], participants: ['国网市供电公司'], byDuty: false })
  })
})

describe('a heading on its own line, then its wording', () => {
  it('takes a paragraph ending in a note as the heading’s text when no sub-unit follows', () => {
    const text = '（一）加强组织领导\n各区要建立工作专班，明确责任分工。（各区人民政府负责）\n（二）强化督促检查'
    const plan = parsePlan(text)
    const s1 = plan.children[0] as Section
    expect(s1).toMatchObject({ title: '加强组织领导', text: '各区要建立工作专班，明确责任分工。', children: [] })
    expect(who(s1.responsibility)).toEqual({ leads: ['各区人民政府'], participants: [], byDuty: false })
  })

  it('leaves paragraphs without a note, or before sub-units, as paragraphs', () => {
    const plan = parsePlan('（一）总体要求\n坚持问题导向，突出重点。\n（二）主要任务\n说明如下。\n1. 推进改革。（市发展改革委负责）')
    const [s1, s2] = plan.children as Section[]
    expect(s1!.children.map((c) => c.type)).toEqual(['paragraph'])
    expect(s1!.text).toBeUndefined()
    expect(s2!.children.map((c) => c.type)).toEqual(['paragraph', 'task'])
  })

  // The body is joined to look for its note only when its lines could end in one: these end
  // otherwise than with a bracket, and only the colon of a label clause on an earlier line says so.
  it('takes a body whose label clause runs on over its last line, and its note split over two lines', () => {
    const runOn = parsePlan('一、总体要求\n推进工作。责任单位：市商务局\n、市财政局').children[0] as Chapter
    expect(runOn).toMatchObject({ title: '总体要求', text: '推进工作。', children: [] })
    expect(who(runOn.responsibility)).toEqual({ leads: ['市商务局'], participants: ['市财政局'], byDuty: false })
    const half = parsePlan('一、总体要求\n推进工作。责任单位:市商务局\n做好').children[0] as Chapter
    expect(names(half.responsibility!.departments)).toEqual(['市商务局做好'])
    const split = parsePlan('一、总体要求\n推进工作\r\n加强协调。（知识产权局\u2028负责）。\n；').children[0] as Chapter
    expect(split).toMatchObject({ text: '推进工作加强协调。', children: [] })
    expect(who(split.responsibility)).toEqual({ leads: ['知识产权局'], participants: [], byDuty: false })
  })

  it('leaves a body with neither a closing bracket nor a colon as paragraphs, one a line', () => {
    const plan = parsePlan('一、总体要求\n推进工作\n加强协调（知识产权局负责）做好\n\u200b落实。')
    const c1 = plan.children[0] as Chapter
    expect(c1.text).toBeUndefined()
    expect(c1.children.map((c) => (c.type === 'paragraph' ? c.text : c.type))).toEqual(['推进工作', '加强协调（知识产权局负责）做好', '落实。'])
  })
})

describe('section numbers that run on across chapters', () => {
  it('build the tree and say so with an info diagnostic only', () => {
    const plan = parsePlan('一、总体要求\n（一）指导思想\n（二）基本原则\n二、重点任务\n（三）加强监管。（市市场监管局负责）\n（四）优化服务。（市政务服务局负责）')
    const chapters = plan.children as Chapter[]
    expect(chapters[1]!.children.map((c) => c.type === 'section' && c.number)).toEqual([3, 4])
    expect(plan.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['numbering-continues', 'info']])
  })
})

describe('a note the grammar can only partly read', () => {
  it('keeps the units it can place, the rest as an unparsed clause with a warning', () => {
    const plan = parsePlan('1. 推进数据共享。（市数据局牵头，市公安局配合，加强督导）')
    const r = (plan.children[0] as Unit).responsibility!
    expect(who(r)).toEqual({ leads: ['市数据局'], participants: ['市公安局'], byDuty: false })
    expect(r.clauses).toMatchObject([{ kind: 'unparsed', text: '加强督导' }])
    expect(plan.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['unparsed-note', 'warning']])
  })
})
