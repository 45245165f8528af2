import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePlan } from '../../src/index.js'
import { anyText, damagedFixture, FIXTURES, planLines, planNoise, RUNS } from './arbitraries.js'
import { violation } from './invariants.js'

/**
 * One property per input family: parsing never throws in lenient mode, and
 * the output keeps every invariant (schema, positions, lossless, round trip).
 */
describe.each([
  ['plan-shaped lines', planLines],
  ['plan-shaped noise', planNoise],
  ['arbitrary strings', anyText],
  ['damaged fixtures', damagedFixture],
])('%s', (_name, arbitrary) => {
  it('never throws and keeps every invariant', () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        expect(violation(input)).toBeNull()
      }),
      { numRuns: RUNS },
    )
  }, 300_000)
})

describe('undamaged fixtures', () => {
  it.each([...FIXTURES.keys()])('%s keeps every invariant', (name) => {
    expect(violation(FIXTURES.get(name) as string)).toBeNull()
  })

  it('the seed still parses to its hand-checked counts', () => {
    const plan = parsePlan(FIXTURES.get('ip-plan-2021-2022.txt') as string)
    const chapters = plan.children.filter((c) => c.type === 'chapter')
    expect(chapters).toHaveLength(7)
  })
})
