import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic, parsePlan } from '../../src/index.js'
import { anyText, damagedFixture, planLines, PROPERTY } from './arbitraries.js'

describe('formatDiagnostic on any diagnostic of any input', () => {
  it('frames the diagnostic’s own line with carets, in bounded width', () => {
    fc.assert(
      fc.property(fc.oneof(planLines, anyText, damagedFixture), (input) => {
        for (const d of parsePlan(input).diagnostics) {
          const lines = formatDiagnostic(d, input).split('\n')
          expect(lines[0]).toBe(`${d.place.start.line}:${d.place.start.column} ${d.severity} ${d.ruleId} ${d.reason}`)
          const marked = lines.findIndex((l) => l.startsWith('> '))
          expect(lines[marked]).toMatch(new RegExp(`^> +${d.place.start.line} \\| `))
          expect(lines[marked + 1]).toMatch(/^ +\| +\^+$/)
          // The window (30 characters before the spot, 50 after, CJK two columns wide) keeps frames short however long the line.
          for (const line of lines.slice(1)) expect(line.length).toBeLessThanOrEqual(180)
        }
      }),
      PROPERTY,
    )
  }, 300_000)
})
