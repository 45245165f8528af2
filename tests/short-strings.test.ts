import { describe, expect, test } from 'vitest'
import { parsePlan } from '../src/index.js'
import { shortStrings } from '../src/util/short-strings.js'

describe('shortStrings', () => {
  test('equal short strings come back as the first one seen; long ones as given', () => {
    const share = shortStrings(4)
    const a = share('推进工作'.slice(0, 2))
    expect(share('推进'.concat(''))).toBe(a)
    const long = '推进知识产权保护工作体系建设。'
    expect(share(long)).toBe(long)
  })

  test('forgets what it saw past its limit, and still answers with an equal string', () => {
    const share = shortStrings(2)
    for (const s of ['甲', '乙', '丙', '丁', '甲']) expect(share(s)).toBe(s)
  })

  test('a plan keeps equal paragraph texts, markers and notes as they read: the output is the same', () => {
    const plan = parsePlan('一、总体\n推进\n推进\n1. 推进。（知识产权局负责）\n1. 推进。（知识产权局负责）\n')
    const chapter = plan.children[0] as { children: { type: string; text?: string; marker?: string; responsibility?: { raw: string } }[] }
    expect(chapter.children.map((c) => c.text)).toEqual(['推进', '推进', '推进。', '推进。'])
    expect(chapter.children.slice(2).map((c) => [c.marker, c.responsibility?.raw])).toEqual([
      ['1.', '（知识产权局负责）'],
      ['1.', '（知识产权局负责）'],
    ])
  })
})
