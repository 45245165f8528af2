// Issue 16, item 1: a bare name in a provincial or city plan means the
// province's or city's own body, never the ministry in Beijing.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { departmentIndex, diffPlans, toRows } from '../src/analytics/index.js'
import { parsePlan } from '../src/index.js'
import { resolveDepartment } from '../src/registry/resolve.js'
import type { Department, Plan, Responsibility, Unit } from '../src/types.js'

const province = { level: 'province', place: '浙江省' } as const

/** Every department of every note, in document order. */
function departments(plan: Plan): Department[] {
  const out: Department[] = []
  const walk = (nodes: readonly Plan['children'][number][]) => {
    for (const n of nodes) {
      if (n.type === 'paragraph') continue
      const unit = n as Unit
      for (const r of unit.notes ?? (unit.responsibility ? [unit.responsibility as Responsibility] : [])) out.push(...r.departments)
      walk(((unit as { children?: unknown[] }).children ?? []) as Plan['children'][number][])
    }
  }
  walk(plan.children)
  return out
}
const byName = (plan: Plan) => new Map(departments(plan).map((d) => [d.name, d]))

describe('resolving in a local plan', () => {
  it('gives a bare name local bodies also bear the plan’s own body, with the central body of that function', () => {
    for (const [name, same] of [['知识产权局', 'cnipa'], ['国资委', 'sasac'], ['版权局', 'publicity'], ['统计局', 'nbs']] as const) {
      expect(resolveDepartment(name, { date: '2024-01-01', jurisdiction: province }), name).toEqual({ kind: 'local', level: 'province', place: '浙江省', sameFunctionAs: same })
    }
    // 法制办 in a plan of 2010: the function was then 国务院法制办's.
    expect(resolveDepartment('法制办', { date: '2010-01-01', jurisdiction: province }).sameFunctionAs).toBe('legal-office')
    // A unit named as local bodies name themselves: 厅 and 局 for a ministry's 部, 局 for a 总局.
    expect(resolveDepartment('财政厅', { jurisdiction: province })).toEqual({ kind: 'local', level: 'province', place: '浙江省', sameFunctionAs: 'mof' })
    expect(resolveDepartment('市场监管局', { jurisdiction: { level: 'city' } })).toEqual({ kind: 'local', level: 'city', sameFunctionAs: 'samr' })
  })

  it('keeps names only a central body bears central', () => {
    for (const name of ['国家知识产权局', '海关总署', '科技部', '市场监管总局', '国知局', '证监会', '中宣部', '中央网信办']) {
      expect(resolveDepartment(name, { jurisdiction: province }).id, name).toBe(resolveDepartment(name).id)
      expect(resolveDepartment(name, { jurisdiction: province }).id, name).toBeDefined()
    }
  })

  it('keeps today’s resolution in a central plan, and when the level is unknown', () => {
    expect(resolveDepartment('知识产权局', { jurisdiction: { level: 'central' } })).toEqual(resolveDepartment('知识产权局'))
    expect(resolveDepartment('知识产权局').id).toBe('cnipa')
  })

  it('reads a level word as the plan’s own place when it is the place’s level (北京市, 自治区)', () => {
    expect(resolveDepartment('市发展改革委', { jurisdiction: { level: 'province', place: '北京市' } })).toMatchObject({ level: 'province', place: '北京市' })
    expect(resolveDepartment('区发展改革委', { jurisdiction: { level: 'province', place: '广西壮族自治区' } })).toMatchObject({ level: 'province', place: '广西壮族自治区' })
    // In a city plan, 省 is the province above, place unknown.
    expect(resolveDepartment('省知识产权局', { jurisdiction: { level: 'city', place: '杭州市' } })).toEqual({ kind: 'local', level: 'province', sameFunctionAs: 'cnipa' })
  })
})

describe('a level prefix on a list’s first unit', () => {
  const note = (text: string, front = '') => {
    const plan = parsePlan(`${front}一、重点任务\n1. 推进工作。（${text}）`)
    return departments(plan).map((d) => [d.name, d.id ?? null, d.level ?? null])
  }

  it('reaches over the names after it (省统计局、知识产权局、版权局), in a plan that says nothing of its level', () => {
    expect(note('省统计局、知识产权局、版权局负责')).toEqual([
      ['省统计局', null, 'province'],
      ['知识产权局', null, 'province'],
      ['版权局', null, 'province'],
    ])
    // Without the prefix, a plan of unknown level is read as central.
    expect(note('统计局、知识产权局负责')).toEqual([
      ['统计局', 'nbs', null],
      ['知识产权局', 'cnipa', null],
    ])
  })

  it('stops at a unit with its own prefix, and never at a name only a central body bears', () => {
    // 市知识产权局 has its own; 财政局, after it, is still read under the first unit's 省.
    expect(note('省发展改革委、市知识产权局、财政局负责')).toEqual([
      ['省发展改革委', null, 'province'],
      ['市知识产权局', null, 'city'],
      ['财政局', null, 'province'],
    ])
    expect(note('省知识产权局、国家知识产权局、海关总署负责')).toEqual([
      ['省知识产权局', null, 'province'],
      ['国家知识产权局', 'cnipa', null],
      ['海关总署', 'gacc', null],
    ])
  })

  it('reaches as the province in a city plan', () => {
    expect(note('省知识产权局、版权局负责', '杭州市人民政府办公厅关于印发《计划》的通知\n')).toEqual([
      ['省知识产权局', null, 'province'],
      ['版权局', null, 'province'],
    ])
  })
})

// Invented plans, with the front matter local plans carry.
const PROVINCIAL = [
  '浙江省人民政府办公厅关于印发《浙江省2024年知识产权工作要点》的通知',
  '各市、县（市、区）人民政府，省政府直属各单位：',
  '现将《浙江省2024年知识产权工作要点》印发给你们，请认真贯彻执行。',
  '浙江省人民政府办公厅',
  '2024年3月1日',
  '浙江省2024年知识产权工作要点',
  '一、强化知识产权保护',
  '1. 开展专利侵权纠纷行政裁决。（知识产权局、司法厅负责）',
  '2. 推进国有企业知识产权管理。（国资委、知识产权局负责）',
  '3. 加强版权执法。（版权局、公安厅负责）',
  '4. 落实国家部署的专项行动。（省知识产权局、国家知识产权局负责）',
  '5. 加强进出口环节保护。（杭州海关、海关总署负责）',
].join('\n')

const CITY = [
  '杭州市2024年知识产权工作要点',
  '一、重点任务',
  '1. 完善知识产权公共服务。（知识产权局、统计局负责）',
  '2. 加强市场主体培育。（市场监管局、科技局负责）',
  '3. 配合省里开展专项行动。（省知识产权局、版权局负责）',
].join('\n')

describe('an invented provincial plan', () => {
  const plan = parsePlan(PROVINCIAL)
  const names = byName(plan)

  it('says it is the province’s, read from its issuer', () => {
    expect(plan.meta?.jurisdiction).toMatchObject({ raw: '浙江省', level: 'province', place: '浙江省', from: 'issuer', position: { start: { line: 4, column: 1 }, end: { line: 4, column: 4 } } })
  })

  it('resolves its bare names to the province’s bodies', () => {
    for (const [name, same] of [['知识产权局', 'cnipa'], ['司法厅', 'moj'], ['国资委', 'sasac'], ['版权局', 'publicity'], ['公安厅', 'mps']] as const) {
      expect(names.get(name), name).toMatchObject({ kind: 'local', level: 'province', place: '浙江省', sameFunctionAs: same })
      expect(names.get(name)?.id, name).toBeUndefined()
    }
  })

  it('gives a central id only where the plan names a central body', () => {
    const central = departments(plan).filter((d) => d.id !== undefined).map((d) => [d.name, d.id])
    expect(central).toEqual([
      ['国家知识产权局', 'cnipa'],
      ['海关总署', 'gacc'],
    ])
  })

  it('credits the province, not the ministry, in the department index; 省知识产权局 and 知识产权局 are one body', () => {
    const index = departmentIndex(plan)
    const ip = index.find((e) => e.name === '知识产权局')
    expect(ip).toMatchObject({ id: null, departmentLevel: 'province', place: '浙江省', sameFunctionAs: 'cnipa', names: ['知识产权局', '省知识产权局'] })
    expect(ip?.ledUnits).toEqual(['c1.t1', 'c1.t4'])
    expect(index.find((e) => e.id === 'cnipa')).toMatchObject({ names: ['国家知识产权局'], departmentLevel: 'central', ledUnits: [], participatedUnits: ['c1.t4'] })
  })

  it('gives the level in every row', () => {
    const rows = toRows(plan).filter((r) => r.taskId === 'c1.t4')
    expect(rows.map((r) => [r.department, r.departmentId, r.departmentLevel, r.departmentPlace, r.sameFunctionAs])).toEqual([
      ['省知识产权局', '', 'province', '浙江省', 'cnipa'],
      ['国家知识产权局', 'cnipa', 'central', '', ''],
    ])
  })
})

describe('an invented city plan', () => {
  const plan = parsePlan(CITY)
  const names = byName(plan)

  it('says it is the city’s, read from its title', () => {
    expect(plan.meta?.jurisdiction).toMatchObject({ raw: '杭州市', level: 'city', place: '杭州市', from: 'title' })
  })

  it('resolves its bare names to the city’s bodies, and a list under 省 to the province’s', () => {
    expect(names.get('知识产权局')).toMatchObject({ kind: 'local', level: 'city', place: '杭州市', sameFunctionAs: 'cnipa' })
    expect(names.get('市场监管局')).toMatchObject({ kind: 'local', level: 'city', place: '杭州市', sameFunctionAs: 'samr' })
    expect(names.get('科技局')).toMatchObject({ kind: 'local', level: 'city', sameFunctionAs: 'most' })
    expect(names.get('版权局')).toEqual(expect.objectContaining({ kind: 'local', level: 'province' }))
    expect(names.get('版权局')?.place).toBeUndefined()
    expect(departments(plan).filter((d) => d.id !== undefined)).toEqual([])
  })

  it('shows a lead that moved from the ministry to the city’s bureau in a diff', () => {
    const central = parsePlan('一、重点任务\n1. 完善知识产权公共服务。（商务部、统计局负责）')
    const d = diffPlans(central, plan)
    const change = d.changed.find((m) => m.a.id === 'c1.t1')
    expect(change?.lead).toEqual({ from: ['商务部'], to: ['知识产权局'], fromDepartmentLevels: ['central'], toDepartmentLevels: ['city'] })
  })
})

describe('a central plan (the seed)', () => {
  const seed = parsePlan(readFileSync(new URL('../fixtures/ip-plan-2021-2022.txt', import.meta.url), 'utf8'))

  it('is read as central, from its issuer', () => {
    expect(seed.meta?.jurisdiction).toMatchObject({ level: 'central', from: 'issuer', raw: '国务院知识产权战略实施工作部际联席会议办公室' })
  })

  it('keeps the ids of its 40 names, and no department is local', () => {
    const all = departments(seed)
    const ids = new Map(all.map((d) => [d.name, d.id]))
    // 38 bodies and two collectives (联席会议办公室, 联席会议成员单位), every one with an id.
    expect(ids.size).toBe(40)
    expect([...ids.values()].every((id) => id !== undefined)).toBe(true)
    for (const [name, id] of ids) expect(id, name).toBe(resolveDepartment(name).id)
    expect(ids.get('知识产权局')).toBe('cnipa')
    expect(all.some((d) => d.kind === 'local' || d.level !== undefined)).toBe(false)
  })
})

describe('the provincial and city files of the real corpus', () => {
  const dir = new URL('../fixtures/corpus/', import.meta.url)
  const national = new Set(['guowuyuan-fengong', 'jiankang-national'])
  const local = readdirSync(new URL('expect/', dir))
    .map((f) => ({ slug: f.replace(/\.json$/, ''), family: (JSON.parse(readFileSync(new URL(`expect/${f}`, dir), 'utf8')) as { family: string }).family }))
    .filter((f) => !national.has(f.family))
  // Names a central body alone bears: none of the local excerpts names one.
  const centralName = /^(?:国家|中央|中共中央|国务院|全国|最高)|(?:总局|总署)$/

  it.each(local.map((f) => f.slug))('%s gives no central id to a body of its own', (slug) => {
    const plan = parsePlan(readFileSync(new URL(`raw/${slug}.txt`, dir), 'utf8'))
    const meta = plan.meta
    const named = [...departments(plan), ...(meta?.recipients?.departments ?? []), ...(meta?.issuer?.departments ?? [])]
    const central = named.filter((d) => d.id !== undefined && d.kind !== 'collective' && !centralName.test(d.name))
    expect(central.map((d) => `${d.name}=${d.id}`)).toEqual([])
  })

  it('resolves the shared-prefix lists of the Guangdong task split to the province (省统计局、知识产权局、版权局)', () => {
    const plan = parsePlan(readFileSync(new URL('raw/guangdong-ipstrategy-tasks-sc-lawyee-p4.txt', dir), 'utf8'))
    const names = byName(plan)
    for (const name of ['知识产权局', '版权局']) expect(names.get(name), name).toMatchObject({ kind: 'local', level: 'province' })
    const p3 = byName(parsePlan(readFileSync(new URL('raw/guangdong-ipstrategy-tasks-sc-lawyee-p3.txt', dir), 'utf8')))
    for (const [name, same] of [['国资委', 'sasac'], ['法制办', 'legal-office'], ['财政厅', 'mof']] as const) expect(p3.get(name), name).toMatchObject({ kind: 'local', level: 'province' })
    expect(p3.get('国资委')?.sameFunctionAs).toBe('sasac')
  })

  it('reads the level of each local excerpt whose front says it', () => {
    const levelOf = (slug: string) => {
      const j = parsePlan(readFileSync(new URL(`raw/${slug}.txt`, dir), 'utf8')).meta?.jurisdiction
      return j ? [j.level, j.place ?? null, j.from] : null
    }
    expect(levelOf('tongxiang-zfgzbg-2020-sc-nbxinxi')).toEqual(['city', '桐乡市', 'issuer'])
    expect(levelOf('hainan-shuangda-2017-sc-hainstyn')).toEqual(['province', '海南省', 'issuer'])
    expect(levelOf('lishan-zfgzbg-2023-sc-govcn')).toEqual(['county', '立山区', 'issuer'])
    expect(levelOf('jiangxi-shuangda-2015-sc-baogaosu')).toEqual(['province', null, 'title'])
    expect(levelOf('hubei-yingshang-2018-tc-chaincentury')).toEqual(['province', null, 'recipients'])
    expect(levelOf('gwy-zfgzbg-fengong-2018-sc-focustax')).toEqual(['central', null, 'recipients'])
    // A table that starts mid-document says nothing; its title-like first line is a phrase, not a place.
    expect(levelOf('zhejiang-ip-tasktable-2016-sc-121jk-pdfwrap')).toBeNull()
  })
})
