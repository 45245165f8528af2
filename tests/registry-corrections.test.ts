// Issue 16: the registry checked against the 2018 and 2023 reform plans and
// the State Council's notices on its bodies. One test per finding.
import { describe, expect, it } from 'vitest'
import { type RegistryEntry, entry, stageAt } from '../src/registry/entry.js'
import { builtinDepartments, createRegistry, defaultRegistry } from '../src/registry/registry.js'
import { resolveDepartment } from '../src/registry/resolve.js'
import { parsePlan } from '../src/index.js'

const registry = defaultRegistry()
const at = (name: string, date: string) => resolveDepartment(name, { date })
const entryOf = (id: string) => registry.byId(id) as RegistryEntry
/** A central plan of one task, dated. */
const plan = (date: string, note: string) => parsePlan(`发布时间：${date}\n一、重点任务\n1. 推进工作。（${note}）`)
const firstTask = (p: ReturnType<typeof parsePlan>) => {
  const chapter = p.children.find((c) => c.type === 'chapter')
  const task = chapter?.type === 'chapter' ? chapter.children[0] : undefined
  return task?.type === 'task' ? task : undefined
}
const renamed = (p: ReturnType<typeof parsePlan>) => p.diagnostics.filter((d) => d.ruleId === 'department-renamed').map((d) => d.reason)

describe('every entry', () => {
  it('carries the source it was checked against', () => {
    for (const e of builtinDepartments()) expect(e.source?.trim(), e.id).toBeTruthy()
  })

  it('has a dated kind history consistent with its own kind and parent', () => {
    for (const e of builtinDepartments().filter((x) => x.kinds)) {
      const last = e.kinds?.[e.kinds.length - 1]
      expect([last?.kind, last?.parent], e.id).toEqual([e.kind, e.parent])
    }
  })
})

describe('国家知识产权局: kind by date', () => {
  it('is a State Council body before 2018, an administration under 市场监管总局 2018–2023, a State Council body again from 2023', () => {
    const cnipa = entryOf('cnipa')
    expect(stageAt(cnipa, '2017-06-01')).toEqual({ kind: 'agency' })
    expect(stageAt(cnipa, '2020-06-01')).toEqual({ from: '2018-03-17', kind: 'administration', parent: 'samr' })
    expect(stageAt(cnipa, '2024-06-01')).toEqual({ from: '2023-03-10', kind: 'agency' })
  })

  it('resolves 知识产权局 in 2017, 2020 and 2024 plans to cnipa, of the kind it had then', () => {
    const leads = ['2017-06-01', '2020-06-01', '2024-06-01'].map((d) => firstTask(plan(d, '知识产权局负责'))?.responsibility?.leads[0])
    expect(leads.map((d) => [d?.id, d?.canonical, d?.kind])).toEqual([
      ['cnipa', '国家知识产权局', 'agency'],
      ['cnipa', '国家知识产权局', 'administration'],
      ['cnipa', '国家知识产权局', 'agency'],
    ])
    // The recipients and issuer are resolved the same way.
    const notice = parsePlan('主送：知识产权局：\n国家知识产权局\n2020年6月1日\n一、重点任务\n1. 推进。（知识产权局负责）')
    expect(notice.meta?.issuer?.departments[0]).toMatchObject({ id: 'cnipa', kind: 'administration' })
  })
})

describe('categories that changed in 2023, with dates', () => {
  it('中国证监会: institution, then agency', () => {
    expect(at('证监会', '2020-01-01').kind).toBe('institution')
    expect(at('证监会', '2024-01-01').kind).toBe('agency')
  })

  it('国家信访局: administration under 国务院办公厅, then agency', () => {
    expect(stageAt(entryOf('nplb'), '2020-01-01')).toEqual({ kind: 'administration', parent: 'gov-office' })
    expect(at('信访局', '2024-01-01').kind).toBe('agency')
  })
})

describe('bodies moved, renamed or opened', () => {
  it('中央科技委员会办公室 is no body of its own: the reorganised 科学技术部 carries it', () => {
    expect(registry.byId('science-commission')).toBeUndefined()
    expect(at('中央科技委员会办公室', '2024-01-01').id).toBe('most')
    expect(at('中央科技办', '2024-01-01').id).toBe('most')
  })

  it('中央农办 sits in 农业农村部 from 2018, with 中央财办 from 2023', () => {
    const office = entryOf(resolveDepartment('中央农办').id as string)
    expect(office.name).toBe('中央农村工作领导小组办公室')
    expect(stageAt(office, '2019-01-01').parent).toBe('moa')
    expect(stageAt(office, '2024-01-01').parent).toBe('finance-economy')
  })

  it('国家消防救援局 opened on 2023-01-06', () => {
    expect(entryOf('nfra-fire').from).toBe('2023-01-06')
    expect(renamed(plan('2023-02-01', '消防救援局负责'))).toEqual([])
  })

  it('国家外国专家局: under 人事部, then 人力资源社会保障部; a plate of 科技部 from 2018, of 人力资源社会保障部 from 2023', () => {
    const safea = entryOf('safea')
    expect(stageAt(safea, '2005-01-01').parent).toBe('mop')
    expect(stageAt(safea, '2012-01-01').parent).toBe('mohrss')
    expect(at('国家外国专家局', '2012-01-01').id).toBe('safea')
    expect(at('国家外国专家局', '2020-01-01').id).toBe('most')
    expect(at('外专局', '2024-01-01').id).toBe('mohrss')
    // A plate is still the body's name: no renamed diagnostic.
    expect(renamed(plan('2020-06-01', '外专局负责'))).toEqual([])
  })

  it('国家矿山安全监察局 has its predecessor 国家煤矿安全监察局', () => {
    expect(at('国家煤矿安全监察局', '2019-01-01')).toMatchObject({ id: 'sacms', kind: 'administration' })
    expect(stageAt(entryOf('sacms'), '2019-01-01').parent).toBe('mem')
    expect(registry.successors('sacms', { date: '2021-01-01' }).map((e) => e.id)).toEqual(['nmsa'])
    expect(renamed(plan('2021-06-01', '煤矿安监局负责'))).toHaveLength(1)
  })

  it('the four PLA general departments, before the 2016 reform of the CMC organs', () => {
    expect(['总参谋部', '总政治部', '总后勤部', '总装备部'].map((n) => at(n, '2015-01-01').id)).toEqual(['pla-general-staff', 'pla-general-political', 'pla-general-logistics', 'pla-general-armament'])
    expect(registry.successors('pla-general-armament', { date: '2017-01-01' }).map((e) => e.id)).toEqual(['cmc-equipment'])
    expect(entryOf('cmc-equipment').from).toBe('2016-01-11')
  })
})

describe('one office, two names: plates are aliases of one entry', () => {
  it('leaves no entry for a plate', () => {
    for (const id of ['nppa', 'film-admin', 'cnsa', 'caea', 'nasg', 'nsc', 'science-commission']) expect(registry.byId(id), id).toBeUndefined()
  })

  it('gives a ministry’s second plate the ministry (国家航天局, 国家原子能机构, 国家标准委, 国家认监委)', () => {
    expect(at('国家航天局', '2024-01-01')).toEqual({ id: 'miit', canonical: '工业和信息化部', kind: 'ministry' })
    expect(at('国家原子能机构', '2024-01-01').id).toBe('miit')
    expect(at('国家标准委', '2020-01-01').id).toBe('samr')
    expect(at('国家认监委', '2020-01-01').id).toBe('samr')
    // Before 2018 they were administrations under 国家质检总局.
    expect(at('国家标准委', '2015-01-01')).toMatchObject({ id: 'sac', kind: 'administration' })
    expect(entryOf('cnca').parent).toBe('aqsiq')
  })

  it('gives the Party Centre’s plates their department', () => {
    const in2020 = ['国家版权局', '版权局', '国家新闻出版署', '国家电影局', '国新办', '国家公务员局', '国家宗教局', '国务院侨办', '国家监委', '国家保密局'].map((n) => at(n, '2020-01-01').id)
    expect(in2020).toEqual(['publicity', 'publicity', 'publicity', 'publicity', 'publicity', 'organization', 'united-front', 'united-front', 'ccdi', 'confidentiality'])
    // 国家版权局 was 新闻出版总署's plate, then 新闻出版广电总局's.
    expect(at('国家版权局', '2010-01-01').id).toBe('gapp')
    expect(at('国家版权局', '2015-01-01').id).toBe('sapprft')
  })

  it('gives the plates taken over in 2023 their new body, without a renamed diagnostic', () => {
    expect(at('国务院港澳办', '2020-01-01').id).toBe('hmo')
    expect(at('国务院港澳办', '2024-01-01').id).toBe('hkmao')
    expect(at('乡村振兴局', '2024-01-01').id).toBe('moa')
    expect(renamed(plan('2024-06-01', '国务院港澳办、乡村振兴局负责'))).toEqual([])
  })
})

describe('bodies plans name that were missing', () => {
  it('resolves each of them', () => {
    const names = ['中国地震局', '国家自然科学基金委员会', '中央依法治国办', '中央审计委员会办公室', '国家语委', '国家核安全局', '国家反垄断局', '国家公园管理局', '全国老龄办', '全国青联', '中国宋庆龄基金会', '中华全国供销合作总社']
    expect(names.map((n) => at(n, '2024-01-01').id)).toEqual(['cea', 'nsfc', 'law-based-governance', 'audit-commission', 'moe', 'mee', 'samr', 'nfga', 'aging-office', 'acyf', 'cclf', 'acfsmc'])
  })

  it('records who manages or seats them, by date', () => {
    expect(stageAt(entryOf('cea'), '2020-01-01').parent).toBe('mem')
    expect(stageAt(entryOf('nsfc'), '2020-01-01').parent).toBe('most')
    expect(entryOf('law-based-governance').parent).toBe('moj')
    expect(entryOf('audit-commission').parent).toBe('nao')
    expect(stageAt(entryOf('aging-office'), '2020-01-01').parent).toBe('nhc')
    expect(stageAt(entryOf('aging-office'), '2024-01-01').parent).toBe('mca')
    expect(at('国家核安全局', '2016-01-01').id).toBe('mep')
  })

  it('knows a ministry’s internal bureaus not named 司 (质量发展局)', () => {
    expect(resolveDepartment('质量发展局')).toEqual({ kind: 'internal' })
    expect(resolveDepartment('执法稽查局')).toEqual({ kind: 'internal' })
  })
})

describe('createRegistry checks its entries', () => {
  const ok = () => entry('x', '甲局', 'agency')
  const bad = (e: object) => () => createRegistry([ok(), { ...entry('y', '乙局', 'agency'), ...e } as RegistryEntry])
  it('with a TypeError naming the entry and the field', () => {
    expect(bad({ kind: 'bureau' })).toThrow(TypeError)
    expect(bad({ kind: 'bureau' })).toThrow(/entry “y”: “kind” must be one of/)
    expect(bad({ name: '' })).toThrow(/entry “y”: “name” must be a non-empty string/)
    expect(bad({ from: '2018/03/17' })).toThrow(/entry “y”: “from” must be a date YYYY-MM-DD/)
    expect(bad({ from: '2020-01-01', until: '2019-01-01' })).toThrow(/entry “y”: “until” must be after “from”/)
    expect(bad({ short: '乙' })).toThrow(/entry “y”: “short” must be an array/)
    expect(bad({ short: [{ name: '乙', from: 'soon' }] })).toThrow(/entry “y”: “short\[0\]\.from” must be a date/)
    expect(bad({ successors: ['x'] })).toThrow(/entry “y”: “successors” needs “until”/)
    expect(bad({ parent: 'nobody' })).toThrow(/entry “y”: names “nobody”/)
    expect(bad({ kinds: [{ kind: 'agency' }, { kind: 'ministry' }] })).toThrow(/entry “y”: “kinds\[1\]\.from” must be a date/)
    expect(bad({ kinds: [{ kind: 'ministry' }] })).toThrow(/entry “y”: “kinds” must end with the entry’s own kind and parent/)
    expect(bad({ id: '' })).toThrow(/entry 1: “id” must be a non-empty string/)
    expect(() => createRegistry([ok(), null as unknown as RegistryEntry])).toThrow(/entry 1 is not an object/)
    expect(() => createRegistry('x' as unknown as RegistryEntry[])).toThrow(/expected an array of entries/)
  })

  it('accepts the built-in entries and extensions built with registryEntry', () => {
    expect(() => createRegistry([...builtinDepartments(), entry('ctex', '中国技术交易所', 'institution', [{ name: '技术交易所', from: '2009-01-01' }], { source: 'its own website' })])).not.toThrow()
  })
})
