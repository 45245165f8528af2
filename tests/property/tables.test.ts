import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PROPERTY } from './arbitraries.js'
import { htmlViolation, markdownViolation, violation } from './invariants.js'

/**
 * Task tables in each of their forms (TSV, Markdown pipe rows, HTML) keep
 * every invariant: schema, positions, lossless (each cell a leaf; tabs,
 * pipes, quotes and tags syntax), and for text the round trip through toText.
 */
const HEADERS = [
  ['序号', '重点任务', '牵头单位', '责任单位', '完成时限'],
  ['任务', '责任单位'],
  ['工作任务', '牵头领导', '牵头单位', '配合单位', '时间节点'],
  ['序号', '主 要 任 务', '牵头部门', '配合部门'],
  ['序号', '重点领域', '具体措施', '责任单位', '备注'],
]
const WORDS = [
  '推进立法。', '建立机制', '完善"制度"', '第一段\n第二段', '1.加强管理。2.完善制度。', '（一）', '一、', '', ' ', '落实\t经费', '“双创”示范',
  '市知识产权局', '市发改委、市财政局', '各区县政府', '知识产权局等部门', '按职责分工负责', '市商务局，市财政局；市税务局', '张三', '市局（牵头）',
  '2024年底', '持续推进', '1', '2', '（三）', '十', 'a', '|', '"', '""',
]
const HEADINGS = ['一、总体要求', '（二）重点任务', '二、保障措施', '注：以上为重点任务', '第一章 总则']

const cell = fc.constantFrom(...WORDS)
/** A row: cells (sometimes one too few or too many), or a heading across the table. */
const row = (width: number) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.array(cell, { minLength: Math.max(1, width - 1), maxLength: width + 1 }).map((cells) => ({ kind: 'cells' as const, cells })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HEADINGS), fc.boolean()).map(([text, tabs]) => ({ kind: 'heading' as const, text, tabs })) },
  )
const table = fc
  .tuple(fc.constantFrom(...HEADERS), fc.constantFrom('', '一、总体要求\n', '某某工作方案\n'), fc.constantFrom('', '\n附件说明', '\n三、其他'))
  .chain(([header, before, after]) => fc.tuple(fc.constant(header), fc.constant(before), fc.constant(after), fc.array(row(header.length), { maxLength: 8 })))

/** TSV as Word writes it: a cell with a tab, a line break or a leading quote is quoted, inner quotes doubled. */
const tsvCell = (text: string) => (/[\t\n"]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)

const tsv = table.map(([header, before, after, rows]) =>
  [before + header.join('\t'), ...rows.map((r) => (r.kind === 'heading' ? r.text + (r.tabs ? '\t'.repeat(header.length - 1) : '') : r.cells.map(tsvCell).join('\t'))), after].join('\n'),
)
const pipeCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ').replaceAll('\t', ' ')
const pipe = table.map(([header, before, after, rows]) =>
  [
    before + `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => (r.kind === 'heading' ? `| ${r.text} |${' |'.repeat(header.length - 1)}` : `| ${r.cells.map(pipeCell).join(' | ')} |`)),
    after,
  ].join('\n'),
)
const htmlCell = (text: string, attrs: string) => `<td${attrs}>${text.split('\n').map((p) => `<p>${p.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`).join('')}</td>`
const html = table.chain(([header, before, after, rows]) =>
  fc.array(fc.constantFrom('', '', '', ' colspan="2"', ' rowspan="2"'), { minLength: 40, maxLength: 40 }).map(
    (spans) =>
      `<p>${before}</p><table><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>` +
      rows.map((r, i) => (r.kind === 'heading' ? `<tr><td colspan="${header.length}">${r.text}</td></tr>` : `<tr>${r.cells.map((c, k) => htmlCell(c, spans[(i * 5 + k) % 40] as string)).join('')}</tr>`)).join('') +
      `</table><p>${after}</p>`,
  ),
)

/** A parse, a render and a parse again cost some 30 ms here: a tenth of the runs keeps the suite's time. */
const RUNS = { ...PROPERTY, numRuns: Math.max(20, Math.ceil(PROPERTY.numRuns / 10)) }

describe('task tables', () => {
  it('TSV keeps every invariant, the round trip included', () => {
    fc.assert(
      fc.property(tsv, (input) => {
        expect(violation(input)).toBeNull()
      }),
      RUNS,
    )
  }, 300_000)
  it('pipe tables keep every invariant as text and as Markdown', () => {
    fc.assert(
      fc.property(pipe, (input) => {
        expect(violation(input)).toBeNull()
        expect(markdownViolation(input)).toBeNull()
      }),
      RUNS,
    )
  }, 300_000)
  it('HTML tables keep schema, positions and losslessness', () => {
    fc.assert(
      fc.property(html, (input) => {
        expect(htmlViolation(input)).toBeNull()
      }),
      RUNS,
    )
  }, 300_000)
})
