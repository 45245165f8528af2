import { describe, expect, test } from 'vitest'
import { DecodeError, decodeBytes } from '../src/input/decode.js'
import { parsePlan } from '../src/parse-plan.js'
import { gb18030, utf16 } from './helpers/variants.js'

const utf8 = (s: string) => new TextEncoder().encode(s)
const PLAN = '一、完善制度\n1. 推进立法。（市场监管总局、知识产权局负责）'

describe('decodeBytes', () => {
  test('UTF-8 without BOM', () => {
    expect(decodeBytes(utf8(PLAN))).toEqual({ text: PLAN, encoding: 'utf-8' })
  })

  test('a BOM is honoured and kept in the text, so offsets count it as the input did', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('一、')]))).toEqual({ text: '\ufeff一、', encoding: 'utf-8' })
    expect(decodeBytes(utf16('一、', 'le'))).toEqual({ text: '\ufeff一、', encoding: 'utf-16le' })
    expect(decodeBytes(utf16('一、', 'be'))).toEqual({ text: '\ufeff一、', encoding: 'utf-16be' })
  })

  test('GB18030 when the bytes are not UTF-8', () => {
    expect(decodeBytes(new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2]))).toEqual({ text: '一、', encoding: 'gb18030' })
    expect(decodeBytes(gb18030(PLAN)).text).toBe(PLAN)
  })

  test('UTF-16 without BOM is recognised by its zero bytes', () => {
    const le = utf16(PLAN, 'le').slice(2)
    expect(decodeBytes(le)).toEqual({ text: PLAN, encoding: 'utf-16le' })
  })

  test('bytes in no supported encoding: a clear error naming the encodings tried', () => {
    expect(() => decodeBytes(new Uint8Array([0x31, 0xff, 0x32, 0x80]))).toThrow(DecodeError)
    expect(() => decodeBytes(new Uint8Array([0x31, 0xff, 0x32, 0x80]))).toThrow('(utf-8, gb18030)')
    expect(() => decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xff]))).toThrow('(utf-8)')
  })
})

describe('parsePlan on bytes', () => {
  test('positions are offsets into the decoded string, BOM included', () => {
    const plan = parsePlan(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(PLAN)]))
    const chapter = plan.children[0]
    expect(chapter?.type).toBe('chapter')
    expect(chapter?.position.start).toEqual({ line: 1, column: 2, offset: 1 })
    const task = chapter?.type === 'chapter' ? chapter.children[0] : undefined
    expect(task?.type === 'task' && task.responsibility?.leads).toMatchObject([{ name: '市场监管总局', id: 'samr' }])
  })

  test('GB18030 bytes give the same tree as the string', () => {
    const fromBytes = parsePlan(gb18030(PLAN))
    expect(fromBytes).toEqual(parsePlan(PLAN))
  })

  test('a Buffer is accepted; other values are API misuse', () => {
    expect(parsePlan(Buffer.from(PLAN)).children).toHaveLength(1)
    expect(() => parsePlan([1, 2] as unknown as string)).toThrow(TypeError)
  })

  test('bytes over a detached buffer are API misuse, not an empty plan', () => {
    const buffer = new TextEncoder().encode(PLAN).buffer
    const bytes = new Uint8Array(buffer)
    structuredClone(buffer, { transfer: [buffer] })
    expect(() => parsePlan(bytes)).toThrow(new TypeError('parsePlan: the bytes are a view over a detached ArrayBuffer (transferred away), so they can no longer be read'))
    // An empty view over a live buffer is an empty plan, as an empty string is.
    expect(parsePlan(new Uint8Array(0)).children).toEqual([])
    expect(parsePlan(new Uint8Array(new ArrayBuffer(8), 8)).children).toEqual([])
  })
})
