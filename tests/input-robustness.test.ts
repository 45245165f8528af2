import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parsePlan } from '../src/parse-plan.js'
import type { Plan, Position } from '../src/types.js'
import { numbered } from './helpers/summary.js'

// Pieces plans, their Markdown/HTML forms and their web and PDF copies are made of.
const PIECES = [
  '一、', '二 ', '（一）', '(二)', '1. ', '2.', '１２．', '7. 5%', '完成 100 家', '2021 年', '推进立法', '意見', '執行',
  '。', '，', '（知识产权局负责）', '(局、部按职责分工负责)', '人(rén)', '— 2 —', '- 12 -', '\n', '\r\n', '\n\n', ' ', '\u3000',
  '\u00a0', '\ufeff', '## ', '**', '> ', '[链接](http://x)', '\\', '<p>', '</p>', '<br>', '&nbsp;', '&ldquo;', '&#x4e00;', '<script>',
  '𠮷', '\ud800',
]
const doc = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''))

function checkPosition(p: Position, input: string): void {
  expect(p.start.offset).toBeGreaterThanOrEqual(0)
  expect(p.end.offset).toBeGreaterThanOrEqual(p.start.offset)
  expect(p.end.offset).toBeLessThanOrEqual(input.length)
  // Line and column agree with the offset, counted in the input as given.
  const before = input.slice(0, p.start.offset).split(/\r\n|\r|\n|\u2028|\u2029/)
  expect(p.start.line).toBe(before.length)
  expect(p.start.column).toBe((before[before.length - 1] as string).length + 1)
}

function checkPlan(plan: Plan, input: string, plain: boolean): void {
  checkPosition(plan.position, input)
  for (const node of numbered(plan)) {
    checkPosition(node.position, input)
    // Plain text has no syntax to decode: a marker is always there as written.
    if (plain) expect(input.startsWith(node.marker, node.position.start.offset)).toBe(true)
    if (node.type === 'task' && node.responsibility) checkPosition(node.responsibility.position, input)
  }
  for (const d of plan.diagnostics) checkPosition(d.place, input)
}

describe('messy input never throws in lenient mode; every position lies in the input', () => {
  test.each(['text', 'markdown', 'html', 'auto'] as const)('format %s', (format) => {
    fc.assert(
      fc.property(doc, (input) => {
        checkPlan(parsePlan(input, { format }), input, format === 'text')
      }),
      { numRuns: Number(process.env.RUNS ?? 150) },
    )
  })
})
