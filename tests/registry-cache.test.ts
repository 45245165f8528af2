import { describe, expect, it } from 'vitest'
import { entry } from '../src/registry/entry.js'
import { builtinDepartments, createRegistry, defaultRegistry, nameKey } from '../src/registry/registry.js'
import { resolveAll, resolveDepartment } from '../src/registry/resolve.js'
import type { Department } from '../src/types.js'

const department = (name: string) => ({ name }) as Department

describe('remembered look-ups', () => {
  it('answer the same the second time, for known, collective, local, internal and unknown names', () => {
    const names = ['知识产权局', '国家统计局', '统计局', '中华人民共和国商务部', '联席会议办公室', '市知识产权局', '标准技术司', '某某研究会']
    const first = names.map((n) => resolveDepartment(n))
    expect(first).toEqual([
      { id: 'cnipa', canonical: '国家知识产权局', kind: 'agency' },
      { id: 'nbs', canonical: '国家统计局', kind: 'agency' },
      { id: 'nbs', canonical: '国家统计局', kind: 'agency' },
      { id: 'mofcom', canonical: '商务部', kind: 'ministry' },
      { id: 'collective.joint-meeting-office', canonical: '联席会议办公室', kind: 'collective' },
      { kind: 'local', level: 'city', sameFunctionAs: 'cnipa' },
      { kind: 'internal' },
      {},
    ])
    expect(names.map((n) => resolveDepartment(n))).toEqual(first)
  })

  it('hand out copies: changing one answer changes no later one', () => {
    const answer = resolveDepartment('知识产权局')
    answer.id = 'changed'
    const unknown = resolveDepartment('某某研究会')
    unknown.kind = 'local'
    expect(resolveDepartment('知识产权局').id).toBe('cnipa')
    expect(resolveDepartment('某某研究会')).toEqual({})
  })

  it('resolveAll gives each department what resolveDepartment gives its name, and never shares objects between them', () => {
    const departments = ['知识产权局', '知识产权局', '市知识产权局', '某某研究会'].map(department)
    resolveAll(departments)
    expect(departments).toEqual([
      { name: '知识产权局', id: 'cnipa', canonical: '国家知识产权局', kind: 'agency' },
      { name: '知识产权局', id: 'cnipa', canonical: '国家知识产权局', kind: 'agency' },
      { name: '市知识产权局', kind: 'local', level: 'city', sameFunctionAs: 'cnipa' },
      { name: '某某研究会' },
    ])
    expect(departments[0]).not.toBe(departments[1])
    ;(departments[0] as Department).id = 'changed'
    expect(resolveDepartment('知识产权局').id).toBe('cnipa')
  })

  it('still pick by date a name two bodies carried at different times (广电总局), after the name was seen', () => {
    const registry = defaultRegistry()
    expect(resolveDepartment('广电总局', { date: '2016-05-01', registry }).id).toBe('sapprft')
    expect(resolveDepartment('广电总局', { date: '2021-10-09', registry }).id).toBe('nrta')
    expect(resolveDepartment('广电总局', { date: '2016-05-01', registry }).id).toBe('sapprft')
  })

  it('are kept per registry: an extended registry knows what the built-in one does not', () => {
    expect(resolveDepartment('技术交易所')).toEqual({})
    const registry = createRegistry([...builtinDepartments(), entry('ctex', '中国技术交易所', 'institution', ['技术交易所'])])
    expect(resolveDepartment('技术交易所', { registry })).toEqual({ id: 'ctex', canonical: '中国技术交易所', kind: 'institution' })
    expect(resolveDepartment('技术交易所')).toEqual({})
  })
})

describe('createRegistry', () => {
  it('reads each name once to check it, then no name before the first look-up by name, and each entry once then', () => {
    let reads = 0
    const counted = (id: string, name: string) => {
      const e = entry(id, name, 'agency')
      return Object.defineProperty({ ...e }, 'name', { get: () => (reads++, name), enumerable: true })
    }
    const registry = createRegistry([counted('a', '甲局'), counted('b', '乙局')])
    // createRegistry checks every entry (a wrong one is a TypeError at once), and indexes none.
    expect(reads).toBe(2)
    expect(registry.byId('a')?.id).toBe('a')
    expect(reads).toBe(2)
    expect(registry.find('甲局')?.id).toBe('a')
    expect(reads).toBe(4)
    expect(registry.find('乙局')?.id).toBe('b')
    expect(registry.find('乙局')?.id).toBe('b')
    expect(reads).toBe(4)
  })

  it('still refuses a duplicate id at once', () => {
    expect(() => createRegistry([entry('x', '甲局', 'agency'), entry('x', '乙局', 'agency')])).toThrow(/duplicate id “x”/)
  })
})

describe('nameKey', () => {
  it('leaves a plain name as it is and rewrites spaces, brackets and prefixes', () => {
    expect(nameKey('知识产权局')).toBe('知识产权局')
    expect(nameKey('中华人民共和国 商务部')).toBe('商务部')
    expect(nameKey('中华人民共和国商务部')).toBe('商务部')
    expect(nameKey('中国共产党中央委员会')).toBe('中央委员会')
    expect(nameKey('中央党校(国家行政学院)')).toBe('中央党校（国家行政学院）')
    expect(nameKey('国家\u3000知识产权局\u00a0')).toBe('国家知识产权局')
    // A prefix alone, or with one character after it, stays.
    expect(nameKey('中华人民共和国')).toBe('中华人民共和国')
    expect(nameKey('中国共产党史')).toBe('中国共产党史')
  })
})
