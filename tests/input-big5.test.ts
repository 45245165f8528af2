/**
 * Big5 (Taiwan, Hong Kong) beside GB18030 and GBK: the same plan in each,
 * made with iconv (fixtures/encodings/README.md), is read in its own encoding
 * and parses to the same tree as its UTF-8 text, although Big5 bytes are valid
 * GB18030 too and GBK bytes often valid Big5.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { decodeBytes } from '../src/input/decode.js'
import { plausibility } from '../src/input/plausibility.js'
import { parsePlan } from '../src/parse-plan.js'

const bytes = (name: string) => new Uint8Array(readFileSync(`fixtures/encodings/${name}`))
const traditional = readFileSync('fixtures/inputs/plan-b.traditional.txt', 'utf8')
const simplified = readFileSync('fixtures/plan-b-standards-2023.txt', 'utf8')

describe('legacy encodings', () => {
  test.each([
    ['plan-b.traditional.big5.txt', 'big5', traditional],
    ['plan-b.traditional.gbk.txt', 'gb18030', traditional],
    // GB18030's four-byte U+FEFF first (see the README): kept, as a UTF-8 BOM is.
    ['plan-b.traditional.gb18030.txt', 'gb18030', '\ufeff' + traditional],
    ['plan-b.gbk.txt', 'gb18030', simplified],
  ])('%s is read as %s, to the same tree as its text', (name, encoding, text) => {
    expect(decodeBytes(bytes(name))).toEqual({ text, encoding })
    expect(parsePlan(bytes(name))).toEqual(parsePlan(text))
  })

  test('the copies are ambiguous: the other encoding decodes them too, to garbage', () => {
    const big5AsGb = new TextDecoder('gb18030', { fatal: true }).decode(bytes('plan-b.traditional.big5.txt'))
    expect(big5AsGb.slice(0, 4)).toBe('カ初菏恨')
    expect(() => new TextDecoder('big5', { fatal: true }).decode(bytes('plan-b.gbk.txt'))).not.toThrow()
  })

  test('a short Big5 plan is Big5, a short GBK one GB18030', () => {
    // 一、完善制度 / 1. 推進立法。（市場監管總局負責）
    const plan = '一、完善制度\n1. 推進立法。（市場監管總局負責）'
    const big5 = new Uint8Array([
      0xa4, 0x40, 0xa1, 0x42, 0xa7, 0xb9, 0xb5, 0xbd, 0xa8, 0xee, 0xab, 0xd7, 0x0a, 0x31, 0x2e, 0x20, 0xb1, 0xc0, 0xb6, 0x69, 0xa5, 0xdf, 0xaa, 0x6b,
      0xa1, 0x43, 0xa1, 0x5d, 0xa5, 0xab, 0xb3, 0xf5, 0xba, 0xca, 0xba, 0xde, 0xc1, 0x60, 0xa7, 0xbd, 0xad, 0x74, 0xb3, 0x64, 0xa1, 0x5e,
    ])
    expect(decodeBytes(big5)).toEqual({ text: plan, encoding: 'big5' })
    expect(decodeBytes(new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2]))).toEqual({ text: '一、', encoding: 'gb18030' })
  })

  test('a Big5 reading that drops bytes is no reading (Node may decode an unmapped pair to nothing, even when fatal)', () => {
    // 1 then 81 40, a pair Big5 has no character for (ICU gives nothing or a private-use
    // character, depending on what follows): GB18030 reads all three bytes.
    expect(decodeBytes(new Uint8Array([0x31, 0x81, 0x40]))).toEqual({ text: '1丂', encoding: 'gb18030' })
    // A stray 0x80 or 0xFF, which ICU's Big5 drops: no encoding reads it.
    expect(() => decodeBytes(new Uint8Array([0xa4, 0x40, 0xff]))).toThrow('(utf-8, gb18030, big5)')
  })

  test('plausibility: common characters and plan words score high, mis-decoded text low', () => {
    expect(plausibility(traditional)).toBeGreaterThan(0.8)
    expect(plausibility(simplified)).toBeGreaterThan(0.8)
    expect(plausibility('カ初菏恨羆Ы快そ芔闽祇')).toBeLessThan(0.3)
    expect(plausibility('2023 (1) abc、，。')).toBe(0)
  })
})
