/** Rules 2 and 3 of issue 12: labels and role words, alone and combined, with invented examples. */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

const roles = (note: string) => {
  const r = read(note)
  return r && { leads: r.leads, participants: r.participants, explicit: r.explicit, byDuty: r.byDuty }
}

describe('labels', () => {
  it('reads labels with a colon of either width, white space before it too', () => {
    expect(roles('牵头单位：市数据局；配合单位:市财政局，各区人民政府')).toEqual({ leads: ['市数据局'], participants: ['市财政局', '各区人民政府'], explicit: true, byDuty: false })
    expect(roles('牵头部门 ：市数据局；协办单位 : 市审计局')).toMatchObject({ leads: ['市数据局'], participants: ['市审计局'] })
  })

  it('runs a labelled list on across ， and ； until the next label', () => {
    expect(roles('牵头单位：市数据局，市财政局；市审计局；参与单位：市统计局，各街道')).toMatchObject({
      leads: ['市数据局', '市财政局', '市审计局'],
      participants: ['市统计局', '各街道'],
    })
  })

  it('leaves a note labelled only 责任单位 to the document rule: the first listed leads', () => {
    expect(roles('责任单位：市数据局、市财政局；各区人民政府')).toEqual({ leads: ['市数据局'], participants: ['市财政局', '各区人民政府'], explicit: false, byDuty: false })
    expect(roles('负责部门：县应急管理局，县消防救援大队')).toMatchObject({ leads: ['县应急管理局'], explicit: false })
    expect(roles('责任科室：办公室、财务科')).toMatchObject({ leads: ['办公室'], participants: ['财务科'] })
  })

  it('makes units under 责任单位 or 配合单位 take part when a 牵头单位 is named', () => {
    expect(roles('牵头单位：市数据局；责任单位：市财政局、市审计局')).toMatchObject({ leads: ['市数据局'], participants: ['市财政局', '市审计局'], explicit: true })
    expect(roles('协助单位：市审计局；牵头部门：市数据局')).toMatchObject({ leads: ['市数据局'], participants: ['市审计局'] })
  })

  it('lets role words decide under 部门分工', () => {
    expect(roles('部门分工：市数据局牵头，各地、各部门配合。')).toMatchObject({ leads: ['市数据局'], participants: ['各地', '各部门'], explicit: true })
  })

  it('reads deadline labels into the deadline, never units', () => {
    expect(read('责任单位：市数据局；完成时间：2025年6月底前')).toMatchObject({ units: ['市数据局'], deadline: '2025年6月底前' })
    expect(read('牵头单位：市数据局\n时间节点：年内持续推进')).toMatchObject({ units: ['市数据局'], deadline: '年内持续推进' })
    expect(read('时限要求：分阶段推进，2026年底前完成')?.clauses).toEqual([['deadline', '时限要求：分阶段推进，2026年底前完成']])
  })

  it('reads leader labels as a leader clause, never units', () => {
    const r = read('责任领导：王某某\n牵头部门：市数据局；配合部门：市财政局')!
    expect(r).toMatchObject({ leads: ['市数据局'], participants: ['市财政局'] })
    expect(r.clauses[0]).toEqual(['leader', '责任领导：王某某'])
    expect(read('分管市领导：李某，张某')?.units).toEqual([])
  })

  it('reads label lines joined with nothing, as a builder may join them', () => {
    expect(roles('牵头单位：市数据局责任单位：市财政局，各区')).toMatchObject({ leads: ['市数据局'], participants: ['市财政局', '各区'] })
  })
})

describe('role words', () => {
  it('reads 负责 by the first-listed rule', () => {
    expect(roles('市数据局、市财政局负责')).toEqual({ leads: ['市数据局'], participants: ['市财政局'], explicit: false, byDuty: false })
  })

  it('reads 统筹 and 统筹推进 as 牵头 is read', () => {
    expect(roles('省发展改革委统筹，省直有关部门配合')).toMatchObject({ leads: ['省发展改革委'], participants: ['省直有关部门'], explicit: true })
    expect(roles('县政府办统筹推进，县财政局、县审计局参与')).toMatchObject({ leads: ['县政府办'], participants: ['县财政局', '县审计局'] })
  })

  it('makes every unit before 牵头 / 牵头负责 lead', () => {
    expect(roles('市数据局、市财政局牵头负责')).toMatchObject({ leads: ['市数据局', '市财政局'], participants: [], explicit: true })
    expect(roles('市数据局，市财政局牵头')).toMatchObject({ leads: ['市数据局', '市财政局'] })
  })

  it('reads 参与 配合 协助 参加 as taking part', () => {
    for (const word of ['参与', '配合', '协助', '参加']) {
      expect(roles(`市数据局牵头，市财政局、市审计局${word}`)).toMatchObject({ leads: ['市数据局'], participants: ['市财政局', '市审计局'] })
    }
    expect(roles('市数据局负责，市审计局配合')).toMatchObject({ leads: ['市数据局'], participants: ['市审计局'], explicit: true })
    // Only the first of several responsible units leads when no lead is named.
    expect(roles('县委农办、县农业农村局负责，各乡镇人民政府参与')).toMatchObject({ leads: ['县委农办'], participants: ['县农业农村局', '各乡镇人民政府'] })
    expect(roles('市邮政管理局、市商务局负责，市快递行业协会配合')).toMatchObject({ leads: ['市邮政管理局'], participants: ['市商务局', '市快递行业协会'] })
    expect(roles('市数据局牵头、市审计局配合')).toMatchObject({ leads: ['市数据局'], participants: ['市审计局'] })
  })

  it('reads 会同: the units before it lead, those after take part', () => {
    expect(roles('市数据局会同市财政局负责')).toMatchObject({ leads: ['市数据局'], participants: ['市财政局'], explicit: true })
    expect(roles('市数据局、市公安局会同市财政局、市审计局负责')).toMatchObject({ leads: ['市数据局', '市公安局'], participants: ['市财政局', '市审计局'] })
    expect(read('市数据局会同有关部门负责')).toMatchObject({ leads: ['市数据局'], participants: [], open: true, tail: '会同有关部门' })
  })

  it('reads 负责落实 and 按职责分工（分别）负责', () => {
    expect(roles('市数据局牵头，各区人民政府负责落实')).toMatchObject({ leads: ['市数据局'], participants: ['各区人民政府'] })
    expect(roles('市数据局、市财政局按职责分工负责')).toMatchObject({ leads: ['市数据局'], byDuty: true, explicit: false })
    expect(roles('各区人民政府、市直各部门按职责分工分别负责')).toMatchObject({ leads: ['各区人民政府'], byDuty: true })
    expect(roles('市数据局、市财政局，按职责分工负责')).toMatchObject({ leads: ['市数据局'], participants: ['市财政局'], byDuty: true })
    expect(roles('责任单位：市数据局、市财政局按职责分工负责')).toMatchObject({ leads: ['市数据局'], byDuty: true })
  })

  it('reads 负责 with what the body does after it: 负责具体实施, 负责组织实施', () => {
    expect(roles('市农业农村局牵头，市财政局配合，各乡镇人民政府负责具体实施')).toMatchObject({ leads: ['市农业农村局'], participants: ['市财政局', '各乡镇人民政府'] })
    expect(roles('县卫生健康局负责组织实施')).toMatchObject({ leads: ['县卫生健康局'], participants: [] })
  })

  it('splits at 和 after a bank branch: 分行 and 支行 end a unit', () => {
    expect(roles('人民银行某某市分行和市财政局负责')).toMatchObject({ leads: ['人民银行某某市分行'], participants: ['市财政局'] })
    expect(roles('农业银行某县支行及县农业农村局负责')).toMatchObject({ leads: ['农业银行某县支行'], participants: ['县农业农村局'] })
  })

  it('reads a collective lead: X各成员单位按职责分工负责', () => {
    expect(roles('市安委会各成员单位按职责分工负责')).toEqual({ leads: ['市安委会各成员单位'], participants: [], explicit: false, byDuty: true })
  })

  it('combines labels and role words: a role word overrides a 责任单位 label, not a 牵头单位 one', () => {
    expect(roles('责任单位：市数据局牵头，市财政局、市审计局配合')).toMatchObject({ leads: ['市数据局'], participants: ['市财政局', '市审计局'] })
    expect(roles('牵头单位：市数据局、市公安局负责；配合单位：市财政局')).toMatchObject({ leads: ['市数据局', '市公安局'], participants: ['市财政局'] })
  })

  it('reads traditional characters', () => {
    expect(roles('市數據局牽頭，市財政局配合')).toMatchObject({ leads: ['市數據局'], participants: ['市財政局'] })
    expect(roles('牽頭單位：市數據局；責任單位：市財政局')).toMatchObject({ leads: ['市數據局'], participants: ['市財政局'] })
    expect(roles('各縣、區人民政府按職責分工分別負責')).toMatchObject({ leads: ['各縣、區人民政府'], byDuty: true })
  })
})
