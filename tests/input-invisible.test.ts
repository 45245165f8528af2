import { describe, expect, it } from 'vitest'
import { parsePlan } from '../src/index.js'
import { nameKey } from '../src/registry/registry.js'
import { withoutPositions } from './property/invariants.js'
import { seed, slice, tasksOf } from './helpers.js'

/** The characters that print nothing of issue 13; U+2028/U+2029 are line breaks and are tested apart. */
const INVISIBLE = {
  'zero-width space': '\u200b',
  'word joiner': '\u2060',
  'zero-width non-joiner': '\u200c',
  'zero-width joiner': '\u200d',
  'byte-order mark': '\ufeff',
  'left-to-right mark': '\u200e',
  'right-to-left mark': '\u200f',
  'soft hyphen': '\u00ad',
  'vertical tab': '\u000b',
  'form feed': '\u000c',
  'next line': '\u0085',
}

/** A tree without positions and without the report of invisible characters: what must not change. */
const shape = (input: string) => {
  const plan = parsePlan(input)
  return withoutPositions({ ...plan, diagnostics: plan.diagnostics.filter((d) => d.ruleId !== 'invisible-characters') })
}

const SEED = seed()
const SEED_PLAN = parsePlan(SEED)
const SEED_SHAPE = shape(SEED)

/** Offsets just past every marker of the seed, where the words start. */
const MARKER_ENDS = (() => {
  const ends: number[] = []
  const walk = (node: { marker?: string; position: { start: { offset: number } }; children?: unknown[] | null }) => {
    if (node.marker && SEED.startsWith(node.marker, node.position.start.offset)) ends.push(node.position.start.offset + node.marker.length)
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child)
  }
  for (const child of SEED_PLAN.children) walk(child)
  return ends
})()

const insertAt = (text: string, offsets: number[], ch: string) => {
  let out = ''
  let at = 0
  for (const k of offsets) {
    out += text.slice(at, k) + ch
    at = k
  }
  return out + text.slice(at)
}

describe.each(Object.entries(INVISIBLE))('%s', (_name, ch) => {
  it('at every line start, every line end and between every marker and its words of the seed, the tree is the same', () => {
    expect(MARKER_ENDS.length).toBe(7 + 11 + 115)
    // All three at once, one parse per character (the small plans below take each place alone).
    const lines = insertAt(SEED, MARKER_ENDS, ch).split('\n')
    expect(shape(lines.map((l) => ch + l + ch).join('\n'))).toEqual(SEED_SHAPE)
  })

  it('is reported once, at the first, with the count', () => {
    const input = `一、总体\n${ch}1. 推进工作。（知识产权局负责）${ch}\n2.${ch}加强监管。（公安部负责）`
    const plan = parsePlan(input)
    const found = plan.diagnostics.filter((d) => d.ruleId === 'invisible-characters')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: 'info', place: { start: { offset: 5 }, end: { offset: 6 } } })
    expect(found[0]?.reason).toBe(`3 invisible characters (U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) read as white space`)
    const tasks = tasksOf(plan)
    expect(tasks.map((t) => [t.number, t.text, t.responsibility?.leads.map((d) => d.id)])).toEqual([
      [1, '推进工作。', ['cnipa']],
      [2, '加强监管。', ['mps']],
    ])
    // Positions still index the input as given.
    expect(tasks.map((t) => slice(input, t.textPosition))).toEqual(['1. 推进工作。', `2.${ch}加强监管。`])
  })
})

describe('invisible characters in small plans', () => {
  it('a zero-width space before each marker of a plan copied off a web page', () => {
    const input = '\u200b一、完善制度\n\u200b（一）健全法律\n\u200b1. 推进立法。（市场监管总局负责）\u200b\n\u200b2. 加强执法。\u200b（公安部负责）'
    const plan = parsePlan(input)
    const tasks = tasksOf(plan)
    expect(tasks.map((t) => [t.id, t.responsibility?.raw])).toEqual([
      ['c1.s1.t1', '（市场监管总局负责）'],
      ['c1.s1.t2', '（公安部负责）'],
    ])
    expect(plan.diagnostics.map((d) => [d.ruleId, d.reason, d.place.start.offset])).toEqual([['invisible-characters', '6 invisible characters (U+200B) read as white space', 0]])
  })

  it('around a note and between its department names, as a space would be', () => {
    const plan = parsePlan('1. 推进。\u200b（\u200b知识产权局、\u2060公安部\u200e负责）\u200b。')
    const [task] = tasksOf(plan)
    expect([task?.text, task?.responsibility?.departments.map((d) => d.id), task?.trailing]).toEqual(['推进。', ['cnipa', 'mps'], '\u200b。'])
    expect(plan.diagnostics.map((d) => d.ruleId)).toEqual(['invisible-characters'])
  })

  it('a form feed where a PDF copy breaks the page starts no text of its own', () => {
    const input = '一、总体\n1. 推进工作。（知识产权局负责）\n\f2. 加强监管。（公安部负责）\n\f\n3. 完善制度。（司法部负责）'
    expect(tasksOf(parsePlan(input)).map((t) => t.number)).toEqual([1, 2, 3])
  })

  it('a few kinds are named, the rest summed up', () => {
    const plan = parsePlan('\u200b\u200c\u200d\u200e\u200f1. 推进工作。（知识产权局负责）')
    expect(plan.diagnostics.map((d) => d.reason)).toEqual(['5 invisible characters (U+200B, U+200C, U+200D, U+200E, …) read as white space'])
  })

  it('a byte-order mark at the very start is no invisible character to report; a later one is', () => {
    expect(parsePlan('\ufeff1. 推进工作。（知识产权局负责）').diagnostics).toEqual([])
    expect(parsePlan('\ufeff1. 推进工作。（知识产权局负责）\n\ufeff2. 加强监管。（公安部负责）').diagnostics.map((d) => d.place.start.offset)).toEqual([19])
  })

  it('U+2028 and U+2029 are line breaks, as `\\n` is', () => {
    for (const sep of ['\u2028', '\u2029']) {
      const plan = parsePlan(`一、总体${sep}1. 推进工作。（知识产权局负责）${sep}2. 加强监管。（公安部负责）`)
      expect(withoutPositions(plan)).toEqual(withoutPositions(parsePlan('一、总体\n1. 推进工作。（知识产权局负责）\n2. 加强监管。（公安部负责）')))
    }
  })
})

describe('invisible characters inside a department name', () => {
  it('a soft hyphen or a zero-width space inside a name resolves as the name without it, and the name keeps what was written', () => {
    const plan = parsePlan('一、总体\n1. 推进。（知识\u00ad产权局、公安\u200b部、市场监管\u2060总局负责）')
    const departments = tasksOf(plan)[0]?.responsibility?.departments ?? []
    expect(departments.map((d) => [d.name, 'id' in d ? d.id : d.kind])).toEqual([
      ['知识\u00ad产权局', 'cnipa'],
      ['公安\u200b部', 'mps'],
      ['市场监管\u2060总局', 'samr'],
    ])
  })

  it.each(Object.entries(INVISIBLE))('%s inside a name keys it as the name without it', (_name, ch) => {
    expect(nameKey(`知识${ch}产权局`)).toBe('知识产权局')
  })
})
