/**
 * Long plans in parts (`第一部分 总体要求`, `第二篇 重点任务`) number their
 * chapters afresh in each part. Invented examples.
 */
import { describe, expect, it } from 'vitest'
import { isPartLine } from '../src/lex/part.js'
import { parsePlan } from '../src/index.js'

const text = [
  '第一部分 总体要求',
  '一、指导思想',
  '坚持稳中求进。',
  '二、主要目标',
  '到2026年，全县经济增长6%。',
  '第二部分　重点任务',
  '一、扩大有效需求',
  '1.扩大投资。（县发改局负责）',
  '2.促进消费。（县商务局负责）',
  '二、深化改革',
  '3.深化国企改革。（县国资办负责）',
  '第三部分：保障措施',
  '一、加强组织领导',
  '各部门要高度重视。',
].join('\n')

describe('a document in parts', () => {
  const plan = parsePlan(text)

  it('numbers its chapters afresh in each part; each part line is a paragraph of the root', () => {
    expect(plan.children.map((n) => (n.type === 'paragraph' ? n.text : `${n.type} ${n.marker}${n.type === 'chapter' ? n.title : ''}`))).toEqual([
      '第一部分 总体要求',
      'chapter 一、指导思想',
      'chapter 二、主要目标',
      '第二部分　重点任务',
      'chapter 一、扩大有效需求',
      'chapter 二、深化改革',
      '第三部分：保障措施',
      'chapter 一、加强组织领导',
    ])
    expect(plan.children[3]?.position?.start).toMatchObject({ line: 6, column: 1 })
  })

  it('keeps the tasks under their chapters, and reports no numbering fault', () => {
    const chapter = plan.children[4]
    expect(chapter?.type === 'chapter' ? chapter.children.map((t) => (t.type === 'task' ? [t.number, t.responsibility?.leads[0]?.name] : t.type)) : null).toEqual([
      [1, '县发改局'],
      [2, '县商务局'],
    ])
    expect(plan.diagnostics.filter((d) => d.ruleId.startsWith('numbering'))).toEqual([])
  })

  it('still reports a chapter repeated inside one part', () => {
    const repeated = parsePlan('第一部分 总体\n一、甲\n二、乙\n二、丙\n')
    expect(repeated.diagnostics.map((d) => d.ruleId)).toContain('numbering-duplicate')
  })
})

describe('a part line', () => {
  it.each([
    ['第二部分 重点任务', true],
    ['第一篇　总体要求', true],
    ['第3部分：保障', true],
    ['第二编', true],
    ['第一部分主要讲了三个问题。', false],
    ['第二部分的任务由各部门分工落实，具体如下', false],
    ['第二部门负责', false],
  ])('%s: %s', (line, expected) => {
    expect(isPartLine(line, 0, line.length)).toBe(expected)
  })
})
