/** Sub-items `（n）` that number on across sections, as tasks of a plan with no `1.` level (invented examples). */
import { describe, expect, it } from 'vitest'
import { parsePlan } from '../src/index.js'
import type { Chapter, Item, Section } from '../src/types.js'

const text = [
  '一、推动高质量发展',
  '（一）做大工业经济',
  '（1）实施工业倍增计划。（县工信局牵头，县发改局配合）',
  '（2）推进技改扩能。（县工信局负责）',
  '（二）发展现代服务业',
  '（3）建设县级物流配送中心。（县商务局负责）',
  '（4）培育电商企业。（县商务局负责）',
].join('\n')

describe('sub-items numbered on across sections', () => {
  const plan = parsePlan(text)
  const sections = (plan.children[0] as Chapter).children as Section[]

  it('keeps （3） under the next section as its first sub-item, with its note', () => {
    expect(sections.map((s) => s.children.map((c) => [c.type, (c as Item).number]))).toEqual([
      [['item', 1], ['item', 2]],
      [['item', 3], ['item', 4]],
    ])
    expect((sections[1]!.children[0] as Item).responsibility?.leads.map((d) => d.name)).toEqual(['县商务局'])
  })

  it('reports the numbering going on as info, not as a run that starts at 3', () => {
    expect(plan.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['numbering-continues', 'info']])
    expect(plan.diagnostics[0]!.place).toMatchObject({ start: { line: 6, column: 1 } })
  })

  it('takes no number out of turn: （5） after （二） where （2） was the last is text', () => {
    const skipped = parsePlan(text.replace('（3）建设', '（5）建设').replace('（4）培育', '（6）培育'))
    const second = (skipped.children[0] as Chapter).children[1] as Section
    expect(second.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph'])
  })
})
