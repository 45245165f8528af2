import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePlan } from '../../src/index.js'
import { missingBetween } from '../../src/parse/numbering.js'
import { PROPERTY } from './arbitraries.js'

describe('missingBetween', () => {
  it('agrees with walking the gap', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 40 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 61 }), (numbers, prev, next) => {
        const sorted = [...numbers].sort((a, b) => a - b)
        const walked: number[] = []
        for (let k = prev + 1; k < next; k++) if (!numbers.includes(k)) walked.push(k)
        expect(missingBetween(sorted, prev, next)).toEqual(walked.length ? [walked[0], walked[walked.length - 1]] : null)
      }),
      PROPERTY,
    )
  })

  it('reports a gap by its first and last missing number, numbers present inside it aside', () => {
    const plan = parsePlan('1. 甲。（知识产权局负责）\n5. 乙。（知识产权局负责）\n3. 丙。（知识产权局负责）')
    expect(plan.diagnostics.map((d) => [d.ruleId, d.reason, d.place.start.line])).toEqual([
      ['numbering-gap', 'Task numbering skips 2–4 before task 5 (5.)', 2],
      ['numbering-out-of-order', 'Task 3 (3.) comes after task 5', 3],
    ])
  })
})
