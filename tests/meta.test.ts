import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDate } from '../src/meta/dates.js'
import { parsePlan } from '../src/parse-plan.js'
import type { Meta, Plan, Position, Task } from '../src/types.js'

const read = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
const slice = (text: string, p: Position | undefined) => text.slice(p?.start.offset, p?.end.offset)

function tasksOf(plan: Plan): Task[] {
  const out: Task[] = []
  const walk = (nodes: Plan['children']) => {
    for (const n of nodes) if (n.type === 'task') out.push(n)
    else if (n.type === 'chapter' || n.type === 'section') walk(n.children)
  }
  walk(plan.children)
  return out
}

describe('seed metadata', () => {
  const text = read('ip-plan-2021-2022.txt')
  const plan = parsePlan(text)
  const meta = plan.meta as Meta

  it('reads every field exactly, each positioned on its text', () => {
    expect(meta.noticeTitle?.raw).toBe('国务院知识产权战略实施工作部际联席会议办公室关于印发《知识产权强国建设纲要和“十四五”规划实施年度推进计划》的通知')
    expect(meta.documentNumber).toBeUndefined()
    expect(meta.published).toMatchObject({ raw: '发布时间：2022-01-04', date: '2022-01-04' })
    expect(meta.issuer?.raw).toBe('国务院知识产权战略实施工作部际联席会议办公室')
    expect(meta.issuer?.departments).toMatchObject([{ name: '国务院知识产权战略实施工作部际联席会议办公室', id: 'collective.joint-meeting-office', kind: 'collective' }])
    expect(meta.seal).toMatchObject({ raw: '（国家知识产权局代章）', department: { name: '国家知识产权局', id: 'cnipa', canonical: '国家知识产权局' } })
    expect(meta.signed).toMatchObject({ raw: '2021年12月27日', date: '2021-12-27' })
    expect(meta.title?.raw).toBe('知识产权强国建设纲要和“十四五”规划实施年度推进计划')
    expect(meta.period).toMatchObject({ raw: '2021—2022年度', from: 2021, to: 2022 })
    expect(meta.preamble?.raw).toMatch(/^为贯彻落实《知识产权强国建设纲要（2021—2035年）》.*制定本计划。$/)
    expect(meta.closingRule).toMatchObject({ raw: '上述各项任务分工中，由多个部门负责的，列第一位的部门为牵头部门，其他为参与部门。', rule: 'first-leads' })
    for (const field of Object.values(meta).flat()) expect(slice(text, field.position)).toBe(field.raw)
    expect(meta.signed?.position.start).toEqual({ line: 17, column: 1, offset: text.indexOf('2021年12月27日') })
    expect(meta.period?.position.start.line).toBe(21)
  })

  it('reads the 38 recipients as resolved departments, positioned', () => {
    const recipients = meta.recipients?.departments ?? []
    expect(recipients).toHaveLength(38)
    expect(recipients[0]).toMatchObject({ name: '中央组织部', id: 'organization', kind: 'party' })
    expect(recipients.at(-1)).toMatchObject({ name: '中国科协', id: 'cast', kind: 'people-organization' })
    expect(recipients.every((d) => d.id && slice(text, d.position) === d.name)).toBe(true)
  })

  it('resolves every task department, follows the closing rule, and reports nothing', () => {
    const tasks = tasksOf(plan)
    const departments = tasks.flatMap((t) => t.responsibility?.departments ?? [])
    expect(departments.every((d) => d.id !== undefined)).toBe(true)
    expect(tasks.every((t) => t.responsibility?.rolesFrom === 'closing-rule')).toBe(true)
    expect(tasks[0]?.responsibility?.leads.map((d) => d.id)).toEqual(['samr'])
    expect(new Set(departments.filter((d) => d.name.includes('知识产权局')).map((d) => d.id))).toEqual(new Set(['cnipa']))
    expect(plan.diagnostics).toEqual([])
    expect(() => parsePlan(text, { strict: true })).not.toThrow()
  })
})

describe('a joint notice of another shape (〔2023〕 number, 二〇二三年 date, 2023年度)', () => {
  const text = read('cnipa-mofcom-notice-2023.txt')
  const plan = parsePlan(text)
  const meta = plan.meta as Meta
  const tasks = tasksOf(plan)

  it('reads the notice', () => {
    expect(meta.noticeTitle?.raw).toBe('国家知识产权局 商务部关于印发《2023年度知识产权对外合作工作推进计划》的通知')
    expect(meta.documentNumber).toMatchObject({ raw: '国知发保字〔2023〕8号', code: '国知发保字', year: 2023, serial: 8 })
    expect(meta.published).toBeUndefined()
    expect(meta.recipients?.departments.map((d) => d.id)).toEqual(['publicity', 'mfa', 'gacc', 'samr', 'ccpit', 'nfra'])
    expect(meta.issuer?.departments.map((d) => [d.name, d.id])).toEqual([['国家知识产权局', 'cnipa'], ['商务部', 'mofcom']])
    expect(meta.seal).toBeUndefined()
    expect(meta.signed).toMatchObject({ raw: '二〇二三年三月十五日', date: '2023-03-15' })
    expect(meta.title?.raw).toBe('2023年度知识产权对外合作工作推进计划')
    expect(meta.period).toMatchObject({ raw: '2023年度', from: 2023, to: 2023 })
    expect(meta.closingRule?.rule).toBe('first-leads')
    expect(meta.closingRule?.position).toEqual(meta.preamble?.position)
    for (const field of Object.values(meta).flat()) expect(slice(text, field.position)).toBe(field.raw)
  })

  it('reads its tasks with their own wordings', () => {
    const r = tasksOf(plan).map((t) => t.responsibility)
    expect(r[0]).toMatchObject({ rolesFrom: 'note', leads: [{ id: 'cnipa' }], participants: [{ id: 'mfa' }, { id: 'publicity' }] })
    expect(r[1]).toMatchObject({ rolesFrom: 'closing-rule', deadline: '6月底前完成' })
    expect(r[2]?.leads.map((d) => d.id)).toEqual(['cnipa', 'mofcom'])
    expect(tasks[3]?.notes?.map((n) => n.leads[0]?.id)).toEqual(['cnipa', 'ccpit'])
    // A deadline alone assigns nothing: kept as a note, no responsibility.
    expect(r[4]).toBeNull()
    expect(tasksOf(plan)[4]?.notes).toMatchObject([{ departments: [], deadline: '2023年10月底前完成' }])
    expect(r[5]).toMatchObject({ byDuty: true, openList: true })
    expect(r[5]?.departments.map((d) => d.id)).toEqual(['nfra', 'cnipa', 'mofcom'])
  })

  it('reports the unknown, the unsent and the replaced names where they stand', () => {
    const found = plan.diagnostics.map((d) => [d.ruleId, d.severity, slice(text, d.place)])
    expect(found).toEqual([
      // Task 5 has only a deadline: nothing assigns it.
      ['missing-responsibility', 'error', '5．研究制定海外知识产权纠纷应对指引。（2023年10月底前完成）'],
      // The footer a page break left inside a note is dropped from the text and reported.
      ['page-footer', 'info', '— 3 —'],
      ['department-renamed', 'info', '国家林业局'],
      ['department-not-in-recipients', 'warning', '国家林业局'],
      ['unknown-department', 'warning', '中国技术交易所'],
      ['department-not-in-recipients', 'warning', '中国技术交易所'],
    ])
    expect(plan.diagnostics[2]?.reason).toContain('国家林业和草原局')
    // Issuers need not be among the recipients: 商务部 leads task 3 without a diagnostic.
    expect(plan.diagnostics.some((d) => d.reason.includes('商务部'))).toBe(false)
  })
})

describe('a city plan without a notice', () => {
  const text = read('city-work-points-2024.txt')
  const plan = parsePlan(text)

  it('takes title and period from the first line and applies an all-lead closing rule', () => {
    expect(plan.meta).toMatchObject({
      title: { raw: '某市2024年知识产权工作要点' },
      period: { raw: '2024年', from: 2024, to: 2024 },
      closingRule: { rule: 'all-lead', raw: '上述任务中，所列单位均为牵头单位，共同负责。' },
    })
    expect(plan.meta?.recipients).toBeUndefined()
    const [first, second, third] = tasksOf(plan).map((t) => t.responsibility)
    // The note's own 牵头 wins over the document's rule.
    expect(first).toMatchObject({ rolesFrom: 'note', leads: [{ name: '市知识产权局', kind: 'local' }] })
    expect(first?.participants.map((d) => d.name)).toEqual(['市科技局', '市工业和信息化局'])
    expect(second?.rolesFrom).toBe('closing-rule')
    expect(second?.leads.map((d) => [d.name, d.kind])).toEqual([['市市场监管局', 'local'], ['各区政府', 'collective']])
    expect(second?.participants).toEqual([])
    expect(third).toMatchObject({ byDuty: true, deadline: '持续推进' })
    expect(third?.leads).toHaveLength(3)
    expect(plan.diagnostics).toEqual([])
  })
})

describe('parseDate', () => {
  it('reads Arabic and Chinese numerals into ISO dates, and refuses impossible ones', () => {
    expect(parseDate('2021年12月27日')).toBe('2021-12-27')
    expect(parseDate('二〇二一年十二月二十七日')).toBe('2021-12-27')
    expect(parseDate('二〇二三年三月一日')).toBe('2023-03-01')
    expect(parseDate('2022-01-04')).toBe('2022-01-04')
    expect(parseDate('2022年 1月 4日')).toBe('2022-01-04')
    expect(parseDate('2021年2月30日')).toBeNull()
    expect(parseDate('2021年12月')).toBeNull()
  })
})

describe('other notice shapes', () => {
  it('reads a web copy header, collective recipients and a preamble of two paragraphs', () => {
    const text = [
      '国家知识产权局关于印发《2024年知识产权强国建设推进计划》的通知',
      '发文字号：国知发战字〔2024〕3号　成文日期：2024年03月08日　发布日期：2024年03月12日',
      '各省、自治区、直辖市及新疆生产建设兵团知识产权局，国务院有关部门：',
      '现将《2024年知识产权强国建设推进计划》印发给你们。为抓好落实，通知如下：',
      '特此通知。',
      '国家知识产权局',
      '2024年3月8日',
      '2024年知识产权强国建设推进计划',
      '为全面贯彻党的二十大精神，制定本计划。',
      '本计划自印发之日起实施。',
      '一、完善制度',
      '1. 推进专利法实施细则配套规章制定。（国家知识产权局负责）',
    ].join('\n')
    const plan = parsePlan(text)
    const meta = plan.meta as Meta
    expect(meta.documentNumber).toMatchObject({ raw: '国知发战字〔2024〕3号', year: 2024, serial: 3 })
    // The signature line wins over the web header's 成文日期 (same day here).
    expect(meta.signed).toMatchObject({ raw: '2024年3月8日', date: '2024-03-08' })
    expect(meta.published).toMatchObject({ raw: '发布日期：2024年03月12日', date: '2024-03-12' })
    expect(meta.recipients?.departments.map((d) => [d.name, d.kind])).toEqual([
      ['各省、自治区、直辖市及新疆生产建设兵团知识产权局', 'collective'],
      ['国务院有关部门', 'collective'],
    ])
    expect(meta.issuer?.departments.map((d) => d.id)).toEqual(['cnipa'])
    expect(meta.title?.raw).toBe('2024年知识产权强国建设推进计划')
    expect(meta.period).toMatchObject({ raw: '2024年', from: 2024, to: 2024 })
    expect(meta.preamble?.raw).toBe('为全面贯彻党的二十大精神，制定本计划。\n本计划自印发之日起实施。')
    for (const field of Object.values(meta).flat()) {
      if (!field.raw.includes('\n')) expect(slice(text, field.position)).toBe(field.raw)
    }
    expect(plan.diagnostics).toEqual([])
  })

  it('gives no meta to a plan that starts with its first chapter', () => {
    const plan = parsePlan('一、完善制度\n1. 推进立法。（商务部负责）')
    expect('meta' in plan).toBe(false)
  })
})

describe('schemas', () => {
  it('validate the new fields on plans of every shape', async () => {
    const { PlanSchema } = await import('../src/schema.js')
    for (const name of ['ip-plan-2021-2022.txt', 'cnipa-mofcom-notice-2023.txt', 'city-work-points-2024.txt']) {
      const plan = parsePlan(read(name))
      expect(PlanSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan)
    }
  })

  it('reject a department of an unknown kind', async () => {
    const { DepartmentSchema } = await import('../src/schema.js')
    expect(DepartmentSchema.safeParse({ name: '甲局', kind: 'provincial' }).success).toBe(false)
    expect(DepartmentSchema.safeParse({ name: '甲局' }).success).toBe(true)
  })
})

describe('heuristics stay on their shapes', () => {
  it('takes no recipients from a body line ending in 如下：, and no rule from prose', () => {
    const text = [
      '关于做好2025年知识产权宣传工作的通知',
      '为做好宣传工作，现将有关事项通知如下：',
      '一、加强统筹',
      '各部门共同负责，形成工作合力。',
      '1. 组织宣传周活动。（中央宣传部、知识产权局负责）',
    ].join('\n')
    const meta = parsePlan(text).meta as Meta
    expect(meta.noticeTitle?.raw).toBe('关于做好2025年知识产权宣传工作的通知')
    expect(meta.recipients).toBeUndefined()
    expect(meta.closingRule).toBeUndefined()
  })

  it('reads the 所列部门均为牵头部门 variant as all-lead', () => {
    const plan = parsePlan('一、加强统筹\n1. 组织宣传周活动。（中央宣传部、知识产权局负责）\n以上任务所列部门均为牵头部门。')
    expect(plan.meta?.closingRule?.rule).toBe('all-lead')
    const chapter = plan.children[0]
    const task = chapter?.type === 'chapter' ? chapter.children[0] : undefined
    expect(task?.type === 'task' && task.responsibility?.leads.map((d) => d.name)).toEqual(['中央宣传部', '知识产权局'])
  })
})

describe('attachment heading', () => {
  it('skips a bare 附件 line before the plan title', () => {
    const text = '关于印发推进计划的通知\n各有关单位：\n现印发给你们。\n某某局\n2023年5月6日\n附件\n2023年度数据工作推进计划\n一、夯实基础\n1. 建设平台。（数据局负责）'
    const meta = parsePlan(text).meta as Meta
    expect(meta.issuer?.raw).toBe('某某局')
    expect(meta.title?.raw).toBe('2023年度数据工作推进计划')
    expect(meta.period).toMatchObject({ from: 2023, to: 2023 })
  })
})
