import { describe, expect, it } from 'vitest'
import { formatDiagnostic, parsePlan, PlanParseError } from '../src/index.js'

const TEXT = '一、总体要求\n1. 加强领导\n二、保障措施'

describe('formatDiagnostic', () => {
  it('frames the line between its neighbours with carets under the whole spot', () => {
    const [d] = parsePlan(TEXT).diagnostics
    expect(formatDiagnostic(d!, TEXT, 'plan.txt')).toBe(
      [
        'plan.txt:2:1 error missing-responsibility Task 1 has no responsibility note (e.g. “（知识产权局负责）”)',
        '  1 | 一、总体要求',
        '> 2 | 1. 加强领导',
        // `1. ` is 3 columns, 加强领导 is 4 wide characters: 11 carets.
        '    | ^^^^^^^^^^^',
        '  3 | 二、保障措施',
      ].join('\n'),
    )
  })

  it('counts CJK characters as two columns before the caret', () => {
    const text = '前言（未完'
    // No unit in it: a no-structure warning comes first.
    const [, d] = parsePlan(text).diagnostics
    expect(d).toMatchObject({ ruleId: 'unbalanced-brackets', place: { start: { line: 1, column: 3, offset: 2 } } })
    expect(formatDiagnostic(d!, text).split('\n').slice(1)).toEqual(['> 1 | 前言（未完', '    |     ^^'])
  })

  it('cuts a long line around the spot and keeps \\r\\n lines apart', () => {
    const text = 'x'.repeat(500) + '《' + 'y'.repeat(100) + '\r\n第二行'
    const [, d] = parsePlan(text).diagnostics
    const lines = formatDiagnostic(d!, text).split('\n')
    expect(lines[0]).toBe('1:501 warning unbalanced-brackets Opening “《” is never closed')
    expect(lines[1]).toBe(`> 1 | …${'x'.repeat(30)}《${'y'.repeat(49)}…`)
    expect(lines[2]).toBe(`    | ${' '.repeat(31)}^^`)
    expect(lines[3]).toBe('  2 | 第二行')
  })

  it('shows no empty context line after a final line break', () => {
    const text = '一、总体要求\n1. 加强领导\n'
    const [d] = parsePlan(text).diagnostics
    expect(formatDiagnostic(d!, text).split('\n').slice(1)).toEqual(['  1 | 一、总体要求', '> 2 | 1. 加强领导', '    | ^^^^^^^^^^^'])
  })

  it('points past the end of the text without failing', () => {
    const text = '一、总体要求\n'
    const d = { ruleId: 'numbering-gap', severity: 'error', reason: 'r', source: 'cn-plan-parser', place: { start: { line: 2, column: 1, offset: 7 }, end: { line: 2, column: 1, offset: 7 } } } as const
    expect(formatDiagnostic(d, text)).toBe(['2:1 error numbering-gap r', '  1 | 一、总体要求', '> 2 | ', '    | ^'].join('\n'))
  })
})

describe('strict mode', () => {
  it('throws one PlanParseError whose message frames every error', () => {
    const text = '一、总体要求\n2. 加强领导\n3. 完善制度。（知识产权局负责）'
    let error: unknown
    try {
      parsePlan(text, { strict: true })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(PlanParseError)
    const { message, diagnostics } = error as PlanParseError
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['missing-responsibility', 'numbering-start'])
    expect(message).toBe(
      [
        'Plan has 2 errors:',
        formatDiagnostic(diagnostics[0]!, text),
        '',
        formatDiagnostic(diagnostics[1]!, text),
      ].join('\n'),
    )
    expect(message).toContain('> 2 | 2. 加强领导\n    | ^^^^^^^^^^^')
  })

  it('frames the first 50 errors and counts the rest', () => {
    const text = Array.from({ length: 60 }, (_, k) => `${k + 1}. 任务`).join('。\n')
    const error = (() => {
      try {
        parsePlan(text, { strict: true })
      } catch (e) {
        return e as PlanParseError
      }
    })()
    expect(error?.diagnostics).toHaveLength(60)
    expect(error?.message.match(/^> /gm)).toHaveLength(50)
    expect(error?.message.endsWith('…and 10 more errors (see error.diagnostics)')).toBe(true)
  })

  it('does not throw when there are only warnings', () => {
    expect(parsePlan('前言（未完', { strict: true }).diagnostics.map((d) => d.ruleId)).toEqual(['no-structure', 'unbalanced-brackets'])
  })
})
