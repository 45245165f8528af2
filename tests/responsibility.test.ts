import { describe, expect, it } from 'vitest'
import { extractResponsibility } from '../src/index.js'
import { names } from './helpers.js'

describe('extractResponsibility', () => {
  it('reads leads and participants from the final note, with its position in the text', () => {
    const text = '推进修改《国防专利条例》。（中央军委装备发展部、国防科工局、知识产权局负责）'
    const r = extractResponsibility(text)!
    const at = (start: number, end: number) => ({ start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } })
    const cmc = { name: '中央军委装备发展部', position: at(14, 23), id: 'cmc-equipment', canonical: '中央军委装备发展部', kind: 'military' }
    const sastind = { name: '国防科工局', position: at(24, 29), id: 'sastind', canonical: '国家国防科技工业局', kind: 'administration' }
    const cnipa = { name: '知识产权局', position: at(30, 35), id: 'cnipa', canonical: '国家知识产权局', kind: 'agency' }
    expect(r).toEqual({
      raw: '（中央军委装备发展部、国防科工局、知识产权局负责）',
      departments: [cmc, sastind, cnipa],
      leads: [cmc],
      participants: [sastind, cnipa],
      byDuty: false,
      openList: false,
      rolesFrom: 'first-listed',
      form: 'bracket',
      position: at(13, 38),
    })
    for (const d of r.departments) expect(text.slice(d.position!.start.offset, d.position!.end.offset)).toBe(d.name)
    expect(text.slice(r.position.start.offset, r.position.end.offset)).toBe(r.raw)
  })

  it('lets a single department lead alone', () => {
    const r = extractResponsibility('制定版权工作“十四五”规划。（中央宣传部负责）')!
    expect(names(r.leads)).toEqual(['中央宣传部'])
    expect(r.participants).toEqual([])
  })

  it('labels 按职责分工负责 and 按职责分工分别负责, keeping the first as lead', () => {
    for (const suffix of ['按职责分工负责', '按职责分工分别负责']) {
      const r = extractResponsibility(`加大执法力度。（中央宣传部、市场监管总局${suffix}）`)!
      expect(r.byDuty).toBe(true)
      expect(names(r.leads)).toEqual(['中央宣传部'])
      expect(names(r.participants)).toEqual(['市场监管总局'])
    }
  })

  it('accepts ASCII brackets and commas, a trailing 。 and brackets inside a name', () => {
    const r = extractResponsibility('推进工作。(联席会议办公室, 联席会议（有关）成员单位负责)。')!
    expect(names(r.departments)).toEqual(['联席会议办公室', '联席会议（有关）成员单位'])
    expect(r.raw).toBe('(联席会议办公室, 联席会议（有关）成员单位负责)')
  })

  it('ignores parentheses that assign nothing', () => {
    expect(extractResponsibility('制定《知识产权强国建设纲要（2021—2035年）》')).toBeNull()
    expect(extractResponsibility('推动开展第二期在华技术与创新支持中心（TISC）')).toBeNull()
    expect(extractResponsibility('没有括号的任务。')).toBeNull()
    expect(extractResponsibility('不平衡的括号）负责）')).toBeNull()
  })

  it('finds positions on later lines of a multi-line text', () => {
    const r = extractResponsibility('第一行\n第二行。（知识产权局负责）')!
    expect(r.position.start).toEqual({ line: 2, column: 5, offset: 8 })
  })
})
