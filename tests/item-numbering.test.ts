/** `（n）` right under sections: the tasks of a plan with no `1.` level, numbered on across sections (invented examples). */
import { describe, expect, it } from 'vitest'
import { parsePlan } from '../src/index.js'
import type { Chapter, Section, Task } from '../src/types.js'

const text = [
  '一、推动高质量发展',
  '（一）做大工业经济',
  '（1）实施工业倍增计划。（县工信局牵头，县发改局配合）',
  '（2）推进技改扩能。（县工信局负责）',
  '（二）发展现代服务业',
  '（3）建设县级物流配送中心。（县商务局负责）',
  '（4）培育电商企业。（县商务局负责）',
].join('\n')

describe('（n） under sections, numbered on across them', () => {
  const plan = parsePlan(text)
  const sections = (plan.children[0] as Chapter).children as Section[]

  it('reads them as tasks, （3） the first of the next section, with its note', () => {
    expect(sections.map((s) => s.children.map((c) => [c.type, (c as Task).number, c.id]))).toEqual([
      [['task', 1, 'c1.s1.t1'], ['task', 2, 'c1.s1.t2']],
      [['task', 3, 'c1.s2.t3'], ['task', 4, 'c1.s2.t4']],
    ])
    expect((sections[1]!.children[0] as Task).responsibility?.leads.map((d) => d.name)).toEqual(['县商务局'])
  })

  it('reports nothing: tasks number on across sections, as the seed’s do', () => {
    expect(plan.diagnostics).toEqual([])
  })

  it('keeps （n） under a task a sub-item, and ① or 1） under a section a sub-item of its wording', () => {
    const nested = parsePlan('一、总体\n（一）加强\n1.推进工作。\n（1）建立台账。（县司法局负责）\n（二）保障\n①落实经费；\n1）加强督查。')
    const [first, second] = (nested.children[0] as Chapter).children as Section[]
    expect(((first!.children[0] as Task).children ?? []).map((c) => c.type)).toEqual(['item'])
    expect(second!.children.map((c) => c.type)).toEqual(['item', 'item'])
  })

  it('takes no number out of turn: （5） after （二） where （2） was the last is text', () => {
    const skipped = parsePlan(text.replace('（3）建设', '（5）建设').replace('（4）培育', '（6）培育'))
    const second = (skipped.children[0] as Chapter).children[1] as Section
    expect(second.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph'])
  })
})
