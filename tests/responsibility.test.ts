import { describe, expect, it } from 'vitest'
import { extractResponsibility } from '../src/index.js'
import { names } from './helpers.js'

describe('extractResponsibility', () => {
  it('reads leads and participants from the final note, with its position in the text', () => {
    const text = '推进修改《国防专利条例》。（中央军委装备发展部、国防科工局、知识产权局负责）'
    const r = extractResponsibility(text)!
    expect(r).toEqual({
      raw: '（中央军委装备发展部、国防科工局、知识产权局负责）',
      departments: [{ name: '中央军委装备发展部' }, { name: '国防科工局' }, { name: '知识产权局' }],
      leads: [{ name: '中央军委装备发展部' }],
      participants: [{ name: '国防科工局' }, { name: '知识产权局' }],
      byDuty: false,
      position: { start: { line: 1, column: 14, offset: 13 }, end: { line: 1, column: 39, offset: 38 } },
    })
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
