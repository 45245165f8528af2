import { describe, expect, it } from 'vitest'
import { parsePlan, toText } from '../../src/index.js'
import type { Chapter, Plan, Section, Task } from '../../src/types.js'
import { names, tasks } from './helpers.js'

const at = (text: string, words: string) => {
  const start = text.indexOf(words)
  if (start < 0 || text.indexOf(words, start + 1) >= 0) throw new Error(`“${words}” is not once in the text`)
  return { start, end: start + words.length }
}
const span = (p: { start: { offset: number }; end: { offset: number } } | undefined) => p && { start: p.start.offset, end: p.end.offset }

describe('a TSV task table under 一、 and （一） headings', () => {
  const text = [
    '某市2024年知识产权工作要点任务分解表',
    '一、强化知识产权创造',
    '序号\t重点任务\t牵头单位\t责任单位\t完成时限',
    '（一）提高创造质量',
    '1\t实施高价值专利培育工程。\t市知识产权局\t市科技局、市工信局\t2024年12月底',
    '2\t开展专利导航服务。\t市知识产权局\t各区县政府\t持续推进',
    '（二）完善激励政策',
    '3\t修订专利资助办法。\t市财政局\t市知识产权局\t2024年6月底',
    '二、加强知识产权保护',
    '4\t开展“蓝天”专项整治行动。\t市市场监管局\t市公安局、市检察院等部门\t2024年底前',
  ].join('\n')
  const plan = parsePlan(text)

  it('makes each row a task in its chapter and section', () => {
    const [first, second] = plan.children.filter((c) => c.type === 'chapter') as Chapter[]
    expect(first?.title).toBe('强化知识产权创造')
    expect(first?.children.map((c) => c.type)).toEqual(['paragraph', 'section', 'section'])
    const [s1, s2] = first!.children.slice(1) as Section[]
    expect(s1?.children.map((t) => [t.id, (t as Task).number, (t as Task).marker, (t as Task).text])).toEqual([
      ['c1.s1.t1', 1, '1', '实施高价值专利培育工程。'],
      ['c1.s1.t2', 2, '2', '开展专利导航服务。'],
    ])
    expect(s2?.children.map((t) => (t as Task).id)).toEqual(['c1.s2.t3'])
    expect(second?.children.map((t) => [(t as Task).id, (t as Task).text])).toEqual([['c2.t4', '开展“蓝天”专项整治行动。']])
    expect(plan.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId)).toEqual([])
  })

  it('reads lead, participants and deadline from their columns, by the note grammar', () => {
    const [t1, t2, , t4] = tasks(plan)
    expect(names(t1?.responsibility?.leads)).toEqual(['市知识产权局'])
    expect(names(t1?.responsibility?.participants)).toEqual(['市科技局', '市工信局'])
    expect(t1?.responsibility?.deadline).toBe('2024年12月底')
    expect(t1?.responsibility?.rolesFrom).toBe('note')
    expect(t1?.responsibility?.form).toBe('table')
    expect(t1?.responsibility?.raw).toBe('市知识产权局\t市科技局、市工信局\t2024年12月底')
    expect(t2?.responsibility?.participants.map((d) => [d.name, d.kind])).toEqual([['各区县政府', 'collective']])
    expect(t2?.responsibility?.deadline).toBe('持续推进')
    expect(names(t4?.responsibility?.participants)).toEqual(['市公安局', '市检察院'])
    expect(t4?.responsibility?.openList).toBe(true)
    expect(t4?.responsibility?.openTail).toBe('等部门')
  })

  it('positions the wording on the task cell, the note on the responsibility cells, each name on its own words', () => {
    const t1 = tasks(plan)[0]!
    const row = at(text, '1\t实施高价值专利培育工程。\t市知识产权局\t市科技局、市工信局\t2024年12月底')
    expect(span(t1.position)).toEqual(row)
    expect(span(t1.textPosition)).toEqual(at(text, '实施高价值专利培育工程。'))
    expect(span(t1.responsibility?.position)).toEqual(at(text, '市知识产权局\t市科技局、市工信局\t2024年12月底'))
    expect(span(t1.responsibility?.participants[1]?.position)).toEqual({ start: row.start + 27, end: row.start + 31 })
    expect(text.slice(row.start + 27, row.start + 31)).toBe('市工信局')
    expect(t1.cells?.map((c) => [c.column, c.index, c.role, c.text])).toEqual([
      ['序号', 0, 'number', '1'],
      ['重点任务', 1, 'task', '实施高价值专利培育工程。'],
      ['牵头单位', 2, 'lead', '市知识产权局'],
      ['责任单位', 3, 'participants', '市科技局、市工信局'],
      ['完成时限', 4, 'deadline', '2024年12月底'],
    ])
  })

  it('writes back with toText to the same tree', () => {
    const again = parsePlan(toText(plan))
    expect(tasks(again).map((t) => [t.id, t.text, t.responsibility?.raw])).toEqual(tasks(plan).map((t) => [t.id, t.text, t.responsibility?.raw]))
  })
})

describe('a two-column 任务 | 责任单位 table', () => {
  it('has the first listed lead, as a note that says 负责 does', () => {
    const plan = parsePlan('任务\t责任单位\n推进商标品牌建设。\t市市场监管局、市商务局、市文旅局\n加强宣传培训。\t各成员单位按职责分工负责\n')
    const [a, b] = tasks(plan)
    expect([a?.number, a?.marker]).toEqual([1, ''])
    expect(names(a?.responsibility?.leads)).toEqual(['市市场监管局'])
    expect(names(a?.responsibility?.participants)).toEqual(['市商务局', '市文旅局'])
    expect(a?.responsibility?.rolesFrom).toBe('first-listed')
    expect(b?.number).toBe(2)
    expect(b?.responsibility?.byDuty).toBe(true)
    expect(names(b?.responsibility?.departments)).toEqual(['各成员单位'])
  })

  it('follows the closing rule that all listed lead', () => {
    const plan = parsePlan('任务\t责任单位\n推进商标品牌建设。\t市市场监管局、市商务局\n上述各项任务中，所列责任单位均为牵头单位。\n')
    const [a] = tasks(plan)
    expect(names(a?.responsibility?.leads)).toEqual(['市市场监管局', '市商务局'])
  })
})

describe('several departments in the lead and participant columns', () => {
  it('keeps every lead and every participant, separators of either kind', () => {
    const plan = parsePlan('序号\t重点任务\t牵头单位\t配合单位\n1\t建设知识产权公共服务平台。\t市知识产权局、市大数据局\t市财政局；市发改委，市人社局\n')
    const r = tasks(plan)[0]?.responsibility
    expect(names(r?.leads)).toEqual(['市知识产权局', '市大数据局'])
    expect(names(r?.participants)).toEqual(['市财政局', '市发改委', '市人社局'])
  })

  it('reads names a Word cell holds a paragraph each as a list', () => {
    const plan = parsePlan('序号\t重点任务\t牵头单位\t配合单位\n1\t建设平台。\t市知识产权局\t"市财政局\n市发改委"\n')
    expect(names(tasks(plan)[0]?.responsibility?.participants)).toEqual(['市财政局', '市发改委'])
  })
})

describe('rows that are not tasks', () => {
  it('reads a heading row across the table (trailing tabs or none) as a chapter or section', () => {
    const plan = parsePlan('序号\t重点任务\t牵头单位\n一、优化营商环境\t\t\n1\t推行“一网通办”。\t市政务服务局\n（一）提升监管效能\n2\t推行信用监管。\t市发改委\n')
    expect(plan.children.map((c) => c.type)).toEqual(['paragraph', 'chapter'])
    const chapter = plan.children[1] as Chapter
    expect(chapter.title).toBe('优化营商环境')
    expect(chapter.children.map((c) => [c.type, c.id])).toEqual([
      ['task', 'c1.t1'],
      ['section', 'c1.s1'],
    ])
    expect(((chapter.children[1] as Section).children[0] as Task).text).toBe('推行信用监管。')
  })

  it('keeps a header repeated on the next page as a paragraph', () => {
    const plan = parsePlan('序号\t重点任务\t牵头单位\n1\t推行“一网通办”。\t市政务服务局\n序号\t重点任务\t牵头单位\n2\t推行信用监管。\t市发改委\n')
    expect(plan.children.map((c) => c.type)).toEqual(['paragraph', 'task', 'paragraph', 'task'])
  })
})

describe('a row a page break split', () => {
  it('joins the row with no number and unfinished wording to the one before', () => {
    const text = '序号\t重点任务\t牵头单位\t配合单位\n1\t推进知识产权\t市知识产权局\t市财政\n\t质押融资工作。\t\t局\n2\t开展宣传。\t市委宣传部\t\n'
    const plan = parsePlan(text)
    const [a, b] = tasks(plan)
    expect(a?.text).toBe('推进知识产权质押融资工作。')
    expect(names(a?.responsibility?.participants)).toEqual(['市财政局'])
    expect(a?.responsibility?.raw).toBe('市知识产权局\t市财政局')
    expect(span(a?.textPosition)).toEqual({ start: at(text, '推进知识产权').start, end: at(text, '质押融资工作。').end })
    expect(span(a?.position)).toEqual({ start: at(text, '1\t推进').start, end: at(text, '\t局').end })
    expect(b?.number).toBe(2)
    expect(plan.diagnostics.map((d) => d.ruleId)).toEqual([])
  })

  it('joins a number-less row to a table without a number column only when it names no one', () => {
    const plan = parsePlan('重点任务\t责任单位\n推进知识产权\t市知识产权局\n质押融资工作。\t\n开展宣传。\t市委宣传部\n')
    expect(tasks(plan).map((t) => t.text)).toEqual(['推进知识产权质押融资工作。', '开展宣传。'])
  })
})

describe('a leader column', () => {
  it('is a person, a clause of the note, never a department', () => {
    const plan = parsePlan('工作任务\t牵头领导\t牵头单位\t配合单位\t时间节点\n建设科创走廊。\t王建国\t市科技局\t市发改委\t2025年6月\n')
    const r = tasks(plan)[0]?.responsibility
    expect(names(r?.departments)).toEqual(['市科技局', '市发改委'])
    expect(r?.clauses?.map((c) => [c.kind, c.text])).toEqual([['leader', '王建国']])
    expect(r?.deadline).toBe('2025年6月')
  })

  it('alone names no one: the task gets missing-responsibility', () => {
    const plan = parsePlan('工作任务\t牵头领导\t牵头单位\n建设科创走廊。\t王建国\t\n')
    expect(tasks(plan)[0]?.responsibility?.departments).toEqual([])
    expect(plan.diagnostics.map((d) => d.ruleId)).toEqual(['missing-responsibility'])
  })
})

describe('a row with an empty responsibility', () => {
  it('gets the diagnostic a task without a note gets', () => {
    const text = '序号\t重点任务\t牵头单位\n1\t推行“一网通办”。\t\n'
    const plan = parsePlan(text)
    expect(tasks(plan)[0]?.responsibility).toBeNull()
    expect(plan.diagnostics.map((d) => [d.ruleId, d.severity, span(d.place)])).toEqual([['missing-responsibility', 'error', at(text, '1\t推行“一网通办”。')]])
  })
})

describe('what is no task table', () => {
  it('leaves 指标 | 2020年 | 2025年 as paragraphs', () => {
    const plan = parsePlan('一、主要指标\n指标\t2020年\t2025年\n发明专利拥有量（件）\t1200\t3000\n')
    expect((plan.children[0] as Chapter).children.map((c) => [c.type, 'text' in c ? c.text : ''])).toEqual([
      ['paragraph', '指标\t2020年\t2025年'],
      ['paragraph', '发明专利拥有量（件）\t1200\t3000'],
    ])
  })

  it('reads no table in columns laid out with spaces', () => {
    const plan = parsePlan('序号  重点任务          牵头单位\n1     推行“一网通办”。  市政务服务局\n')
    expect(tasks(plan)).toEqual([])
  })
})

describe('TSV quoting', () => {
  it('undoes Excel and Word quoting: line breaks and doubled quotes inside a cell', () => {
    const text = '序号\t重点任务\t牵头单位\n1\t"推进""放管服""改革。\n第二段。"\t市政务服务局\n'
    const t = tasks(parsePlan(text))[0]
    expect(t?.text).toBe('推进"放管服"改革。第二段。')
    expect(t?.cells?.[1]?.text).toBe('推进"放管服"改革。\n第二段。')
    expect(span(t?.textPosition)).toEqual({ start: text.indexOf('推进'), end: text.indexOf('第二段。') + 4 })
    expect(names(t?.responsibility?.leads)).toEqual(['市政务服务局'])
  })
})

describe('a table interrupted by lines that are no rows', () => {
  it('goes on to the next row of its width; the lines between stay text', () => {
    const plan = parsePlan('序号\t重点任务\t牵头单位\n1\t推行“一网通办”。\t市政务服务局\n（续上表，按任务序号排列）\n2\t建设“智慧监管”平台。\t市市场监管局\n')
    expect(plan.children.map((c) => [c.type, 'text' in c ? c.text : ''])).toEqual([
      ['paragraph', '序号\t重点任务\t牵头单位'],
      ['task', '推行“一网通办”。'],
      ['paragraph', '（续上表，按任务序号排列）'],
      ['task', '建设“智慧监管”平台。'],
    ])
  })

  it('ends at a row of another width', () => {
    const plan = parsePlan('序号\t重点任务\t牵头单位\n1\t推行“一网通办”。\t市政务服务局\n附表说明\n甲\t乙\n')
    expect(plan.children.map((c) => c.type)).toEqual(['paragraph', 'task', 'paragraph', 'paragraph'])
  })
})

describe('rows of a TAB table that lost their tabs', () => {
  const text = [
    '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
    '一、扩大有效投资',
    '1\t推进重大项目建设。\t县发改局\t县财政局\t2026年6月底',
    '2   实施城市更新行动，改造老旧小区12个。   县住建局   县财政局、各乡镇   2026年12月底',
    '二、提振消费',
    '3  举办消费季活动 20场。  县商务局  县文旅局  持续推进',
    '4\t发展夜间经济。\t县商务局\t县市场监管局\t2026年9月底',
  ].join('\n')
  const plan = parsePlan(text)

  it('reads a line parted into one cell per column by runs of spaces as a row, under a heading too', () => {
    expect(tasks(plan).map((t) => [t.number, t.text, names(t.responsibility?.leads), names(t.responsibility?.participants), t.responsibility?.deadline])).toEqual([
      [1, '推进重大项目建设。', ['县发改局'], ['县财政局'], '2026年6月底'],
      [2, '实施城市更新行动，改造老旧小区12个。', ['县住建局'], ['县财政局', '各乡镇'], '2026年12月底'],
      [3, '举办消费季活动 20场。', ['县商务局'], ['县文旅局'], '持续推进'],
      [4, '发展夜间经济。', ['县商务局'], ['县市场监管局'], '2026年9月底'],
    ])
    const second = tasks(plan)[1]!
    expect(span(second.textPosition)).toEqual(at(text, '实施城市更新行动，改造老旧小区12个。'))
    expect(plan.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId)).toEqual([])
  })

  it('leaves a line of another width, or with no number in the number column, as a line', () => {
    const other = parsePlan('序号\t重点任务\t牵头单位\n1\t推进项目。\t县发改局\n说明  本表  由县发改局  汇总\n附  表格说明  县统计局\n')
    expect(tasks(other).map((t) => t.number)).toEqual([1])
  })
})
