/** Where a heading's title ends when white space, not `。`, parts it from its sentence (invented examples). */
import { describe, expect, it } from 'vitest'
import { parsePlan, toText } from '../src/index.js'
import type { Chapter, Section } from '../src/types.js'

const sections = (text: string) => (parsePlan(text).children[0] as Chapter).children as Section[]

describe('a title parted from its sentence by white space', () => {
  it('ends at the space, and the sentence is the heading’s text', () => {
    const [s] = sections('一、总体要求\n（一）指导思想 坚持以人民为中心，统筹推进城乡融合发展。\n')
    expect(s).toMatchObject({ type: 'section', title: '指导思想', text: '坚持以人民为中心，统筹推进城乡融合发展。' })
    expect(s!.headingPosition).toMatchObject({ start: { line: 2, column: 1 }, end: { line: 2, column: 8 } })
  })

  it('reads a page flattened onto one line, and an ideographic space', () => {
    const flat = '一、总体要求 （一）基本原则 坚持系统观念，统筹推进。（二）工作目标　到2026年，城区公共服务全面覆盖。二、重点任务 1.推进改造。（县住建局负责）'
    const plan = parsePlan(flat)
    expect((plan.children[0] as Chapter).children.map((s) => (s as Section).title)).toEqual(['基本原则', '工作目标'])
    expect((plan.children[1] as Chapter).title).toBe('重点任务')
  })

  it('keeps a title whole when the space is inside it', () => {
    for (const [line, title] of [
      ['（一）推进 5G 网络建设', '推进 5G 网络建设'],
      ['（一）总 体 要 求', '总 体 要 求'],
      ['（一）加强 组织领导', '加强 组织领导'],
      ['（一）开展“文明城市 共建共享”行动', '开展“文明城市 共建共享”行动'],
      ['（一）推进城乡融合发展和乡村全面振兴的重点工作任务安排 坚持规划先行，分步实施。', '推进城乡融合发展和乡村全面振兴的重点工作任务安排 坚持规划先行，分步实施。'],
    ]) expect(sections(`一、总体要求\n${line}\n`)[0]?.title, line).toBe(title)
  })
})

describe('toText of such a heading', () => {
  it('writes the title and its sentence back on one line, parted by a space, and reads back the same', () => {
    const plan = parsePlan('一、总体要求\n（一）指导思想 坚持以人民为中心，统筹推进城乡融合发展。（县发改局负责）\n')
    const text = toText(plan)
    expect(text).toBe('一、总体要求\n（一）指导思想 坚持以人民为中心，统筹推进城乡融合发展。（县发改局负责）')
    const again = sections(text)[0]!
    expect([again.title, again.text, again.responsibility?.leads.map((d) => d.name)]).toEqual(['指导思想', '坚持以人民为中心，统筹推进城乡融合发展。', ['县发改局']])
  })
})
