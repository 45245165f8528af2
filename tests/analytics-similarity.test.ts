import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchTexts } from '../src/analytics/similarity.js'
import { matchTextsPlain } from './helpers/match-texts-plain.js'

// Few words and short texts, so that lists are full of duplicates, near
// duplicates and equal similarities: the ties the greedy order has to settle.
const words = ['推进', '完善', '专利', '保护', '工作', '加强', '审查', '，', '1', '2', 'ａ', 'a', '知']
const text = fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((w) => w.join(''))
const list = fc.array(text, { maxLength: 24 })
const threshold = fc.constantFrom(0.2, 1 / 3, 0.5, 0.6, 0.75, 0.9, 1)

describe('matchTexts', () => {
  it('gives the same pairs as the plain quadratic matcher on random lists', () => {
    fc.assert(
      fc.property(list, list, threshold, (a, b, t) => {
        expect(matchTexts(a, b, t)).toEqual(matchTextsPlain(a, b, t))
      }),
      { numRuns: 400 },
    )
  })

  it('gives the same pairs on an edited copy (moved, reworded, added and removed texts)', () => {
    const edit = fc.record({ from: fc.nat(), to: fc.nat(), drop: fc.nat(), word: fc.constantFrom(...words) })
    fc.assert(
      fc.property(list, fc.array(edit, { maxLength: 6 }), threshold, (a, edits, t) => {
        const b = [...a]
        for (const e of edits) {
          if (b.length === 0) break
          const [moved] = b.splice(e.from % b.length, 1) as [string]
          b.splice(e.to % (b.length + 1), 0, moved + e.word)
          if (e.drop % 3 === 0) b.splice(e.drop % b.length, 1)
        }
        expect(matchTexts(a, b, t)).toEqual(matchTextsPlain(a, b, t))
      }),
      { numRuns: 300 },
    )
  })

  it('settles a tie of distance on both sides by the lower index, as the plain matcher does', () => {
    // a's 推进工作 sits at 0.5; b's two copies at 0.25 and 0.75.
    const a = ['专利', '推进工作', '商标']
    const b = ['版权', '推进工作', '标准', '推进工作', '数据']
    expect(matchTexts(a, b, 0.5)).toEqual(matchTextsPlain(a, b, 0.5))
    expect(matchTexts(a, b, 0.5)).toEqual([{ a: 1, b: 1, similarity: 1 }])
  })

  it('keeps pairing every text with its copy when the work bounds are reached', () => {
    // 60 alike texts with bounds of 4: each text has far more candidates than are scored.
    const texts = Array.from({ length: 60 }, (_, i) => `推进第${i}项工作`)
    const pairs = matchTexts(texts, texts, 0.5, { reads: 16, scored: 4 })
    expect(pairs.map((p) => [p.a, p.b, p.similarity])).toEqual(texts.map((_, i) => [i, i, 1]))
  })
})
