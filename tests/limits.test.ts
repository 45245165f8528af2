import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_INPUT_BYTES, parsePlan } from '../src/index.js'

describe('maxInputBytes', () => {
  it('defaults to 64 MB', () => {
    expect(DEFAULT_MAX_INPUT_BYTES).toBe(64 * 1024 * 1024)
  })

  it('counts UTF-8 bytes, not characters', () => {
    // 知 is 3 bytes in UTF-8: 4 of them are 12 bytes.
    expect(parsePlan('知知知知', { maxInputBytes: 12 }).children).toHaveLength(1)
    expect(() => parsePlan('知知知知', { maxInputBytes: 11 })).toThrow(RangeError)
    expect(() => parsePlan('知知知知', { maxInputBytes: 11 })).toThrow(
      'parsePlan: input is over maxInputBytes (11 bytes): at least 12 bytes; pass a larger { maxInputBytes } (or Infinity) to parse it',
    )
    // A surrogate pair is 4 bytes, ASCII 1.
    expect(() => parsePlan('𠀀ab', { maxInputBytes: 6 })).not.toThrow()
    expect(() => parsePlan('𠀀ab', { maxInputBytes: 5 })).toThrow(RangeError)
  })

  it('refuses text longer than the limit in characters without counting', () => {
    expect(() => parsePlan('a'.repeat(101), { maxInputBytes: 100 })).toThrow('at least 101 bytes')
  })

  it('applies the default', () => {
    const justOver = 'a'.repeat(DEFAULT_MAX_INPUT_BYTES + 1)
    expect(() => parsePlan(justOver)).toThrow('input is over maxInputBytes (67108864 bytes, 64.0 MB)')
  })

  it('measures bytes as given, before decoding them: too large, not undecodable', () => {
    // 100 bytes that are no text at all: over the limit, the size is what is wrong.
    const junk = new Uint8Array(100).fill(0xff)
    expect(() => parsePlan(junk, { maxInputBytes: 50 })).toThrow(RangeError)
    expect(() => parsePlan(junk, { maxInputBytes: 50 })).toThrow('parsePlan: input is over maxInputBytes (50 bytes): at least 100 bytes')
    expect(() => parsePlan(new TextEncoder().encode('知知知知'), { maxInputBytes: 11 })).toThrow(RangeError)
    expect(parsePlan(new TextEncoder().encode('知知知知'), { maxInputBytes: 12 }).children).toHaveLength(1)
  })

  it('is turned off by Infinity', () => {
    expect(parsePlan('知'.repeat(10), { maxInputBytes: Infinity }).children).toHaveLength(1)
  })
})

describe('options are checked', () => {
  it.each([
    [{ maxInputBytes: 0 }, 'parsePlan: option “maxInputBytes” must be a positive integer or Infinity, got 0'],
    [{ maxInputBytes: 1.5 }, 'parsePlan: option “maxInputBytes” must be a positive integer or Infinity, got 1.5'],
    [{ maxInputBytes: Number.NaN }, 'parsePlan: option “maxInputBytes” must be a positive integer or Infinity, got NaN'],
    [{ maxInputBytes: '64' }, 'parsePlan: option “maxInputBytes” must be a positive integer or Infinity, got string'],
    [{ strict: 'yes' }, 'parsePlan: option “strict” must be a boolean, got string'],
    [{ stict: true }, 'parsePlan: unknown option “stict”'],
    [null, 'parsePlan: options must be an object, got null'],
    [42, 'parsePlan: options must be an object, got number'],
  ])('%j is rejected naming the option', (options, message) => {
    expect(() => parsePlan('一、总体要求', options as never)).toThrow(new TypeError(message))
  })

  it('rejects input that is not a string', () => {
    expect(() => parsePlan(undefined as never)).toThrow(new TypeError('parsePlan: expected the plan as a string or bytes, got undefined'))
  })
})
