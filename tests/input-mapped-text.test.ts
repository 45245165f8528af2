import { describe, expect, test } from 'vitest'
import { MappedTextBuilder, compose, identity } from '../src/util/mapped-text.js'
import { applyEdits } from '../src/input/edits.js'

describe('MappedText', () => {
  test('copies map one to one, replacements as a whole, dropped text is skipped', () => {
    //            0123456789
    const src = 'ab&amp;cd—2—ef'
    const m = new MappedTextBuilder(src).copy(0, 2).replace(2, 7, '&').copy(7, 9).copy(12, 14).build()
    expect(m.text).toBe('ab&cdef')
    expect([0, 1, 2, 3, 4, 5, 6].map(m.start)).toEqual([0, 1, 2, 7, 8, 12, 13])
    // An end leans back: the end of `cd` is before the dropped `—2—`, the end of `&` is after `&amp;`.
    expect(m.end(5)).toBe(9)
    expect(m.end(3)).toBe(7)
    expect(m.end(7)).toBe(14)
    expect(m.start(7)).toBe(14)
  })

  test('an insertion stands for an empty range', () => {
    const m = new MappedTextBuilder('一、甲 1.乙').copy(0, 3).replace(3, 4, '\n').copy(4, 7).build()
    expect(m.text).toBe('一、甲\n1.乙')
    expect(m.start(4)).toBe(4)
    expect(m.end(3)).toBe(3)
  })

  test('nothing changed gives the identity map', () => {
    const m = new MappedTextBuilder('abc').copy(0, 3).build()
    expect([m.start(2), m.end(3)]).toEqual([2, 3])
    expect(applyEdits('abc', []).text).toBe('abc')
  })

  test('maps compose: offsets in the last text reach the first source', () => {
    const inner = new MappedTextBuilder('## 一、甲').copy(3, 7).build() // '一、甲' ← '## 一、甲'
    const outer = applyEdits(inner.text, [{ start: 1, end: 2, text: '' }]) // '一甲'
    const both = compose(inner, outer)
    expect(both.text).toBe('一甲')
    expect(both.start(1)).toBe(5)
    expect(both.end(1)).toBe(4)
    expect(compose(identity('x'), identity('x')).start(0)).toBe(0)
  })

  test('an edit inside one already applied is covered by it', () => {
    const m = applyEdits('甲\n— 2 —\n乙', [
      { start: 1, end: 8, text: '' },
      { start: 2, end: 7, text: '' },
    ])
    expect(m.text).toBe('甲乙')
    expect(m.start(1)).toBe(8)
  })
})
