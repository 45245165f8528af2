import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePlan, toText } from '../src/index.js'
import type { Chapter, Plan, Section, Task } from '../src/types.js'

// A second, hand-written plan in another shape than the seed: half-width
// markers, `3、` and full-width `４．`, a note pushed onto its own line,
// a Latin phrase broken across lines, `）。`, and 分别负责.
const TEXT = readFileSync(new URL('../fixtures/city-ip-plan-2024.txt', import.meta.url), 'utf8')
const plan = parsePlan(TEXT)

function tasks(node: Plan | Chapter | Section): Task[] {
  return node.children.flatMap((c) => (c.type === 'task' ? [c] : c.type === 'chapter' || c.type === 'section' ? tasks(c) : []))
}

describe('fixtures/city-ip-plan-2024.txt', () => {
  const chapters = plan.children.filter((c) => c.type === 'chapter')
  const all = tasks(plan)

  it('has 3 chapters, 4 sections, tasks 1–10 and no diagnostics', () => {
    expect(chapters.map((c) => c.marker + c.title)).toEqual(['一、完善知识产权政策体系', '二．强化知识产权保护', '三、加强组织保障'])
    expect(chapters.flatMap((c) => c.children.filter((s) => s.type === 'section').map((s) => s.marker))).toEqual(['(一)', '（二）', '（一）', '（二）'])
    expect(all.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(all.map((t) => t.marker)).toEqual(['1.', '2.', '3、', '４．', '5.', '6.', '7.', '8.', '9.', '10.'])
    expect(plan.diagnostics).toEqual([])
  })

  it('joins wrapped lines, with a space only between Latin words', () => {
    expect(all[0]?.text).toBe('推动修订《××市专利促进条例》，研究制定数据知识产权保护规则。')
    expect(all[3]?.text).toBe('完善专利转化专项计划 TISC network 建设方案。')
  })

  it('reads a note on its own line and keeps the punctuation after a note', () => {
    expect(all[2]?.responsibility?.raw).toBe('（市财政局、市地方金融管理局、市知识产权局负责）')
    expect(all[2]?.responsibility?.position.start).toEqual({ line: 18, column: 1, offset: TEXT.indexOf('（市财政局') })
    expect(all[1]?.trailing).toBe('。')
    expect(all[0]?.responsibility?.position.start).toMatchObject({ line: 14, column: 4 })
  })

  it('splits leads from participants, and marks 按职责分工', () => {
    expect(all.map((t) => [t.responsibility?.leads.map((d) => d.name).join(), t.responsibility?.participants.length, t.responsibility?.byDuty])).toEqual([
      ['市司法局', 1, false],
      ['市市场监管局', 0, false],
      ['市财政局', 2, false],
      ['市知识产权局', 1, false],
      ['市市场监管局', 2, true],
      ['市商务局', 1, false],
      ['市中级人民法院', 2, false],
      ['各区人民政府', 1, false],
      ['各区人民政府', 1, true],
      ['市委宣传部', 1, false],
    ])
  })

  it('keeps the notice before and the closing lines after as root paragraphs', () => {
    const paragraphs = plan.children.filter((c) => c.type === 'paragraph').map((p) => p.text)
    expect(paragraphs).toHaveLength(8)
    expect(paragraphs[0]).toBe('××市知识产权局 ××市市场监督管理局')
    expect(paragraphs.slice(-2)).toEqual(['各单位要明确责任分工，确保各项任务落到实处。', '××市知识产权局办公室　　　　2024年3月15日印发'])
  })

  it('is a city’s plan: every department is the city’s own (or a collective), none a ministry', () => {
    expect(plan.meta?.jurisdiction).toMatchObject({ level: 'city', place: '××市', from: 'title' })
    const named = all.flatMap((t) => t.responsibility?.departments ?? [])
    expect(named.filter((d) => d.id !== undefined && d.kind !== 'collective')).toEqual([])
    expect(named.find((d) => d.name === '市知识产权局')).toMatchObject({ kind: 'local', level: 'city', place: '××市', sameFunctionAs: 'cnipa' })
  })

  it('renders to text that parses back to the same tasks', () => {
    const again = parsePlan(toText(plan))
    expect(tasks(again).map((t) => [t.number, t.text, t.responsibility?.raw, t.trailing])).toEqual(all.map((t) => [t.number, t.text, t.responsibility?.raw, t.trailing]))
  })
})
