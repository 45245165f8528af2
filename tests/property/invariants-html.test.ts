import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalise } from '../../src/input/normalise.js'
import { htmlPlanLines } from './arbitraries-html.js'
import { PROPERTY } from './arbitraries.js'
import { violation } from './invariants.js'

/**
 * The text path's invariants (schema, positions, lossless, round trip) on
 * the HTML path: every leaf's span, decoded, is the leaf's text, and every
 * character of the page's text lies in exactly one leaf.
 */
describe('plan-shaped lines as an HTML page', () => {
  it('are read as HTML', () => {
    fc.assert(
      fc.property(htmlPlanLines, (input) => {
        expect(normalise(input, 'auto').format).toBe('html')
      }),
      { ...PROPERTY, numRuns: Math.min(PROPERTY.numRuns, 50) },
    )
  })

  it('never throw and keep every invariant', () => {
    fc.assert(
      fc.property(htmlPlanLines, (input) => {
        expect(violation(input)).toBeNull()
      }),
      PROPERTY,
    )
  }, 300_000)
})
