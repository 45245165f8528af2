import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findFlattened } from '../../src/input/flattened.js'
import { normalise } from '../../src/input/normalise.js'
import { firstTraditional, isTraditional, traditionalList } from '../../src/input/traditional-set.js'
import { constructs } from '../../src/lex/constructs/index.js'
import { readNumeral } from '../../src/lex/numerals.js'
import { tokenize } from '../../src/lex/tokenize.js'
import { splitLines } from '../../src/util/lines.js'
import * as reference from '../helpers/reference-input.js'
import { ALL_FIXTURES, anyText, damagedFixture, planLines, planNoise, PROPERTY } from './arbitraries.js'

// Looked up once: in a test file, each use of an imported name goes through
// vitest's module proxy, which the comparison loop below would pay millions of times.
const deepEqual = isDeepStrictEqual

// Plan text with a few traditional characters and one astral one (𠮶 U+20BB6 is not in the list, 𡞵 U+217B5 is).
const traditionalNoise = fc
  .tuple(planNoise, fc.array(fc.constantFrom('意見', '衞', '為', '𡞵', '𠮶', '\ud840', '见'), { maxLength: 3 }), fc.nat())
  .map(([text, extra, at]) => {
    const k = text.length === 0 ? 0 : at % text.length
    return text.slice(0, k) + extra.join('') + text.slice(k)
  })

/**
 * Where to try the marker matchers: every offset of a short text (they also
 * run mid-line, on flattened bodies); in a whole document, where the lexer
 * and clean-up try them (line starts, after white space) and where one ends.
 */
function offsets(text: string): number[] {
  if (text.length <= 400) return Array.from({ length: text.length + 1 }, (_, i) => i)
  return [0, text.length, ...[...text.matchAll(/\s+/g)].flatMap((m) => [m.index, m.index + m[0].length])]
}

/**
 * The fast versions of the lexer and clean-up scans against the plain ones
 * they replaced (tests/helpers/reference-input.ts): same answers on every
 * input, whatever the shape.
 */
describe.each([
  ['plan-shaped lines', planLines],
  ['plan-shaped noise', planNoise],
  ['plan noise with traditional characters', traditionalNoise],
  ['arbitrary strings', anyText],
  ['damaged fixtures', damagedFixture],
])('%s', (_name, arbitrary) => {
  it("tokenize, every family's matcher and numeral reader, findFlattened and firstTraditional answer as the plain versions", () => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        const lines = splitLines(text)
        // Compared with isDeepStrictEqual and asserted once per text: an
        // expect per offset and family made this the slowest test by far
        // (each expect costs vitest tens of microseconds).
        const differ: unknown[] = []
        const same = (what: string, kind: string, i: number, got: unknown, want: unknown) => {
          if (!deepEqual(got, want)) differ.push({ what: `${what} ${kind}`, i, got, want })
        }
        for (const i of offsets(text)) {
          same('readNumeral', '', i, readNumeral(text, i), reference.readNumeral(text, i))
          for (const construct of constructs) {
            same(construct.name, 'match', i, construct.match(text, i, text.length), reference.match(construct, text, i, text.length))
            same(construct.name, 'numeral', i, construct.numeral.read(text, i, text.length), reference.readNumber(construct.numeral, text, i, text.length))
          }
        }
        expect({ tokens: tokenize(text, lines), flattened: findFlattened(text, lines), traditional: firstTraditional(text), differ: differ.slice(0, 3) }).toEqual({
          tokens: reference.tokenize(text, lines.toArray()),
          flattened: reference.findFlattened(text, lines.toArray()),
          traditional: reference.firstTraditional(text),
          differ: [],
        })
      }),
      PROPERTY,
    )
  }, 300_000)

  it('normalise hands the tokenizer the lines of the text it returns', () => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        const normalised = normalise(text, 'auto')
        expect(normalised.lines.toArray()).toEqual(splitLines(normalised.text).toArray())
      }),
      PROPERTY,
    )
  }, 300_000)
})

describe('fast scans on whole documents', () => {
  it.each([...ALL_FIXTURES.keys()])('%s: tokens and flattened cuts as the plain versions', (name) => {
    const text = ALL_FIXTURES.get(name) as string
    const lines = splitLines(text)
    expect(tokenize(text, lines)).toEqual(reference.tokenize(text, lines.toArray()))
    expect(findFlattened(text, lines)).toEqual(reference.findFlattened(text, lines.toArray()))
    expect(firstTraditional(text)).toBe(reference.firstTraditional(text))
  })

  it('findFlattened and the tokenizer consider every space and every marker character the plain versions do', () => {
    // The native scan spells out the space class, and the dispatch table is
    // built from the construct table: any character missing (or extra) in
    // either shows up here. Compared as JSON and asserted once: an expect per
    // case made this loop take seconds, too near the runner's limit when busy.
    const differ: string[] = []
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c)
      for (const text of [`推进。${ch}1.推进`, `推进。 ${ch}、推进`, `推进。 ${ch}一）推进`]) {
        const lines = splitLines(text)
        if (JSON.stringify(findFlattened(text, lines)) !== JSON.stringify(reference.findFlattened(text, lines.toArray()))) differ.push(text)
      }
      // Line starts of every family's shape, and a sub-item after each character.
      // (After `。`, a white-space character lets a sub-item start mid-line; any other character but a closing one does not.)
      const text = `${ch}1）甲\n${ch}、甲\n${ch}一条甲\n${ch}甲\n1.甲${ch}（1）乙${ch}1）丙\n2.甲。${ch}（1）乙`
      const lines = splitLines(text)
      if (JSON.stringify(tokenize(text, lines)) !== JSON.stringify(reference.tokenize(text, lines.toArray()))) differ.push(text)
    }
    expect(differ).toEqual([])
  }, 300_000)

  it('a long run of spaces is one candidate, cut after its end (the scan does not start again inside it)', () => {
    const spaces = ' '.repeat(60_000)
    const text = `推进。${spaces}1.推进${spaces}x`
    expect(findFlattened(text, splitLines(text))).toEqual([{ start: 3 + spaces.length, end: 3 + spaces.length, text: '\n' }])
  })

  it('a flattened body is cut before each marker that follows a space, only there', () => {
    const text = '一、完善制度 （一）完善法规 1. 推进立法，完成 100 家。（知识产权局负责）\u3000二 强化保护\n第 2. 条 3.推进'
    // Before （一）, 1., 二 (after a closing mark, so a chapter with a space) and 3.; not
    // before 100 (inside task 1's wording) nor after 第 or 2. on the second line.
    expect(findFlattened(text, splitLines(text)).map((e) => [e.start, text.slice(e.start, e.start + 2)])).toEqual([
      [7, '（一'],
      [15, '1.'],
      [42, '二 '],
      [56, '3.'],
    ])
  })
})

describe('the traditional character table', () => {
  it('holds exactly the listed code points, astral ones included', () => {
    const list = traditionalList()
    expect(list).toHaveLength(3229)
    const listed = new Set(list)
    const wrong: number[] = []
    for (let c = 0; c <= 0xffff; c++) if (isTraditional(c) !== listed.has(c)) wrong.push(c)
    expect(wrong).toEqual([])
    const astral = list.filter((c) => c > 0xffff)
    expect(astral.length).toBeGreaterThan(0)
    for (const c of astral) expect(firstTraditional(`意见${String.fromCodePoint(c)}`)).toBe(2)
    // A lone high surrogate, or one that starts no listed character, is not traditional.
    expect(firstTraditional('见\ud840见𠮶')).toBe(-1)
  })

  it('firstTraditional looks only inside [from, to)', () => {
    expect(firstTraditional('意見，意見', 2)).toBe(4)
    expect(firstTraditional('意見，意見', 2, 4)).toBe(-1)
  })
})
