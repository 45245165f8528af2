/** Rules 4, 5, 6 and 8 of issue 12: open tails, other clauses, rules inside a note, never dropping a note. */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

describe('open tails', () => {
  it('sets open and keeps the tail, never a unit made of it', () => {
    expect(read('市数据局、市财政局等负责')).toMatchObject({ units: ['市数据局', '市财政局'], open: true, tail: '等' })
    expect(read('市数据局牵头，市财政局等部门配合')).toMatchObject({ participants: ['市财政局'], open: true, tail: '等部门' })
    expect(read('市数据局牵头，市财政局、市审计局等有关部门和单位参与')).toMatchObject({ participants: ['市财政局', '市审计局'], tail: '等有关部门和单位' })
    expect(read('市数据局牵头，市财政局等相关部门及各地区配合')).toMatchObject({ units: ['市数据局', '市财政局'], tail: '等相关部门及各地区' })
    expect(read('市数据局、市城投集团等部门单位参与')).toMatchObject({ units: ['市数据局', '市城投集团'], tail: '等部门单位' })
  })

  it('reads a tail in the middle of a list, and the units after it', () => {
    const r = read('市数据局牵头，市财政局、市审计局等部门，市城投集团、各街道办事处配合')!
    expect(r).toMatchObject({ leads: ['市数据局'], participants: ['市财政局', '市审计局', '市城投集团', '各街道办事处'], open: true, tail: '等部门' })
    expect(r.parts.openTail).toMatchObject({ start: 16, end: 19 })
  })

  it('keeps 等 that is part of a name', () => {
    expect(read('市教育局、各高等学校负责')).toMatchObject({ units: ['市教育局', '各高等学校'], open: false })
    expect(read('市教育局、各高等学校等单位负责')).toMatchObject({ units: ['市教育局', '各高等学校'], open: true, tail: '等单位' })
  })
})

describe('other clauses', () => {
  it('reads deadlines into deadline, in any place of the note', () => {
    expect(read('市数据局负责，6月底前完成')).toMatchObject({ units: ['市数据局'], deadline: '6月底前完成' })
    expect(read('2024年底前，市数据局牵头，市财政局参与')).toMatchObject({ leads: ['市数据局'], deadline: '2024年底前' })
    expect(read('市数据局负责；年内持续推进')?.deadline).toBe('年内持续推进')
    expect(read('市数据局、市财政局按职责分工负责，长期坚持')).toMatchObject({ byDuty: true, deadline: '长期坚持' })
  })

  it('keeps a sentence after 。 that is no assignment as a remark, its unit-like words no units', () => {
    const r = read('市数据局牵头，市财政局参与。以下各项任务均需各区人民政府落实，不再重复列出')!
    expect(r).toMatchObject({ leads: ['市数据局'], participants: ['市财政局'] })
    expect(r.clauses.at(-1)).toEqual(['remark', '以下各项任务均需各区人民政府落实，不再重复列出'])
    const s = read('责任单位：市数据局、市财政局按职责分工负责。具体任务均涉及各区人民政府，不再做分工，下同。')!
    expect(s).toMatchObject({ units: ['市数据局', '市财政局'], byDuty: true })
    expect(s.clauses.map(([kind]) => kind)).toEqual(['units', 'remark'])
  })

  it('reads a sentence after 。 that assigns as part of the note', () => {
    expect(read('市数据局牵头。市财政局、市审计局配合。')).toMatchObject({ leads: ['市数据局'], participants: ['市财政局', '市审计局'] })
    expect(read('市数据局负责。2025年底前完成')).toMatchObject({ units: ['市数据局'], deadline: '2025年底前完成' })
  })

  it('keeps every clause with its kind, text and position', () => {
    const note = '牵头单位：市数据局；配合单位：市财政局；完成时限：2025年底前'
    expect(read(note)?.parts.clauses).toEqual([
      { kind: 'units', text: '牵头单位：市数据局', start: 0, end: 9 },
      { kind: 'units', text: '配合单位：市财政局', start: 10, end: 19 },
      { kind: 'deadline', text: '完成时限：2025年底前', start: 20, end: 32 },
    ])
  })
})

describe('rules stated inside a note', () => {
  it('reports 排在第一位的为牵头部门，下同 as a rule, with its text and place', () => {
    const note = '市数据局、市财政局负责，排在第一位的为牵头部门，下同'
    const r = read(note)!
    expect(r).toMatchObject({ units: ['市数据局', '市财政局'], rule: 'first-leads' })
    expect(r.parts.rule).toEqual({ rule: 'first-leads', text: '排在第一位的为牵头部门，下同', start: 12, end: 26 })
  })

  it('reads a bracketed rule at the end of a unit, mid-list too, without making it part of the name', () => {
    expect(read('责任单位：市数据局（首位单位为牵头单位，下同）、市财政局')).toMatchObject({ units: ['市数据局', '市财政局'], rule: 'first-leads' })
    expect(read('责任单位：市数据局、市财政局(列第一位者为牵头或汇总单位,下同)')).toMatchObject({ units: ['市数据局', '市财政局'], rule: 'first-leads' })
  })

  it('reads a note that is only a rule', () => {
    expect(read('第一责任单位为牵头单位,下同')).toMatchObject({ units: [], rule: 'first-leads', clauses: [['rule', '第一责任单位为牵头单位,下同']] })
  })

  it('reads all-lead rules, and no rule in a name with 第一', () => {
    expect(read('市数据局、市财政局负责，所列单位均为牵头单位')?.rule).toBe('all-lead')
    expect(read('市第一中学牵头，市教育局配合')).toMatchObject({ leads: ['市第一中学'], participants: ['市教育局'], rule: undefined })
  })
})

describe('never dropping a note', () => {
  it('keeps an unknown unit', () => {
    expect(read('市数据局、甲乙丙牵头')).toMatchObject({ leads: ['市数据局', '甲乙丙'] })
    expect(read('牵头单位：某某联盟；配合单位：甲乙丙')).toMatchObject({ leads: ['某某联盟'], participants: ['甲乙丙'] })
  })

  it('keeps a piece it cannot place as unparsed, and the units still count', () => {
    expect(read('市数据局负责，加强督导')).toMatchObject({ units: ['市数据局'], clauses: [['units', '市数据局负责'], ['unparsed', '加强督导']] })
    expect(read('加强督导，市数据局、市财政局负责')).toMatchObject({ leads: ['市数据局'], clauses: [['unparsed', '加强督导'], ['units', '市数据局、市财政局负责']] })
    expect(read('市数据局牵头，2024年内视情推进')).toMatchObject({ leads: ['市数据局'], clauses: [['units', '市数据局牵头'], ['unparsed', '2024年内视情推进']] })
  })

  it('keeps a label it does not know as unparsed, and reads its list as units', () => {
    expect(read('主抓部门：市数据局；协办单位：市财政局')).toMatchObject({
      leads: ['市数据局'],
      participants: ['市财政局'],
      clauses: [['unparsed', '主抓部门：'], ['units', '市数据局'], ['units', '协办单位：市财政局']],
    })
    // With no label or role word it knows, the note is no note by its shape.
    expect(read('注：以上数据为预计数')).toBeNull()
  })

  it('keeps text glued onto a labelled list as unparsed, not as a unit', () => {
    const r = read('责任单位：县财政局、县税务局 3.做好下一件事')!
    expect(r.units).toEqual(['县财政局'])
    expect(r.clauses).toContainEqual(['unparsed', '县税务局 3.做好下一件事'])
  })

  it('reads combinations: label, role words, tail, deadline, rule and remark in one note', () => {
    const r = read('牵头单位：市数据局（第一责任单位为牵头单位，下同）；配合单位：市财政局、市审计局等部门，各区；2025年6月底前完成。以下各项均需各区落实，不再列出')!
    expect(r).toMatchObject({ leads: ['市数据局'], participants: ['市财政局', '市审计局', '各区'], open: true, tail: '等部门', deadline: '2025年6月底前完成', rule: 'first-leads' })
    expect(r.clauses.map(([kind]) => kind)).toEqual(['units', 'rule', 'units', 'units', 'deadline', 'remark'])
  })
})

describe('not notes', () => {
  it('gives null for brackets that list places, name things or give periods', () => {
    for (const inner of ['市、区', '地、州、盟', '镇', '简称“数博会”', '以下简称“实施方案”', '2024—2026年', '国办发〔2024〕5号', '此件公开发布', 'IP地址', '含', '不含3人', '社会事业局、教育文体局', '包括具体数额、完成比例']) {
      expect(read(inner), inner).toBeNull()
    }
  })
})
