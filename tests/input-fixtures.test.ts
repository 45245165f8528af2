/**
 * One real-world-shaped sample of each kind of input, kept in
 * fixtures/inputs/: all are the second plan, and all must parse to its tree.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parsePlan } from '../src/parse-plan.js'
import { counts, misplaced, numbered, stripPinyin, summary, unescapeMarkdown } from './helpers/summary.js'

const plain = parsePlan(readFileSync('fixtures/plan-b-standards-2023.txt', 'utf8'))
const EXPECTED = { chapters: 3, sections: 4, tasks: 15, byDuty: 3, multi: 9 }
const dir = 'fixtures/inputs/'

const who = (plan: ReturnType<typeof parsePlan>) => summary(plan).map((n) => ('departments' in n ? [n.id, n.departments, n.byDuty] : [n.id]))

describe('fixtures/inputs', () => {
  test.each([
    ['plan-b.headings.md', 'utf-8'],
    ['plan-b.lists.md', 'utf-8'],
    ['plan-b.html', 'utf-8'],
    ['plan-b.traditional.txt', 'utf-8'],
    ['plan-b.gb18030.txt', 'gb18030'],
    ['plan-b.utf16le.txt', 'utf-16le'],
    ['plan-b.ascii.txt', 'utf-8'],
    ['plan-b.flattened.txt', 'utf-8'],
    ['plan-b.pdf.txt', 'utf-8'],
    ['plan-b.pinyin.txt', 'utf-8'],
    ['plan-b.crlf.txt', 'utf-8'],
  ])('%s (read as bytes, %s)', (name, encoding) => {
    const bytes = readFileSync(dir + name)
    const plan = parsePlan(bytes)
    const input = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes)
    expect(counts(plan)).toEqual(EXPECTED)
    expect(who(plan)).toEqual(who(plain))
    // No warning, as in the plain text: 质量发展局 is known as a 市场监管总局 internal bureau.
    const warnings = (p: typeof plan) => p.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.ruleId, d.reason])
    expect(warnings(plan)).toEqual(warnings(plain))
    expect(warnings(plain)).toEqual([])
    const wrong = misplaced(plan, input, name.endsWith('.md') ? unescapeMarkdown : stripPinyin)
    // Later items of a Markdown list may be written `1.`: the task number comes
    // from the list's start, the marker is the `1.` as written, where the position points.
    expect(wrong).toEqual([])
  })

  test('the HTML sample: entities decoded, <strong> headings, a <br> between two tasks', () => {
    const html = readFileSync(dir + 'plan-b.html', 'utf8')
    const plan = parsePlan(html)
    expect(summary(plan)).toEqual(summary(plain))
    const s1 = numbered(plan).find((n) => n.id === 'c1.s1')
    expect(s1?.position.start).toEqual({ line: 11, column: 48, offset: html.indexOf('（一）完善重点领域标准') })
    const t13 = numbered(plan).find((n) => n.id === 'c3.t13')
    expect(html.slice(t13?.position.start.offset, t13?.position.end.offset)).toBe('13. 加强标准化人才培养，将标准化课程纳入相关专业教学，培养标准化专业人才 1000 名。（人事司、教育部、人力资源社会保障部负责）')
    const t10 = numbered(plan).find((n) => n.id === 'c2.s2.t10')
    expect(t10?.type === 'task' && t10.text).toBe('实施中小企业质量管理体系提升行动，组织质量技术帮扶“提质强企”活动。')
  })
})
