import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { type PlanRow, ROW_COLUMNS, departmentIndex, toCsv, toNdjson, toRows } from '../src/analytics/index.js'
import { parsePlan } from '../src/index.js'

const seed = parsePlan(readFileSync(new URL('../fixtures/ip-plan-2021-2022.txt', import.meta.url), 'utf8'))

// A small plan with the awkward cases: a task with no note, a task straight under
// its chapter, and text that needs CSV quoting (comma, quote, line break).
const awkward = parsePlan(
  [
    '一、总体要求',
    '1. 落实"双随机, 一公开"监管。（市场监管总局、司法部按职责分工负责）',
    '（一）组织实施',
    '2. 加强统筹协调',
    '二、保障措施',
    '（一）经费保障',
    '3. 安排专项经费,保障"重点任务"。（财政部负责）',
  ].join('\n'),
)

/** csv-parse yields strings: turn them back into a row's types. */
function typed(record: Record<string, string>): PlanRow {
  const num = (s: string) => (s === '' ? null : Number(s))
  return {
    ...record,
    chapter: num(record.chapter as string),
    section: num(record.section as string),
    task: num(record.task as string),
    byDuty: record.byDuty === 'true',
    item: num(record.item as string),
    note: num(record.note as string),
  } as PlanRow
}

describe('toRows', () => {
  const rows = toRows(seed)

  it('has one row per task × department on the seed', () => {
    // 235 names in 115 notes, counted independently with a regular expression.
    expect(rows).toHaveLength(235)
    expect(rows.filter((r) => r.role === 'lead')).toHaveLength(115)
    expect(new Set(rows.map((r) => r.taskId)).size).toBe(115)
  })

  it('adds level, unitId, item, note and deadline after the first columns (seed: every row a task, note 1)', () => {
    expect(ROW_COLUMNS.slice(0, 11)).toEqual(['chapter', 'chapterTitle', 'section', 'sectionTitle', 'task', 'taskId', 'department', 'departmentId', 'role', 'byDuty', 'text'])
    expect(ROW_COLUMNS.slice(11)).toEqual(['level', 'unitId', 'item', 'note', 'deadline', 'departmentLevel', 'departmentPlace', 'sameFunctionAs'])
    expect(rows.every((r) => r.level === 'task' && r.unitId === r.taskId && r.item === null && r.note === 1 && r.deadline === '')).toBe(true)
    // NDJSON keys come in column order.
    expect(Object.keys(rows[0] as object)).toEqual([...ROW_COLUMNS])
  })

  it('keeps chapter, section, role and department as written', () => {
    expect(rows.slice(0, 3).map((r) => [r.chapter, r.chapterTitle, r.section, r.sectionTitle, r.task, r.taskId, r.department, r.departmentId, r.role, r.byDuty])).toEqual([
      [1, '完善知识产权制度', 1, '完善知识产权法律法规规章', 1, 'c1.s1.t1', '市场监管总局', 'samr', 'lead', false],
      [1, '完善知识产权制度', 1, '完善知识产权法律法规规章', 1, 'c1.s1.t1', '农业农村部', 'moa', 'participant', false],
      [1, '完善知识产权制度', 1, '完善知识产权法律法规规章', 1, 'c1.s1.t1', '知识产权局', 'cnipa', 'participant', false],
    ])
    const t86 = rows.filter((r) => r.task === 86)
    expect(t86.map((r) => [r.chapter, r.section, r.sectionTitle, r.department])).toEqual([[4, null, '', '知识产权局']])
  })

  it('gives canonical ids from the registry, then a resolver, and leaves unknown ones empty', () => {
    const plan = parsePlan('一、总则\n1. 甲。（知识产权局、某某研究会、某某协会负责）')
    expect(toRows(plan).map((r) => r.departmentId)).toEqual(['cnipa', '', ''])
    const ids = toRows(plan, { resolve: (n) => (n === '某某协会' ? 'assoc' : undefined) })
    expect(ids.map((r) => r.departmentId)).toEqual(['cnipa', '', 'assoc'])
  })

  it('keeps a task without a note as one row with no department', () => {
    const r = toRows(awkward)
    expect(r.map((x) => [x.task, x.section, x.department, x.role, x.byDuty, x.note])).toEqual([
      [1, null, '市场监管总局', 'lead', true, 1],
      [1, null, '司法部', 'participant', true, 1],
      [2, 1, '', '', false, null],
      [3, 1, '财政部', 'lead', false, 1],
    ])
  })
})

describe('toCsv', () => {
  it('reads back with csv-parse into exactly toRows (seed)', () => {
    const csv = toCsv(toRows(seed), { bom: true })
    expect(csv.startsWith('\uFEFFchapter,chapterTitle,')).toBe(true)
    const records = parse(csv, { columns: true, bom: true }) as Record<string, string>[]
    expect(Object.keys(records[0] as object)).toEqual([...ROW_COLUMNS])
    expect(records.map(typed)).toEqual(toRows(seed))
  })

  it('quotes commas, quotes and line breaks (RFC 4180) and ends records with CRLF', () => {
    const csv = toCsv(toRows(awkward))
    expect(csv.startsWith('chapter,')).toBe(true)
    expect(csv).toContain('"落实""双随机, 一公开""监管。"')
    expect(csv.split('\r\n')).toHaveLength(6) // header, 4 rows, empty after the last CRLF
    expect((parse(csv, { columns: true }) as Record<string, string>[]).map(typed)).toEqual(toRows(awkward))
  })
})

describe('toNdjson', () => {
  it('writes one JSON object per line, equal to the rows', () => {
    const rows = toRows(awkward)
    const text = toNdjson(rows)
    expect(text.endsWith('\n')).toBe(true)
    expect(text.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual(rows)
  })
})

describe('departmentIndex', () => {
  const index = departmentIndex(seed)
  const none = { led: 0, participated: 0, byDuty: 0 }

  it('counts what each department leads and joins (seed)', () => {
    expect(index).toHaveLength(40)
    // Cross-checked with a regular expression over the notes: 36 led, 33 joined, 15 by duty.
    const cnipa = index[0]
    expect(cnipa?.name).toBe('知识产权局')
    expect(cnipa?.led).toHaveLength(36)
    expect(cnipa?.participated).toHaveLength(33)
    expect(cnipa?.byDuty).toBe(15)
    expect(cnipa?.chapters).toEqual([1, 2, 3, 4, 5, 6])
    // Checked by grep over the seed: 林草局 leads 41, 62, 74, 113 and joins 3, 54, 103 (54 and 103 by duty).
    // Their ids by the seed's headings: 41 under 二（二）, 54 under 二（三）, 62 under 三（一）, 74 under 三（二）; 103 and 113 in chapters without sections.
    expect(index.find((e) => e.name === '林草局')).toEqual({
      name: '林草局',
      id: 'nfga',
      names: ['林草局'],
      led: [41, 62, 74, 113],
      participated: [3, 54, 103],
      byDuty: 2,
      chapters: [1, 2, 3, 6, 7],
      ledUnits: ['c2.s2.t41', 'c3.s1.t62', 'c3.s2.t74', 'c7.t113'],
      participatedUnits: ['c1.s1.t3', 'c2.s3.t54', 'c6.t103'],
      levels: { chapter: none, section: none, task: { led: 4, participated: 3, byDuty: 2 }, item: none },
      departmentLevel: 'central',
      place: null,
      sameFunctionAs: null,
    })
  })

  it('sorts by total tasks, then tasks led, then name', () => {
    const totals = index.map((e) => e.led.length + e.participated.length)
    expect(totals).toEqual([...totals].sort((a, b) => b - a))
    expect(index.slice(0, 3).map((e) => e.name)).toEqual(['知识产权局', '中央宣传部', '市场监管总局'])
  })

  it('merges spellings that share an id', () => {
    const plan = parsePlan('一、总则\n1. 甲。（知识产权局负责）\n2. 乙。（商务部、国家知识产权局、某某研究会负责）\n3. 丙。（某某研究中心负责）')
    // The registry knows both spellings of CNIPA; a resolver can join names it does not know.
    const merged = departmentIndex(plan, { resolve: (n) => (n.startsWith('某某研究') ? 'research' : undefined) })
    expect(merged).toEqual([
      // Tied on tasks (2) and tasks led (1): ordered by name.
      { name: '某某研究会', id: 'research', names: ['某某研究会', '某某研究中心'], led: [3], participated: [2], byDuty: 0, chapters: [1], ledUnits: ['c1.t3'], participatedUnits: ['c1.t2'], levels: { chapter: none, section: none, task: { led: 1, participated: 1, byDuty: 0 }, item: none }, departmentLevel: null, place: null, sameFunctionAs: null },
      { name: '知识产权局', id: 'cnipa', names: ['知识产权局', '国家知识产权局'], led: [1], participated: [2], byDuty: 0, chapters: [1], ledUnits: ['c1.t1'], participatedUnits: ['c1.t2'], levels: { chapter: none, section: none, task: { led: 1, participated: 1, byDuty: 0 }, item: none }, departmentLevel: 'central', place: null, sameFunctionAs: null },
      { name: '商务部', id: 'mofcom', names: ['商务部'], led: [2], participated: [], byDuty: 0, chapters: [1], ledUnits: ['c1.t2'], participatedUnits: [], levels: { chapter: none, section: none, task: { led: 1, participated: 0, byDuty: 0 }, item: none }, departmentLevel: 'central', place: null, sameFunctionAs: null },
    ])
  })
})
