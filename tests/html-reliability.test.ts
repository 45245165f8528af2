import { describe, expect, test } from 'vitest'
import { parsePlan } from '../src/parse-plan.js'
import type { Plan } from '../src/types.js'
import { numbered } from './helpers/summary.js'
import { violation } from './property/invariants.js'

const slice = (input: string, p: { start: { offset: number }; end: { offset: number } } | undefined | null) => (p ? input.slice(p.start.offset, p.end.offset) : null)
const shape = (plan: Plan) => numbered(plan).map((n) => [n.type, n.number, n.type === 'task' ? n.text : n.title])

describe('deep nesting (issue 13 item 2): read token by token, no tree, no stack', () => {
  test('3 100 unclosed <div>s give an empty plan, not a RangeError', () => {
    const plan = parsePlan('<div>'.repeat(3100))
    expect(plan.children).toEqual([])
    expect(plan.diagnostics).toEqual([])
  })

  test('text 100 000 elements deep is read, at its own offsets', () => {
    const open = '<div>'.repeat(50_000) + '<span>'.repeat(50_000)
    const input = `${open}一、总体<p>1. 推进工作。（知识产权局负责）</p>${'</span>'.repeat(50_000)}${'</div>'.repeat(50_000)}`
    const plan = parsePlan(input)
    expect(shape(plan)).toEqual([
      ['chapter', 1, '总体'],
      ['task', 1, '推进工作。'],
    ])
    const [chapter, task] = numbered(plan)
    expect(slice(input, chapter?.type === 'chapter' ? chapter.headingPosition : null)).toBe('一、总体')
    expect(slice(input, task?.type === 'task' ? task.responsibility?.position : null)).toBe('（知识产权局负责）')
  })

  test('every character of deeply nested text lies in its leaf', () => {
    const input = `${'<section><div>'.repeat(2500)}一、总体<p>1. 推进&amp;工作。（知识产权局负责）<br>2. 加强。（公安部负责）</p>`
    expect(violation(input)).toBeNull()
  })

  test('inline tags never closed, each around a line of the plan', () => {
    const lines = ['一、总体', '1. 推进工作。（知识产权局负责）', '2. 加强监管。（公安部负责）']
    const input = lines.map((l) => `<b><span><font color=red>${l}<br>`).join('')
    expect(shape(parsePlan(input))).toEqual([
      ['chapter', 1, '总体'],
      ['task', 1, '推进工作。'],
      ['task', 2, '加强监管。'],
    ])
    expect(violation(input)).toBeNull()
  })
})

describe('a line break of the source inside a block (issue 13 item 3)', () => {
  test.each([
    // The input.
    ['<p>一、总体</p><p>1. 推进工作。（知识产权局负责）\n2. 加强监管。（公安部负责）</p>', [['task', 1, '推进工作。'], ['task', 2, '加强监管。']]],
    // After a task's words with no full stop, and with the source's indent.
    ['<p>一、总体</p><p>1. 推进工作\n    2. 加强监管。（公安部负责）</p>', [['task', 1, '推进工作'], ['task', 2, '加强监管。']]],
    // Sections and chapters in one block.
    ['<p>一、总体</p><p>（一）加强\r\n（二）推进</p>', [['section', 1, '加强'], ['section', 2, '推进']]],
  ])('%j: the marker after the break starts a unit', (input, units) => {
    expect(shape(parsePlan(input)).slice(1)).toEqual(units)
  })

  test('the sequence decides, as at any line start: a number out of turn or prose stays in the task', () => {
    for (const next of ['3. 加强监管', '2. 5%的企业', '2021 年目标']) {
      const input = `<p>一、总体</p><p>1. 推进工作，完成\n${next}。（公安部负责）</p>`
      expect(shape(parsePlan(input)).slice(1)).toEqual([['task', 1, `推进工作，完成${next}。`]])
    }
  })

  test('a chapter run on in one block', () => {
    expect(shape(parsePlan('<p>一、总体\n二、保障</p>'))).toEqual([
      ['chapter', 1, '总体'],
      ['chapter', 2, '保障'],
    ])
  })
})

describe('positions slice their own text out of the HTML (issue 13 item 4)', () => {
  const task = (before: string, after = '') => `<p>一、总体</p><p>${before}1. 推进${after}工作。（知识产权局负责）</p>`
  test.each([
    ['&amp;', task('', '&amp;')],
    ['&#38;', task('', '&#38;')],
    ['&#x26;', task('', '&#x26;')],
    ['&amp without ;', task('', '&amp')],
    ['&notit (&not + it)', task('', '&notit')],
    ['&nbsp without ;', task('&nbsp')],
    ['&nbsp; twice', task('&nbsp;&nbsp;')],
    ['a stray closing tag', task('', '</span>')],
    ['a NUL', task('', '\u0000')],
    ['a lone CR', task('', '\r')],
    ['a CRLF', task('', '\r\n')],
    ['a leading comment', `<!-- 来源：中国政府网 -->${task('')}`],
  ])('%s', (_what, input) => {
    const plan = parsePlan(input)
    const [chapter, t1] = numbered(plan)
    expect(chapter?.type === 'chapter' && slice(input, chapter.headingPosition)).toBe('一、总体')
    if (t1?.type !== 'task') throw new Error('no task')
    const text = slice(input, t1.textPosition) as string
    expect(text.startsWith('1. 推进')).toBe(true)
    expect(text.endsWith('工作。')).toBe(true)
    expect(slice(input, t1.responsibility?.position)).toBe('（知识产权局负责）')
    expect(violation(input)).toBeNull()
  })

  test('a reference is covered whole by the leaf it is in', () => {
    const input = task('', '&amp;&#x26;&ldquo;')
    const t1 = numbered(parsePlan(input))[1]
    expect(t1?.type === 'task' && [t1.text, slice(input, t1.textPosition)]).toEqual(['推进&&“工作。', '1. 推进&amp;&#x26;&ldquo;工作。'])
  })
})

describe('the page <title> (issue 13 item 12)', () => {
  test('is left out of the text and reported as dropped, at its text', () => {
    const input = '<html><head><title>国务院办公厅关于印发推进计划的通知_中国政府网</title></head><body><p>一、总体</p></body></html>'
    const plan = parsePlan(input)
    expect(shape(plan)).toEqual([['chapter', 1, '总体']])
    expect(plan.diagnostics.map((d) => [d.ruleId, d.severity, slice(input, d.place)])).toEqual([['html-title', 'info', '国务院办公厅关于印发推进计划的通知_中国政府网']])
    expect(violation(input)).toBeNull()
  })

  test('an SVG <title> is an ordinary element: its text is kept', () => {
    const input = '<p>一、总体</p><p><svg><title>图一</title></svg>1. 推进工作。（知识产权局负责）</p>'
    const plan = parsePlan(input)
    expect(plan.diagnostics.filter((d) => d.ruleId === 'html-title')).toEqual([])
    expect(violation(input)).toBeNull()
  })
})
