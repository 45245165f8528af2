/**
 * Line splitting and the locator against plain versions: texts with `\n`
 * only take a native `indexOf` path, texts with other breaks the regex one,
 * and both must agree with splitting by the break pattern.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isSpaceCode } from '../../src/chars.js'
import { splitLines } from '../../src/util/lines.js'
import { createLocator } from '../../src/util/location.js'
import { RUNS } from './arbitraries.js'

const BREAKS = /\r\n|\r|\n|\u2028|\u2029/g

/** Every line's start offset, by the break pattern. */
function lineStarts(text: string): number[] {
  return [0, ...[...text.matchAll(BREAKS)].map((m) => (m.index as number) + m[0].length)]
}

/** splitLines as the plain version: each line between breaks, trimmed, blank ones left out. */
function plainSplit(text: string): { start: number; end: number }[] {
  const starts = lineStarts(text)
  const out: { start: number; end: number }[] = []
  starts.forEach((from, k) => {
    const next = starts[k + 1]
    let end = next === undefined ? text.length : next - 1
    if (next !== undefined && text[next - 1] === '\n' && text[next - 2] === '\r') end = next - 2
    let start = from
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
    if (end > start) out.push({ start, end })
  })
  return out
}

const newlinesOnly = fc.string({ unit: fc.constantFrom('甲', 'a', ' ', '\u3000', '\n'), maxLength: 40 })
const anyBreaks = fc.string({ unit: fc.constantFrom('甲', 'a', ' ', '\u3000', '\n', '\r', '\u2028', '\u2029'), maxLength: 40 })

describe('splitLines and createLocator', () => {
  it('split lines as the break pattern does, with \\n only and with every kind of break', () => {
    fc.assert(
      fc.property(fc.oneof(newlinesOnly, anyBreaks), (text) => {
        expect(splitLines(text).toArray()).toEqual(plainSplit(text))
      }),
      { numRuns: RUNS * 10 },
    )
  })

  it('place every offset on the line and column the break pattern gives', () => {
    fc.assert(
      fc.property(fc.oneof(newlinesOnly, anyBreaks), (text) => {
        const starts = lineStarts(text)
        const locator = createLocator(text)
        for (let offset = 0; offset <= text.length; offset++) {
          let line = 0
          while (line + 1 < starts.length && (starts[line + 1] as number) <= offset) line++
          expect(locator.point(offset)).toEqual({ line: line + 1, column: offset - (starts[line] as number) + 1, offset })
        }
      }),
      { numRuns: RUNS * 10 },
    )
  })
})
