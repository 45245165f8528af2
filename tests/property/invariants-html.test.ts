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

/** Inputs fast-check once shrank a failure to, kept so that they stay fixed whatever the seed. */
describe('past counterexamples', () => {
  it.each([
    // References that abut: each is as long as the tokenizer read it.
    '<!DOCTYPE html><p>&notit&amp;一、知识产权局一、农业农村部（一）；</p>',
    '<!DOCTYPE html><p>&notit\r\n1.</p>',
    // A reference that stands for white space needs no leaf.
    '<!DOCTYPE html><p>&nbsp;（1）</p>',
    // A block's end on the same source line is a line break of the input: the space before it is not put back.
    '<!DOCTYPE html><p>（1）\ufeff1. </p><p>；</p>',
  ])('%j keeps every invariant', (input) => {
    expect(violation(input)).toBeNull()
  })
})
