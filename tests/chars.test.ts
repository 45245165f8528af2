import { describe, expect, it } from 'vitest'
import { INVISIBLES, SPACES, isSpaceCode, isWhiteCode } from '../src/chars.js'
import { SPACE_RUN } from '../src/input/flattened.js'
import { INVISIBLE } from '../src/input/invisible.js'

/** The first character class of a pattern, as a regex that tests one character. */
const firstClass = (re: RegExp) => new RegExp(`^${re.source.slice(0, re.source.indexOf(']') + 1)}$`)

const every = (test: (c: number) => boolean) => Array.from({ length: 0x10000 }, (_, c) => c).filter(test)

describe('one white-space family', () => {
  it('isSpaceCode takes SPACES, and nothing else', () => {
    expect(every(isSpaceCode)).toEqual([...new Set([...SPACES].map((ch) => ch.charCodeAt(0)))].sort((a, b) => a - b))
  })

  it('invisible characters are white space, and the line breaks are white but not spaces', () => {
    for (const ch of INVISIBLES) expect(isSpaceCode(ch.charCodeAt(0))).toBe(true)
    for (const c of [0x200b, 0x2060, 0x200c, 0x200d, 0xfeff, 0x200e, 0x200f, 0xad, 0x0b, 0x0c, 0x85]) expect(isSpaceCode(c)).toBe(true)
    for (const c of [10, 13, 0x2028, 0x2029]) expect([isSpaceCode(c), isWhiteCode(c)]).toEqual([false, true])
  })

  it("the literal classes of the regex scans hold the family's characters, code by code", () => {
    const spaceRun = firstClass(SPACE_RUN)
    expect(every((c) => spaceRun.test(String.fromCharCode(c)))).toEqual(every(isSpaceCode))
    const invisible = firstClass(INVISIBLE)
    const invisibles = new Set([...INVISIBLES].map((ch) => ch.charCodeAt(0)))
    expect(every((c) => invisible.test(String.fromCharCode(c)))).toEqual(every((c) => invisibles.has(c)))
  })
})
