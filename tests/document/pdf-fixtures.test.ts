import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, test } from 'vitest'
import type { Extracted } from '../../src/document/extracted.js'
import { readPdf } from '../../src/document/pdf/read-pdf.js'
import { parsePlan } from '../../src/parse-plan.js'
import type { Task } from '../../src/types.js'
import { counts, numbered, summary } from '../helpers/summary.js'

const source = readFileSync('fixtures/ip-plan-2021-2022.txt', 'utf8')
const plain = parsePlan(source)
const read = (name: string) => readPdf(new Uint8Array(readFileSync(`fixtures/documents/${name}`)))

const tasksOf = (plan: ReturnType<typeof parsePlan>) => numbered(plan).filter((n): n is Task => n.type === 'task')

/**
 * The summary with spaces beside Chinese characters taken out: a PDF prints
 * `2021 年` typed with a space and `2021年` autospaced alike (cjk-spacing.ts).
 */
const spaceless = (nodes: ReturnType<typeof summary>) =>
  JSON.parse(JSON.stringify(nodes).replace(/ +(?=[\p{Script=Han}（），。、《》“”])|(?<=[\p{Script=Han}（），。、《》“”]) +/gu, ''))

/** Spaces between two Chinese characters, with the characters around them. */
const hanSpaces = (text: string) => new Set([...text.matchAll(/\p{Script=Han} +\p{Script=Han}/gu)].map((m) => m[0]))

describe.each([
  ['ip-plan.pdf', 22],
  ['ip-plan-split.pdf', 22],
  ['ip-plan-natural.pdf', 21],
  ['ip-plan-cid.pdf', 22],
])('%s', (name, pageCount) => {
  let extracted: Extracted
  beforeAll(async () => {
    extracted = await read(name)
  })

  test('gives the text fixture’s tree', () => {
    const plan = parsePlan(extracted.text)
    expect(counts(plan)).toMatchObject({ chapters: 7, sections: 11, tasks: 115 })
    const tasks = tasksOf(plan)
    expect(tasks.filter((t) => t.responsibility !== undefined)).toHaveLength(115)
    expect(tasks.reduce((sum, t) => sum + (t.responsibility?.departments.length ?? 0), 0)).toBe(235)
    expect(tasks.map((t) => t.responsibility?.departments.map((d) => d.id))).toEqual(
      tasksOf(plain).map((t) => t.responsibility?.departments.map((d) => d.id)),
    )
    expect(spaceless(summary(plan))).toEqual(spaceless(summary(plain)))
  })

  test('drops every running page number where it stood, and keeps the closing rule apart', () => {
    const numbers = extracted.dropped.filter((d) => d.kind === 'page-number')
    expect(numbers.map((d) => d.page)).toEqual(Array.from({ length: pageCount }, (_, i) => i + 1))
    expect(numbers.map((d) => d.text.replace(/\D/g, ''))).toEqual(numbers.map((d) => String(d.page)))
    // A footer stands at the end of its page: where the next page's text starts.
    expect(numbers.slice(0, -1).map((d) => d.at)).toEqual(extracted.pages?.slice(1))
    expect(extracted.text).not.toMatch(/—\s*\d+\s*—/)
    // Justified body text is never cut into table cells.
    expect(extracted.text).not.toContain('\t')
    const last = extracted.text.split('\n').at(-1)
    expect(last).toBe('上述各项任务分工中，由多个部门负责的，列第一位的部门为牵头部门，其他为参与部门。')
  })

  test('has no layout spaces between Chinese characters', () => {
    for (const found of hanSpaces(extracted.text)) expect(hanSpaces(source)).toContain(found)
  })

  test('records where each page and layout line starts', () => {
    const { pages = [], lines = [], text } = extracted
    expect(pages).toHaveLength(pageCount)
    expect(pages[0]).toBe(0)
    for (let i = 1; i < lines.length; i++) expect(lines[i]).toBeGreaterThan(lines[i - 1] as number)
    for (const at of pages) expect(lines).toContain(at)
    expect(lines.at(-1)).toBeLessThan(text.length)
  })
})
