import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parsePlan } from '../src/index.js'
import { defuse } from '../src/markdown/guard.js'
import { numbered } from './helpers/summary.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/inputs/${name}`, import.meta.url), 'utf8')
const warnings = (input: string) => parsePlan(input, { format: 'markdown' }).diagnostics.filter((d) => d.ruleId === 'markdown-as-text')

describe('the guard leaves real Markdown alone', () => {
  test.each(['plan-b.headings.md', 'plan-b.lists.md'])('%s is not touched', (name) => {
    const source = fixture(name)
    expect(defuse(source)).toEqual({ text: source, count: 0, first: null, long: [] })
  })

  test('a tight list of hundreds of bold tasks: each item is a paragraph of its own', () => {
    const list = Array.from({ length: 400 }, (_, k) => `${k + 1}. **推进**[第${k}项](https://example.org)工作。（知识产权局负责）`).join('\n')
    expect(defuse(`## 一、总体\n\n${list}\n`).count).toBe(0)
  })
})

describe('the guard defuses what makes remark superlinear', () => {
  test('a run of emphasis marks: every mark written over, same length, syntax before it kept', () => {
    const source = '# 一、总体\n\n1. 推进' + '*_'.repeat(300) + '\n'
    const { text, count, first } = defuse(source)
    expect(text).toBe('# 一、总体\n\n1. 推进' + 'x'.repeat(600) + '\n')
    expect([count, first]).toEqual([1, { start: source.indexOf('1.'), end: source.length }])
  })

  test('lines that cannot interrupt a paragraph are counted with it, however they start', () => {
    // `2. …` after a paragraph is the paragraph's text (only a 1 starts a list there): one paragraph of 600 marks.
    const source = '推进\n' + '2. *_\n'.repeat(300)
    expect(defuse(source).count).toBe(1)
  })

  test('container markers past the nesting column are written over', () => {
    const { text } = defuse('1. '.repeat(20) + '推进')
    // Columns 0 to 32 hold 11 markers; the 12th starts at column 33.
    expect(text).toBe('1. '.repeat(11) + '1x '.repeat(9) + '推进')
  })

  test('a paragraph of hundreds of lazy lines in a list item is handed to the line reader', () => {
    const source = '# 一、总体\n\n1. 推进\n' + '工作\n'.repeat(300)
    const { long, count } = defuse(source)
    expect(long).toEqual([source.indexOf('1.'), source.length])
    expect(count).toBe(1)
  })
})

describe('parsing what the guard defused', () => {
  test('a task full of marks keeps them, as written, with one warning', () => {
    const input = '# 一、总体\n\n1. 推进' + '*_'.repeat(300) + '。（知识产权局负责）\n'
    const [, task] = numbered(parsePlan(input, { format: 'markdown' }))
    expect(task).toMatchObject({ type: 'task', number: 1, text: '推进' + '*_'.repeat(300) + '。' })
    expect(warnings(input)).toMatchObject([{ severity: 'warning', place: { start: { line: 3, column: 1 } } }])
  })

  test('lists nested thousands deep do not overflow the stack', () => {
    const input = '# 一、总体\n\n' + '1. '.repeat(5000) + '推进。（知识产权局负责）'
    expect(() => parsePlan(input, { format: 'markdown' })).not.toThrow()
    expect(warnings(input)).toHaveLength(1)
  })

  test('a long lazy paragraph is read line by line: heading and tasks as without remark', () => {
    const input = '# 一、总体\n\n1. 推进\n' + '工作\n'.repeat(300) + '2. 加强。（知识产权局负责）\n'
    const nodes = numbered(parsePlan(input, { format: 'markdown' }))
    expect(nodes.map((n) => [n.type, n.number, input.startsWith(n.marker, n.position.start.offset)])).toEqual([
      ['chapter', 1, true],
      ['task', 1, true],
      ['task', 2, true],
    ])
  })

  test('real Markdown gets no warning', () => {
    expect(warnings(fixture('plan-b.lists.md'))).toEqual([])
  })
})
