import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic, parsePlan } from '../../src/index.js'
import { anyText, damagedFixture, planLines, PROPERTY } from './arbitraries.js'

describe('formatDiagnostic on any diagnostic of any input', () => {
  it('frames the diagnostic’s own line with carets, in bounded width', () => {
    fc.assert(
      fc.property(fc.oneof(planLines, anyText, damagedFixture), (input) => {
        // One expect per input: a damaged fixture has dozens of diagnostics, and each expect costs vitest tens of microseconds.
        const { diagnostics } = parsePlan(input)
        const frames = diagnostics.map((d) => {
          const lines = formatDiagnostic(d, input).split('\n')
          const marked = lines.findIndex((l) => l.startsWith('> '))
          // The window (30 characters before the spot, 50 after, CJK two columns wide) keeps frames short however long the line.
          return { head: lines[0], marked: lines[marked], carets: lines[marked + 1], tooLong: lines.slice(1).filter((line) => line.length > 180) }
        })
        expect(frames).toEqual(
          diagnostics.map((d) => ({
            head: `${d.place.start.line}:${d.place.start.column} ${d.severity} ${d.ruleId} ${d.reason}`,
            marked: expect.stringMatching(new RegExp(`^> +${d.place.start.line} \\| `)),
            carets: expect.stringMatching(/^ +\| +\^+$/),
            tooLong: [],
          })),
        )
      }),
      PROPERTY,
    )
  }, 300_000)
})
