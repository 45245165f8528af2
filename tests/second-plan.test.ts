import { describe, expect, it } from 'vitest'
import { parsePlan } from '../src/index.js'
import { chaptersOf, fixture, names, slice, tasksOf } from './helpers.js'

// A city plan written for the tests: other chapters, 十一、, （十二）, full-width and 、 task
// markers, a continuation line that starts with a year.
const text = fixture('city-plan-2023.txt')
const plan = parsePlan(text, { strict: true })
const tasks = tasksOf(plan)

describe('a second plan (fixtures/city-plan-2023.txt)', () => {
  it('has 11 chapters, 12 sections (all in chapter 三) and 24 tasks, without diagnostics', () => {
    const chapters = chaptersOf(plan)
    expect(chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(chapters[10]).toMatchObject({ marker: '十一、', title: '加强组织实施', id: 'c11' })
    const sections = chapters[2]!.children
    expect(sections.map((s) => s.type === 'section' && s.marker)).toEqual([
      '（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）', '（十）', '（十一）', '（十二）',
    ])
    expect(sections[11]).toMatchObject({ number: 12, title: '加强海外维权', id: 'c3.s12' })
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))
    expect(plan.diagnostics).toEqual([])
  })

  it('reads full-width, 、 and spaced task markers', () => {
    expect(tasks.slice(0, 4).map((t) => t.marker)).toEqual(['１．', '２．', '3、', '4、'])
    expect(tasks[16]!.marker).toBe('17 .')
    for (const t of tasks) expect(text.slice(t.position.start.offset, t.position.start.offset + t.marker.length)).toBe(t.marker)
  })

  it('joins a continuation line that starts with a year to its task', () => {
    const t3 = tasks[2]!
    expect(t3.text).toBe('实施高价值专利培育计划，支持企业围绕核心技术开展专利布局，2023 年新培育高价值专利组合 20 个。')
    expect(names(t3.responsibility!.leads)).toEqual(['市知识产权局'])
    expect(names(t3.responsibility!.participants)).toEqual(['市科技局'])
    expect(t3.position).toEqual({ start: { line: 10, column: 1, offset: 133 }, end: { line: 11, column: 38, offset: 202 } })
    expect(slice(text, t3.responsibility!.position)).toBe('（市知识产权局、市科技局负责）')
  })

  it('keeps a date inside a task as text', () => {
    expect(tasks[21]!.text).toBe('开展知识产权统计监测，2025年3月18日前发布年度报告。')
  })

  it('keeps title, preamble and the closing sentence as root paragraphs', () => {
    const paragraphs = plan.children.filter((c) => c.type === 'paragraph')
    expect(paragraphs.map((p) => p.type === 'paragraph' && [p.id, p.text])).toEqual([
      ['p1', '某市2023年度知识产权工作推进计划'],
      ['p2', '为深入实施知识产权强市战略，现制定本计划。'],
      ['p3', '各责任单位要于2023年12月10日前报送任务完成情况。'],
    ])
    expect(plan.children[plan.children.length - 1]!.type).toBe('paragraph')
  })

  it('labels the by-duty tasks', () => {
    expect(tasks.filter((t) => t.responsibility!.byDuty).map((t) => t.number)).toEqual([10, 16, 20])
  })
})
