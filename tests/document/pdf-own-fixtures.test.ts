import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, test } from 'vitest'
import type { Extracted } from '../../src/document/extracted.js'
import { readPdf } from '../../src/document/pdf/read-pdf.js'
import { parsePlan } from '../../src/parse-plan.js'
// @ts-expect-error: the fixture script is plain JavaScript without declarations
import { TABLE_HEADER, taskRows } from '../../scripts/make-pdf-fixtures.mjs'
import { counts, summary } from '../helpers/summary.js'

const read = (name: string) => readPdf(new Uint8Array(readFileSync(`fixtures/documents/${name}`)))
/** Spaces beside Chinese characters out: LibreOffice autospaces `2023年` as `2023 年`. */
const spaceless = (s: string) => s.replace(/ +(?=[\p{Script=Han}（），。、《》“”])|(?<=[\p{Script=Han}（），。、《》“”]) +/gu, '')

describe('city-plan.pdf (fixtures/city-plan-2023.txt set on A5 with a running header and page numbers)', () => {
  let extracted: Extracted
  beforeAll(async () => {
    extracted = await read('city-plan.pdf')
  })

  test('gives the text’s tree', () => {
    const plain = parsePlan(readFileSync('fixtures/city-plan-2023.txt', 'utf8'))
    const plan = parsePlan(extracted.text)
    expect(counts(plan)).toEqual(counts(plain))
    expect(JSON.parse(spaceless(JSON.stringify(summary(plan))))).toEqual(JSON.parse(spaceless(JSON.stringify(summary(plain)))))
  })

  test('drops the running header and the page number of every page', () => {
    const pages = extracted.pages?.length ?? 0
    expect(pages).toBeGreaterThanOrEqual(3)
    const kinds = (kind: string) => extracted.dropped.filter((d) => d.kind === kind)
    expect(kinds('header').map((d) => [d.text, d.page])).toEqual(Array.from({ length: pages }, (_, i) => ['某市知识产权局文件', i + 1]))
    expect(kinds('page-number').map((d) => d.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1))
    expect(extracted.text).not.toContain('某市知识产权局文件')
  })
})

describe('task-table.pdf (24 tasks of fixtures/ip-plan-2023.txt in a five-column table over several pages)', () => {
  let extracted: Extracted
  beforeAll(async () => {
    extracted = await read('task-table.pdf')
  })

  test('writes each row as one TSV line, cells whole, between the heading and the closing paragraph', () => {
    const lines = extracted.text.split('\n')
    const rows: string[][] = [TABLE_HEADER, ...taskRows(24)]
    expect(rows).toHaveLength(25)
    expect(lines.map(spaceless)).toEqual([
      '2023年知识产权重点任务分工表',
      '一、重点任务',
      ...rows.map((cells) => spaceless(cells.join('\t'))),
      '各单位要按照分工抓好落实，于每季度末报送进展情况。',
    ])
  })

  test('the header row repeated atop later pages is dropped, not read as a row', () => {
    const pages = extracted.pages?.length ?? 0
    expect(pages).toBeGreaterThanOrEqual(3)
    const repeated = extracted.dropped.filter((d) => d.kind === 'header' && d.text.startsWith('序'))
    expect(repeated.map((d) => d.page)).toEqual(Array.from({ length: pages - 1 }, (_, i) => i + 2))
  })
})
