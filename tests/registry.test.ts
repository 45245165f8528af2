import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { aliasName, entry } from '../src/registry/entry.js'
import { builtinDepartments, createRegistry, defaultRegistry, nameKey } from '../src/registry/registry.js'
import { resolveDepartment } from '../src/registry/resolve.js'
import { parsePlan } from '../src/index.js'

const seed = readFileSync(new URL('../fixtures/ip-plan-2021-2022.txt', import.meta.url), 'utf8')

describe('department registry data', () => {
  const entries = builtinDepartments()
  const ids = new Set(entries.map((e) => e.id))

  it('has unique ids, and every parent and successor it names exists', () => {
    expect(ids.size).toBe(entries.length)
    for (const e of entries) {
      for (const ref of [...(e.successors ?? []), ...(e.parent ? [e.parent] : [])]) expect(ids, `${e.id} → ${ref}`).toContain(ref)
      if (e.from && e.until) expect(e.from < e.until, e.id).toBe(true)
      if (e.successors) expect(e.until, `${e.id} has successors but no end date`).toBeDefined()
    }
  })

  it('never gives one name to two bodies at the same time (a dated alias counts for its own days only)', () => {
    type Owner = { id: string; from?: string; until?: string }
    const owners = new Map<string, Owner[]>()
    const later = (a?: string, b?: string) => (a === undefined ? b : b === undefined || a > b ? a : b)
    const earlier = (a?: string, b?: string) => (a === undefined ? b : b === undefined || a < b ? a : b)
    for (const e of entries) {
      const named = new Map<string, Owner>([[nameKey(e.name), { id: e.id, from: e.from, until: e.until }]])
      for (const a of e.short) {
        const owner = typeof a === 'string' ? { id: e.id, from: e.from, until: e.until } : { id: e.id, from: later(e.from, a.from), until: earlier(e.until, a.until) }
        named.set(nameKey(aliasName(a)), owner)
      }
      for (const [key, owner] of named) owners.set(key, [...(owners.get(key) ?? []), owner])
    }
    for (const [key, list] of owners) {
      for (const a of list)
        for (const b of list) {
          if (a === b) continue
          const overlap = (a.from ?? '0000') < (b.until ?? '9999') && (b.from ?? '0000') < (a.until ?? '9999')
          expect(overlap, `${key}: ${a.id} and ${b.id}`).toBe(false)
        }
    }
  })

  it('covers the kinds of central organs plans name', () => {
    const kinds = new Set(entries.map((e) => e.kind))
    expect([...kinds].sort()).toEqual(['administration', 'agency', 'institution', 'judicial', 'legislature', 'military', 'ministry', 'party', 'people-organization'])
    expect(entries.filter((e) => e.kind === 'ministry' && !e.until)).toHaveLength(26)
  })
})

describe('resolving names', () => {
  it('resolves all 40 department names of the seed', () => {
    const notes = [...seed.matchAll(/（([^（）]*?)(?:按职责分工负责|负责)）/g)].map((m) => m[1] as string)
    const names = new Set(notes.flatMap((n) => n.split('、')))
    expect(names.size).toBe(40)
    const unresolved = [...names].filter((n) => !resolveDepartment(n).id)
    expect(unresolved).toEqual([])
  })

  it('gives 知识产权局 and 国家知识产权局 the same id; 林草局 / 国家林草局 / 国家林业和草原局 too', () => {
    expect(resolveDepartment('知识产权局')).toEqual({ id: 'cnipa', canonical: '国家知识产权局', kind: 'agency' })
    expect(resolveDepartment('国家知识产权局').id).toBe('cnipa')
    expect(new Set(['林草局', '国家林草局', '国家林业和草原局'].map((n) => resolveDepartment(n).id))).toEqual(new Set(['nfga']))
  })

  it('accepts official prefixes and either bracket width', () => {
    expect(resolveDepartment('中华人民共和国商务部').id).toBe('mofcom')
    expect(resolveDepartment('中共中央宣传部').id).toBe('publicity')
    expect(resolveDepartment('国家统计局').id).toBe(resolveDepartment('统计局').id)
    expect(resolveDepartment('中央党校(国家行政学院)').id).toBe('party-school')
  })

  it('picks the body a name meant at the plan date', () => {
    expect(resolveDepartment('广电总局', { date: '2016-06-01' }).id).toBe('sapprft')
    expect(resolveDepartment('广电总局', { date: '2021-12-27' }).id).toBe('nrta')
    expect(resolveDepartment('广电总局').id).toBe('nrta')
  })

  it('resolves task departments at the date the plan states, wherever it states it', () => {
    const plan = (date: string) => `发布时间：${date}\n一、加强保护\n1. 规范播出。（广电总局、知识产权局负责）`
    const firstTask = (text: string) => parsePlan(text).children.find((c) => c.type === 'chapter')?.children[0]
    const at2016 = firstTask(plan('2016-06-01'))
    const at2021 = firstTask(plan('2021-12-27'))
    expect(at2016?.type === 'task' && at2016.responsibility?.leads[0]).toMatchObject({ name: '广电总局', id: 'sapprft', canonical: resolveDepartment('广电总局', { date: '2016-06-01' }).canonical })
    expect(at2021?.type === 'task' && at2021.responsibility?.leads[0]).toMatchObject({ name: '广电总局', id: 'nrta', canonical: '国家广播电视总局' })
    // The participant, the same body at either date, is untouched.
    expect(at2016?.type === 'task' && at2016.responsibility?.participants[0]).toMatchObject({ id: 'cnipa' })
  })

  it('follows the 2018 and 2023 reforms through renamings and mergers', () => {
    const registry = defaultRegistry()
    expect(registry.successors('cbirc', { date: '2021-12-27' }).map((e) => e.id)).toEqual(['cbirc'])
    expect(registry.successors('cbirc', { date: '2024-01-01' }).map((e) => e.name)).toEqual(['国家金融监督管理总局'])
    expect(registry.successors('cbrc', { date: '2024-01-01' }).map((e) => e.id)).toEqual(['nfra'])
    expect(registry.successors('saic', { date: '2019-01-01' }).map((e) => e.id)).toEqual(['samr'])
    expect(registry.successors('aqsiq', { date: '2019-01-01' }).map((e) => e.id)).toEqual(['samr', 'gacc'])
    expect(registry.successors('cpad', { date: '2024-01-01' }).map((e) => e.id)).toEqual(['moa'])
  })

  it('recognises collectives and local units, and leaves unknown names empty', () => {
    for (const name of ['联席会议办公室', '联席会议（有关）成员单位', '联席会议成员单位', '各地区', '国务院相关部门', '各省级人民政府', '领导小组各成员单位']) {
      expect(resolveDepartment(name).kind, name).toBe('collective')
    }
    expect(resolveDepartment('联席会议（有关）成员单位').id).toBe(resolveDepartment('联席会议成员单位').id)
    // Groups of other families' notes: departments and localities together, the other departments.
    expect(resolveDepartment('有关部门和地方')).toMatchObject({ id: 'collective.departments-and-localities', kind: 'collective' })
    expect(resolveDepartment('相关部门及各地方')).toMatchObject({ id: 'collective.departments-and-localities', kind: 'collective' })
    expect(resolveDepartment('其他有关部门')).toMatchObject({ id: 'collective.state-council-departments', kind: 'collective' })
    expect(resolveDepartment('有关地方')).toMatchObject({ id: 'collective.localities', kind: 'collective' })
    expect(resolveDepartment('各责任单位')).toMatchObject({ id: 'collective.relevant-units', kind: 'collective' })
    expect(resolveDepartment('有关部门和地方税务局').kind).not.toBe('collective')
    expect(resolveDepartment('市知识产权局')).toEqual({ kind: 'local', level: 'city', sameFunctionAs: 'cnipa' })
    expect(resolveDepartment('区政府办公室')).toEqual({ kind: 'local', level: 'county' })
    expect(resolveDepartment('杭州市市场监管局')).toEqual({ kind: 'local', level: 'city', place: '杭州市', sameFunctionAs: 'samr' })
    expect(resolveDepartment('浙江省知识产权局')).toEqual({ kind: 'local', level: 'province', place: '浙江省', sameFunctionAs: 'cnipa' })
    expect(resolveDepartment('市场监管局')).toEqual({})
    expect(resolveDepartment('中国技术交易所')).toEqual({})
  })
})

describe('createRegistry', () => {
  it('extends the built-in data with entries of your own', () => {
    const registry = createRegistry([...builtinDepartments(), entry('cnipa-patent-office', '国家知识产权局专利局', 'institution', ['专利局'], { parent: 'cnipa' })])
    expect(resolveDepartment('专利局', { registry })).toEqual({ id: 'cnipa-patent-office', canonical: '国家知识产权局专利局', kind: 'institution' })
    expect(resolveDepartment('专利局')).toEqual({})
  })

  it('refuses duplicate ids', () => {
    expect(() => createRegistry([entry('x', '甲局', 'agency'), entry('x', '乙局', 'agency')])).toThrow(/duplicate id “x”/)
  })
})

describe('parsePlan with a registry of your own', () => {
  it('resolves names only your entries know, and checks the option', async () => {
    const { parsePlan } = await import('../src/parse-plan.js')
    const registry = createRegistry([...builtinDepartments(), entry('ctex', '中国技术交易所', 'institution', ['技术交易所'])])
    const text = '一、加强合作\n1. 建设交易平台。（技术交易所、知识产权局负责）'
    const plan = parsePlan(text, { registry })
    const chapter = plan.children[0]
    const task = chapter?.type === 'chapter' ? chapter.children[0] : undefined
    expect(task?.type === 'task' && task.responsibility?.leads[0]).toMatchObject({ name: '技术交易所', id: 'ctex', canonical: '中国技术交易所' })
    expect(plan.diagnostics).toEqual([])
    expect(parsePlan(text).diagnostics.map((d) => d.ruleId)).toEqual(['unknown-department'])
    expect(() => parsePlan(text, { registry: {} as never })).toThrow(TypeError)
  })
})
