import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { copyOf, joinPairs, joinSpans } from '../../src/util/joined-text.js'
import { SpanList } from '../../src/util/span-list.js'
import { PROPERTY } from './arbitraries.js'

// Lines of a source and the spans of their non-empty parts, as the tree builder hands them over.
const source = fc.array(fc.string({ unit: fc.constantFrom('a', 'Z', '9', '推', '进', '。', '（', ' '), minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 30 })

describe('joinSpans', () => {
  it('maps every character of the joined text back to the same character of the source', () => {
    fc.assert(
      fc.property(source, (lines) => {
        const text = lines.join('\n')
        const spans: { start: number; end: number }[] = []
        let at = 0
        for (const line of lines) {
          spans.push({ start: at, end: at + line.length })
          at += line.length + 1
        }
        const joined = joinSpans(text, spans)
        let inserted = 0
        for (let i = 0; i < joined.text.length; i++) {
          const offset = joined.offsetAt(i)
          if (text[offset] === joined.text[i] && !(joined.text[i] === ' ' && text[offset] === '\n')) continue
          // The only characters with no source are spaces put between two Latin words at a join.
          expect(joined.text[i]).toBe(' ')
          expect(text[offset]).toBe('\n')
          inserted++
        }
        expect(joined.text.length).toBe(text.length - (lines.length - 1) + inserted)
        expect(joined.offsetAt(joined.text.length)).toBe(text.length)
      }),
      PROPERTY,
    )
  })

  it('glues Chinese directly and Latin words with a space', () => {
    const joined = joinSpans('推进\n立法 TISC\nnetwork', [
      { start: 0, end: 2 },
      { start: 3, end: 10 },
      { start: 11, end: 18 },
    ])
    expect(joined.text).toBe('推进立法 TISC network')
    expect([joined.offsetAt(2), joined.offsetAt(9), joined.offsetAt(10)]).toEqual([3, 10, 11])
  })

  it('joinPairs, on the same spans kept flat, gives the same text and offsets', () => {
    fc.assert(
      fc.property(source, (lines) => {
        const text = lines.join('\n')
        const spans: { start: number; end: number }[] = []
        const pairs = new SpanList()
        let at = 0
        for (const line of lines) {
          spans.push({ start: at, end: at + line.length })
          pairs.push(at, at + line.length)
          at += line.length + 1
        }
        const a = joinSpans(text, spans)
        const b = joinPairs(text, pairs)
        // One comparison per run, not one expect per character: the run is sized by count, and stays cheap.
        const offsets = (j: { text: string; offsetAt(i: number): number }) => Array.from({ length: j.text.length + 1 }, (_, i) => j.offsetAt(i))
        expect([b.text, offsets(b)]).toEqual([a.text, offsets(a)])
      }),
      PROPERTY,
    )
  })
})

describe('copies', () => {
  it('copyOf and joinPairs(…, { copy: true }) give the same text and offsets as the slices they stand for', () => {
    fc.assert(
      fc.property(source, fc.nat(), fc.nat(), (lines, a, b) => {
        const text = lines.join('\n')
        const start = a % (text.length + 1)
        const end = start + (b % (text.length - start + 1))
        expect(copyOf(text.slice(start, end))).toBe(text.slice(start, end))
        const one = SpanList.of({ start, end })
        const copied = joinPairs(text, one, { copy: true })
        const sliced = joinPairs(text, one)
        expect(copied.text).toBe(sliced.text)
        for (let i = 0; i <= sliced.text.length; i++) expect(copied.offsetAt(i)).toBe(sliced.offsetAt(i))
      }),
      PROPERTY,
    )
  })
})
