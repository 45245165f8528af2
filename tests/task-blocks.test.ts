/**
 * Task lists written in blocks: a heading, the content under a label
 * (`任务内容：`), then the note as label lines. Invented examples.
 */
import { describe, expect, it } from 'vitest'
import { parsePlan } from '../src/index.js'
import type { Task } from '../src/types.js'
import { numbered } from './helpers/summary.js'
import { roundTripViolation } from './property/invariants.js'

const tasks = (text: string) => numbered(parsePlan(text)).filter((n): n is Task => n.type === 'task')

describe('a task written as a block', () => {
  const text = [
    '一、政务服务',
    '1.推进“承诺即入制”',
    '任务内容：新推出“一件事”套餐10个。',
    '牵头单位：县政务服务中心',
    '配合单位：县市场监管局、县公安局',
    '完成时限：2026年12月底前',
    '2.提升“12345”热线效能（试点）',
    '工作目标：诉求按时办结率达到98%。',
    '责任单位：县政务服务中心',
  ].join('\n')

  it('keeps its content in its text and reads the label lines after it as its note', () => {
    const [first, second] = tasks(text)
    // The heading ends with a closing quote, which ends a sentence: the content line goes on with it all the same.
    expect(first?.text).toBe('推进“承诺即入制”任务内容：新推出“一件事”套餐10个。')
    expect(first?.responsibility).toMatchObject({ form: 'label', deadline: '2026年12月底前' })
    expect(first?.responsibility?.leads.map((d) => d.name)).toEqual(['县政务服务中心'])
    expect(first?.responsibility?.participants.map((d) => d.name)).toEqual(['县市场监管局', '县公安局'])
    // The note starts at the first label line (line 4) and ends with the last (line 6).
    expect(first?.responsibility?.position.start).toMatchObject({ line: 4, column: 1 })
    expect(first?.responsibility?.position.end).toMatchObject({ line: 6, column: 16 })
    expect(second?.text).toBe('提升“12345”热线效能（试点）工作目标：诉求按时办结率达到98%。')
    expect(second?.responsibility?.leads.map((d) => d.name)).toEqual(['县政务服务中心'])
  })

  it('has every line in some node, and toText reads back the same', async () => {
    const { toText } = await import('../src/index.js')
    const plan = parsePlan(text)
    const again = parsePlan(toText(plan))
    expect(tasks(toText(plan)).map((t) => [t.text, t.responsibility?.raw])).toEqual(tasks(text).map((t) => [t.text, t.responsibility?.raw]))
    expect(again.children.length).toBe(plan.children.length)
  })

  it('leaves a content line after a finished section heading to the section', () => {
    const plan = parsePlan('一、总体\n（一）加强保护\n工作目标：完善制度。\n牵头单位：县司法局')
    const chapter = plan.children[0]
    const section = chapter?.type === 'chapter' ? chapter.children[0] : undefined
    expect(section?.type).toBe('section')
    expect(section?.type === 'section' ? section.responsibility?.leads.map((d) => d.name) : null).toEqual(['县司法局'])
  })
})

describe('labels in brackets', () => {
  it('are label lines after a task, and a run-in label clause closing it', () => {
    const text = [
      '一、优化环境',
      '1.加强权益保护。依法打击违法行为。',
      '【牵头单位】县公安局',
      '【配合单位】县人民法院、县司法局',
      '2.【省定任务】加大采购支持。预留份额。【牵头单位】县财政局【配合单位】县公共资源交易中心',
    ].join('\n')
    const [first, second] = tasks(text)
    expect(first?.responsibility).toMatchObject({ form: 'label', raw: '【牵头单位】县公安局\n【配合单位】县人民法院、县司法局' })
    expect(first?.responsibility?.participants.map((d) => d.name)).toEqual(['县人民法院', '县司法局'])
    expect(second?.text).toBe('【省定任务】加大采购支持。预留份额。')
    expect(second?.responsibility).toMatchObject({ form: 'label', raw: '【牵头单位】县财政局【配合单位】县公共资源交易中心' })
    expect(second?.responsibility?.leads.map((d) => d.name)).toEqual(['县财政局'])
    expect(second?.responsibility?.leads[0]?.position?.start).toMatchObject({ line: 5, column: 27 })
  })
})

describe('a leader line before a task’s content', () => {
  it('goes on with the task’s text, and the label lines after the content are its note', () => {
    const text = ['一、要素保障', '1.推进联合报装', '牵头县领导：张明', '任务内容：推行“一表申请”。', '牵头单位：县住建局', '配合单位：县供电公司'].join('\n')
    const [task] = tasks(text)
    expect(task?.text).toBe('推进联合报装牵头县领导：张明任务内容：推行“一表申请”。')
    expect(task?.responsibility).toMatchObject({ form: 'label', raw: '牵头单位：县住建局\n配合单位：县供电公司' })
    expect(task?.responsibility?.participants.map((d) => d.name)).toEqual(['县供电公司'])
  })

  it('stays in the note when no content line comes', () => {
    const [task] = tasks(['一、要素保障', '1.推进联合报装。', '牵头县领导：张明', '牵头单位：县住建局'].join('\n'))
    expect(task?.text).toBe('推进联合报装。')
    expect(task?.responsibility?.raw).toBe('牵头县领导：张明\n牵头单位：县住建局')
  })
})

describe('a note in two brackets side by side', () => {
  it('is one note: the lead in the first, the participants in the second', () => {
    const [first, second] = tasks('一、总体\n1.推进乙工作。（县商务局牵头）（县财政局配合）\n2.推进丙工作。（县商务局负责）　（2026年底前）')
    expect(first?.responsibility).toMatchObject({ raw: '（县商务局牵头）（县财政局配合）', form: 'bracket' })
    expect(first?.responsibility?.leads.map((d) => d.name)).toEqual(['县商务局'])
    expect(first?.responsibility?.participants.map((d) => d.name)).toEqual(['县财政局'])
    expect(first?.responsibility?.participants[0]?.position?.start).toMatchObject({ line: 2, column: 18 })
    expect(first?.text).toBe('推进乙工作。')
    expect(second?.responsibility).toMatchObject({ raw: '（县商务局负责）　（2026年底前）', deadline: '2026年底前' })
  })
})

describe('brackets side by side that read as one note only together', () => {
  it('join units alone, and a deadline, at the end of a task', () => {
    const [first, second] = tasks('一、总体\n1.发展即时配送。（县商务局）（县邮政管理局）\n2.推进丙工作。（县商务局牵头）（县财政局配合）（2026年9月底前）')
    expect(first?.responsibility?.leads.map((d) => d.name)).toEqual(['县商务局'])
    expect(first?.responsibility?.participants.map((d) => d.name)).toEqual(['县邮政管理局'])
    expect(second?.responsibility).toMatchObject({ raw: '（县商务局牵头）（县财政局配合）（2026年9月底前）', deadline: '2026年9月底前' })
  })

  it('leave a bracket that is no note apart', () => {
    const [task] = tasks('一、总体\n1.推进丁工作（2026年）（县商务局负责）')
    expect(task?.responsibility?.raw).toBe('（县商务局负责）')
    expect(task?.text).toBe('推进丁工作（2026年）')
  })
})

describe('a task table with full-width bars', () => {
  const text = [
    '附件',
    '序号｜重点任务｜牵头单位｜配合单位｜完成时限',
    '一、扩大有效投资',
    '1｜实施重点项目300个｜县发改局｜县财政局、各乡镇｜2026年12月底',
    '2｜培育低空经济，建成通用机场1个，开通',
    '低空物流航线5条｜县发改局｜县交通局｜持续推进',
    '3｜新增规上企业15家｜县工信局｜｜2026年11月底',
  ].join('\n')

  it('reads each row as a task, a cell a line break cut made whole', () => {
    const rows = tasks(text)
    expect(rows.map((t) => [t.number, t.text, t.responsibility?.leads.map((d) => d.name), t.responsibility?.participants.map((d) => d.name), t.responsibility?.deadline])).toEqual([
      [1, '实施重点项目300个', ['县发改局'], ['县财政局', '各乡镇'], '2026年12月底'],
      [2, '培育低空经济，建成通用机场1个，开通低空物流航线5条', ['县发改局'], ['县交通局'], '持续推进'],
      [3, '新增规上企业15家', ['县工信局'], [], '2026年11月底'],
    ])
    expect(rows[1]?.responsibility?.leads[0]?.position?.start).toMatchObject({ line: 6, column: 10 })
  })
})

describe('a bracket beside a note that says nothing of its own', () => {
  it('stays apart, and the plan reads back the same from its text', () => {
    expect(roundTripViolation(parsePlan('第1条（负责）.\n二、（知识产权局负责）.\n（负责）'))).toBeNull()
    const [task] = tasks('一、总体\n1.推进工作。（县商务局负责）（负责）')
    expect(task?.responsibility?.raw).toBe('（县商务局负责）')
  })
})
