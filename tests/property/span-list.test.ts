/**
 * SpanList, the flat list every list of lines is kept in, against a plain
 * array of `{ start, end }`: through its first array's growth, past it into
 * fixed chunks, and made at a size (as `splitLines` makes it).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SpanList } from '../../src/util/span-list.js'
import { RUNS } from './arbitraries.js'

describe('SpanList', () => {
  it('holds the spans pushed, in order, whatever its starting room and however many', () => {
    fc.assert(
      fc.property(fc.nat({ max: 5000 }), fc.integer({ min: 0, max: 10_000 }), fc.nat(), (capacity, count, seed) => {
        const list = new SpanList(capacity)
        const plain: { start: number; end: number }[] = []
        for (let k = 0; k < count; k++) {
          const start = (seed + 7 * k) % 1_000_003
          list.push(start, start + (k % 13))
          plain.push({ start, end: start + (k % 13) })
        }
        // Compared as JSON, once a run: toEqual on ten thousand objects would be most of the test's time.
        const expected = JSON.stringify(plain)
        expect([list.length, JSON.stringify(list.toArray()), list.at(-1), list.at(count)]).toEqual([count, expected, undefined, undefined])
        expect(JSON.stringify(list.fit().toArray())).toBe(expected)
      }),
      { numRuns: Math.ceil(RUNS / 10) },
    )
  })

  it('reads the spans past its first array from chunks at their boundaries', () => {
    const list = new SpanList()
    for (let k = 0; k < 4096 * 3 + 1; k++) list.push(2 * k, 2 * k + 1)
    expect([4095, 4096, 4097, 8191, 8192, 12288].map((k) => [list.start(k), list.end(k)])).toEqual([
      [8190, 8191],
      [8192, 8193],
      [8194, 8195],
      [16382, 16383],
      [16384, 16385],
      [24576, 24577],
    ])
    expect(list.at(12288)).toEqual({ start: 24576, end: 24577 })
  })
})
