import { describe, expect, test } from 'vitest'
import { addDecoded, referenceAt } from '../src/html/align.js'
import { MappedTextBuilder } from '../src/util/mapped-text.js'

describe('referenceAt: how long a character reference is, as the HTML tokenizer reads it', () => {
  test.each([
    ['&amp;x', '&x', { length: 5, units: 1 }],
    ['&ampx', '&x', { length: 4, units: 1 }],
    ['&amp', '&', { length: 4, units: 1 }],
    ['&#38;x', '&x', { length: 5, units: 1 }],
    ['&#x26x', '&x', { length: 5, units: 1 }],
    ['&notit;', '¬it;', { length: 4, units: 1 }],
    ['&nbsp1.', '\u00a01.', { length: 5, units: 1 }],
    ['&#x1F600;', '😀', { length: 9, units: 2 }],
    ['&NotEqualTilde;', '\u2242\u0338', { length: 15, units: 2 }],
    ['&foo;', '&foo;', null],
    ['& 1', '& 1', null],
    ['&#;', '&#;', null],
  ])('%j', (source, value, expected) => {
    expect(referenceAt(source, 0, value, 0)).toEqual(expected)
  })
})

describe('addDecoded', () => {
  const decoded = (source: string, value: string) => {
    const builder = new MappedTextBuilder(source)
    addDecoded(builder, source, 0, source.length, value)
    const map = builder.build()
    return [...map.text].map((ch, k) => [ch, source.slice(map.start(k), map.end(k + 1))])
  }

  test('each reference stands for its whole source, text around it for itself', () => {
    expect(decoded('a&amp;b&ampc', 'a&b&c')).toEqual([['a', 'a'], ['&', '&amp;'], ['b', 'b'], ['&', '&amp'], ['c', 'c']])
  })

  test('CR and CRLF are read as LF, a NUL kept as written', () => {
    expect(decoded('a\r\nb\rc\u0000', 'a\nb\nc\ufffd')).toEqual([['a', 'a'], ['\n', '\r\n'], ['b', 'b'], ['\n', '\r'], ['c', 'c'], ['\u0000', '\u0000']])
  })
})
