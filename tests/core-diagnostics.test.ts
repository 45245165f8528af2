import { describe, expect, it } from 'vitest'
import { PlanParseError, parsePlan } from '../src/index.js'
import { seed, tasksOf } from './helpers.js'

const text = seed()
const lines = text.split('\n')
const lineOf = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix)) + 1

function strictErrors(input: string) {
  try {
    parsePlan(input, { strict: true })
  } catch (error) {
    expect(error).toBeInstanceOf(PlanParseError)
    return (error as PlanParseError).diagnostics.filter((d) => d.severity === 'error')
  }
  throw new Error('strict mode accepted the document')
}

describe('diagnostics on damaged copies of the seed', () => {
  it('reports a numbering gap at task 51 when task 50 is deleted', () => {
    const damaged = lines.filter((l) => !l.startsWith('50. ')).join('\n')
    const errors = strictErrors(damaged)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ ruleId: 'numbering-gap', severity: 'error', place: { start: { line: lineOf('51. ') - 1, column: 1 } } })
    expect(errors[0]!.reason).toBe('Task numbering skips 50 before task 51 (51.)')
    expect(tasksOf(parsePlan(damaged))).toHaveLength(114)
  })

  it('reports chapters out of order when 二 and 三 are swapped', () => {
    const two = lineOf('二、')
    const three = lineOf('三、')
    const four = lineOf('四、')
    const swapped = [...lines.slice(0, two - 1), ...lines.slice(three - 1, four - 1), ...lines.slice(two - 1, three - 1), ...lines.slice(four - 1)].join('\n')
    const errors = strictErrors(swapped)
    const chapterErrors = errors.filter((d) => d.reason.startsWith('Chapter'))
    expect(chapterErrors).toHaveLength(1)
    expect(chapterErrors[0]).toMatchObject({ ruleId: 'numbering-out-of-order', place: { start: { line: swapped.split('\n').indexOf(lines[two - 1]!) + 1 } } })
    expect(chapterErrors[0]!.reason).toBe('Chapter 2 (二、) comes after chapter 3')
    // The tasks moved with their chapter: one step back, at task 24.
    const taskErrors = errors.filter((d) => d.reason.startsWith('Task'))
    expect(taskErrors.map((d) => d.ruleId)).toEqual(['numbering-out-of-order'])
    expect(taskErrors[0]!.reason).toBe('Task 24 (24.) comes after task 85')
    // Nothing is lost: all tasks are still read.
    expect(tasksOf(parsePlan(swapped))).toHaveLength(115)
  })

  it('reports a task whose responsibility note was removed', () => {
    const damaged = text.replace('推进修改《国防专利条例》。（中央军委装备发展部、国防科工局、知识产权局负责）', '推进修改《国防专利条例》。')
    const errors = strictErrors(damaged)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ ruleId: 'missing-responsibility', place: { start: { line: lineOf('6. '), column: 1 } } })
    const plan = parsePlan(damaged)
    expect(tasksOf(plan).find((t) => t.number === 6)).toMatchObject({ text: '推进修改《国防专利条例》。', responsibility: null })
  })

  it('puts every error, positioned, into the PlanParseError message', () => {
    const damaged = lines.filter((l) => !l.startsWith('50. ') && !l.startsWith('60. ')).join('\n')
    const errors = strictErrors(damaged)
    expect(errors.map((d) => d.ruleId)).toEqual(['numbering-gap', 'numbering-gap'])
    try {
      parsePlan(damaged, { strict: true })
    } catch (error) {
      const message = (error as Error).message
      expect(message).toContain(`${lineOf('51. ') - 1}:1 error numbering-gap Task numbering skips 50`)
      expect(message).toContain(`${lineOf('61. ') - 2}:1 error numbering-gap Task numbering skips 60`)
      // A code frame with a caret under the spot follows each error.
      expect(message).toContain(`> ${lineOf('51. ') - 1} | 51. 健全知识产权行政确权`)
    }
  })

  it('reports duplicates, a late start and unbalanced brackets', () => {
    const plan = parsePlan('一、甲\n2. 做甲。（商务部负责）\n2. 做乙。（财政部负责）\n3. 做丙《条例。（科技部负责）')
    expect(plan.diagnostics.map((d) => [d.ruleId, d.place.start.line])).toEqual([
      ['numbering-start', 2],
      ['numbering-duplicate', 3],
      ['unbalanced-brackets', 4],
    ])
    expect(plan.diagnostics[2]).toMatchObject({ severity: 'warning', place: { start: { line: 4, column: 6, offset: 37 } } })
  })

  it('lets tasks restart at 1 in each section without complaint', () => {
    const plan = parsePlan('一、甲\n（一）子\n1. 做甲。（商务部负责）\n2. 做乙。（财政部负责）\n（二）丑\n1. 做丙。（科技部负责）')
    expect(plan.diagnostics).toEqual([])
    expect(tasksOf(plan).map((t) => t.id)).toEqual(['c1.s1.t1', 'c1.s1.t2', 'c1.s2.t1'])
  })
})

describe('API misuse', () => {
  it('throws a TypeError for a non-string input', () => {
    expect(() => parsePlan(42 as never)).toThrow(new TypeError('parsePlan: expected the plan as a string or bytes, got number'))
    expect(() => parsePlan(null as never)).toThrow(TypeError)
  })

  it('rejects unknown and mistyped options, naming the option', () => {
    expect(() => parsePlan('', { strct: true } as never)).toThrow('unknown option “strct”')
    expect(() => parsePlan('', { strict: 'yes' } as never)).toThrow('option “strict” must be a boolean')
  })

  it('parses an empty document to an empty plan', () => {
    expect(parsePlan('')).toEqual({
      type: 'plan',
      children: [],
      diagnostics: [],
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
    })
  })
})

describe('no-structure', () => {
  it('warns once, over the whole document, when text has no unit at all (no-structure)', () => {
    const text = '关于印发的通知\n\n各单位：现印发，请遵照执行。'
    expect(parsePlan(text).diagnostics).toEqual([
      {
        ruleId: 'no-structure',
        severity: 'warning',
        reason: 'No chapter, section, task or item found: is this a plan?',
        place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 3, column: 15, offset: text.length } },
        source: 'cn-plan-parser',
      },
    ])
    // One unit of any level is structure; a blank document is plainly empty, not a doubt.
    expect(parsePlan('（1）推进工作。').diagnostics.map((d) => d.ruleId)).not.toContain('no-structure')
    expect(parsePlan('前言\n一、总体要求').diagnostics.map((d) => d.ruleId)).not.toContain('no-structure')
    expect(parsePlan(' \n\n').diagnostics).toEqual([])
  })
})
