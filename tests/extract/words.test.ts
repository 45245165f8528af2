/**
 * The word tables' look-ups, which compare codes by hand, against the plain
 * version with `startsWith` they stand in for.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileGrammar } from '../../src/extract/grammar/compile.js'
import { type Word, type WordTable, byFirst, byLast, wordAt, wordBefore } from '../../src/extract/grammar/words.js'
import { RUNS } from '../property/arbitraries.js'

const plainAt = <T>(words: WordTable<T>, text: string, at: number, end = text.length): Word<T> | undefined =>
  words.get(text.charCodeAt(at))?.find((w) => at + w.word.length <= end && text.startsWith(w.word, at))

const plainBefore = <T>(words: WordTable<T>, text: string, end: number, start = 0): Word<T> | undefined =>
  words.get(text.charCodeAt(end - 1))?.find((w) => end - w.word.length >= start && text.startsWith(w.word, end - w.word.length))

const grammar = compileGrammar()
// Characters of the built-in role words and labels, so that words are often almost there.
const unit = fc.constantFrom(...'按职责分工别负责牵头参与配合落实单位：时限要求各区市局、，'.split(''), '\ud842', '\udfb7')
const texts = fc.string({ unit, maxLength: 16 })

describe('wordAt and wordBefore', () => {
  it('find what startsWith finds, at every place of a text', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: -2, max: 18 }), fc.integer({ min: -2, max: 18 }), (text, a, b) => {
        for (const table of [grammar.roles, grammar.labels]) {
          expect(wordBefore(table, text, a, b)).toBe(plainBefore(table, text, a, b))
          expect(wordAt(table, text, a, b)).toBe(plainAt(table, text, a, b))
        }
      }),
      { numRuns: RUNS * 10 },
    )
  })

  it('file the words of one end longest first, those of one length in the order given', () => {
    // A word given twice keeps its first place and its last meaning.
    const table = byLast([['甲负责', 1], ['负责', 2], ['乙负责', 3], ['丙丁负责', 4], ['甲负责', 5], ['牵头', 6]])
    expect(table.get('责'.charCodeAt(0))?.map((w) => [w.word, w.value])).toEqual([['丙丁负责', 4], ['甲负责', 5], ['乙负责', 3], ['负责', 2]])
    expect(table.get('头'.charCodeAt(0))?.map((w) => w.word)).toEqual(['牵头'])
  })

  it('take the longest word, by either end', () => {
    const first = byFirst([['牵头', 1], ['牵头单位', 2]])
    const last = byLast([['负责', 1], ['按职责分工负责', 2]])
    expect(wordAt(first, '牵头单位：市商务局', 0)?.word).toBe('牵头单位')
    expect(wordAt(first, '牵头单位：市商务局', 0, 3)?.word).toBe('牵头')
    expect(wordBefore(last, '商务部按职责分工负责', 10)?.word).toBe('按职责分工负责')
    expect(wordBefore(last, '商务部按职责分工负责', 10, 6)?.word).toBe('负责')
    // A long list is read through a trie from the word's end: also one filed by first characters.
    const labels = byFirst(['配合单位', '配合部门', '配合', '配套单位', '配', '配发配'].map((w) => [w, w] as const))
    const asked: [string, number, number][] = [['按按按配配', 5, 0], ['按配发配', 4, 0], ['按配发配', 4, 2], ['按配合', 3, 0]]
    expect(asked.map(([text, end, start]) => wordBefore(labels, text, end, start)?.word)).toEqual(['配', '配发配', '配', undefined])
    for (const [text, end, start] of asked) expect(wordBefore(labels, text, end, start)).toBe(plainBefore(labels, text, end, start))
  })
})
