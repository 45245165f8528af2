/** Numbering diagnostics past 100 of a rule in a plan are counted in one more (invented inputs). */
import { describe, expect, it } from 'vitest'
import { parsePlan } from '../src/index.js'
import { MAX_NUMBERING_DIAGNOSTICS } from '../src/parse/numbering.js'

describe('numbering diagnostics of a plan', () => {
  // 一、 then a task 1 and a chapter 二、 repeated: every later 一、 and 二、 is a duplicate.
  const repeats = 180
  const text = Array.from({ length: repeats }, (_, k) => `一、总体要求\n${k + 1}. 推进工作。（县住建局负责）\n二、保障措施`).join('\n')
  const plan = parsePlan(text)
  const duplicates = plan.diagnostics.filter((d) => d.ruleId === 'numbering-duplicate')

  it('reports the first 100 one by one and counts the rest in one more, at the first of them', () => {
    expect(MAX_NUMBERING_DIAGNOSTICS).toBe(100)
    // Chapters 1 and 2 appear 180 times each: 358 duplicates, 100 shown.
    expect(duplicates).toHaveLength(101)
    const last = duplicates[100]!
    expect(last.reason).toBe('258 more numbering-duplicate from chapter 1 (一、) on, not reported one by one')
    // The 101st duplicate is the 103rd chapter (the first 一、 and 二、 are none): 一、 of the 52nd repeat,
    // each repeat three lines long, so line 3 × 51 + 1.
    expect(last.place).toMatchObject({ start: { line: 154, column: 1 } })
  })

  it('counts across runs: a task list restarted under every chapter reports 100 gaps and one count', () => {
    const restarted = parsePlan(Array.from({ length: 150 }, () => '一、总体要求\n1. 推进。（县住建局负责）\n二、保障\n50. 落实。（县住建局负责）').join('\n'))
    const gaps = restarted.diagnostics.filter((d) => d.ruleId === 'numbering-gap')
    expect(gaps).toHaveLength(101)
    expect(gaps[100]!.reason).toBe('50 more numbering-gap from task 50 (50.) on, not reported one by one')
  })

  it('leaves the tree and the other diagnostics as they were', () => {
    expect(plan.children.filter((c) => c.type === 'chapter')).toHaveLength(repeats * 2)
    expect(plan.diagnostics.filter((d) => d.ruleId !== 'numbering-duplicate')).toEqual([])
  })
})
