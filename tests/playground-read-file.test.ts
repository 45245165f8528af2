/** The playground's file reading (the rest of the page is driven in Chromium by browser.test.ts). */
import { describe, expect, test } from 'vitest'
import { decodeText, readFile } from '../playground/src/read-file.js'

describe('decodeText', () => {
  test('UTF-8, with or without a BOM (dropped: the text goes into the box, which shows what is parsed)', () => {
    expect(decodeText(new TextEncoder().encode('一、总体要求'))).toBe('一、总体要求')
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0x80]))).toBe('一')
  })

  test('UTF-16 by its BOM, either byte order', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0x4e, 0x01, 0x30]))).toBe('一、')
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x4e, 0x00, 0x30, 0x01]))).toBe('一、')
  })

  test('bytes that are not UTF-8 are read as GB18030 (Windows "ANSI" in Chinese)', () => {
    // 一、 in GB18030: D2 BB A1 A2.
    expect(decodeText(new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2]))).toBe('一、')
  })
})

describe('readFile', () => {
  const file = (name: string, text: string) => new File([text], name)

  test('the format comes from the extension; other files are read as auto', async () => {
    expect(await readFile(file('plan.md', '# 一、总体要求'))).toEqual({ ok: true, name: 'plan.md', text: '# 一、总体要求', format: 'markdown' })
    expect(await readFile(file('plan.HTM', '<p>一</p>'))).toMatchObject({ ok: true, format: 'html' })
    expect(await readFile(file('plan.txt', '一'))).toMatchObject({ ok: true, format: 'auto' })
  })

  test('Word and PDF files go to the worker as their bytes, for parseDocument', async () => {
    for (const name of ['a.docx', 'a.doc', 'a.PDF']) {
      expect(await readFile(file(name, 'x'))).toEqual({ ok: true, name, bytes: new Uint8Array([0x78]), format: 'document' })
    }
  })
})
