import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePlan } from '../../src/index.js'
import type { Plan, Task } from '../../src/types.js'
import { names, tasks } from './helpers.js'
import { htmlViolation, violation } from '../property/invariants.js'

const read = (name: string) => readFileSync(new URL(`../../fixtures/tables/${name}`, import.meta.url), 'utf8')

describe('fixtures/tables/city-business-environment-2024.html: a city plan published as an HTML table', () => {
  const input = read('city-business-environment-2024.html')
  const plan = parsePlan(input)

  it('gives 3 chapters (colspan rows) and 8 tasks, each with its lead', () => {
    expect(plan.children.filter((c) => c.type === 'chapter').map((c) => (c.type === 'chapter' ? [c.marker, c.title, c.children.length] : null))).toEqual([
      ['一、', '提升政务服务效能', 3],
      ['二、', '优化市场准入环境', 2],
      ['三、', '加强市场监管和法治保障', 3],
    ])
    expect(tasks(plan).map((t) => [t.id, names(t.responsibility?.leads)])).toEqual([
      ['c1.t1', ['市政务服务局']],
      ['c1.t2', ['市大数据局']],
      ['c1.t3', ['市市场监管局']],
      ['c2.t4', ['市发展改革委']],
      ['c2.t5', ['市住房城乡建设局']],
      ['c3.t6', ['市市场监管局']],
      ['c3.t7', ['市知识产权局']],
      ['c3.t8', ['市司法局']],
    ])
    expect(plan.diagnostics.map((d) => d.ruleId)).toEqual(['html-title'])
  })

  it('reads participants across <br>, open lists, 按职责分工, and deadlines (a rowspan deadline in its first row)', () => {
    const [t1, t2, t3, , , t6] = tasks(plan)
    expect(names(t1?.responsibility?.participants)).toEqual(['市大数据局', '各县（市、区）人民政府'])
    expect(t1?.text).toBe('深化“一网通办”改革，推动高频政务服务事项全程网办。')
    expect([t1?.responsibility?.deadline, t2?.responsibility?.deadline]).toEqual(['2024年12月底前', undefined])
    expect(t3?.responsibility?.openList).toBe(true)
    expect(t6?.responsibility?.byDuty).toBe(true)
  })

  it('keeps every invariant of an HTML parse', () => {
    expect(htmlViolation(input)).toBeNull()
  })
})

describe('fixtures/tables/county-ip-2024.tsv.txt: a county plan copied out of Word as TSV', () => {
  const input = read('county-ip-2024.tsv.txt')
  const plan = parsePlan(input)

  it('gives 2 chapters, 2 sections and 7 tasks, every one with a lead', () => {
    expect(tasks(plan).map((t) => [t.id, t.marker, names(t.responsibility?.leads)])).toEqual([
      ['c1.t1', '1', ['县市场监管局']],
      ['c1.t2', '2', ['县市场监管局']],
      ['c1.t3', '3', ['县农业农村局']],
      ['c2.s1.t4', '4', ['县市场监管局']],
      ['c2.s1.t5', '5', ['县商务局']],
      ['c2.s2.t6', '6', ['县法院']],
      ['c2.s2.t7', '7', ['各乡镇人民政府']],
    ])
    expect(plan.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId)).toEqual([])
  })

  it('reads quoted cells, a row split over two lines, leaders and a repeated header', () => {
    const [, t2, t3] = tasks(plan)
    expect(t2?.text).toBe('开展专利“清零”行动，推动规上工业企业专利全覆盖。')
    expect(names(t2?.responsibility?.participants)).toEqual(['县工信局', '县统计局'])
    expect(t3?.text).toBe('推进地理标志产品保护，申报地理标志证明商标1件。')
    expect(tasks(plan).map((t) => t.responsibility?.clauses?.[0]?.text)).toEqual(['李明', '李明', '王芳', '张强', '张强', '赵刚', '王芳'])
    expect(plan.children.filter((c) => c.type === 'chapter')[1]?.children[0]?.type).toBe('paragraph')
  })

  it('keeps every invariant of a text parse, the round trip through toText included', () => {
    expect(violation(input)).toBeNull()
  })
})
