import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { CorruptDocumentError, DocumentTooLargeError, EncryptedDocumentError, NoTextLayerError } from '../../src/document/errors.js'
import { readPdf } from '../../src/document/pdf/read-pdf.js'

const fixture = (name: string) => new Uint8Array(readFileSync(`fixtures/documents/${name}`))
const ascii = (s: string) => new TextEncoder().encode(s)

/** A one-page PDF whose page only paints a rectangle: what a scan looks like to a text reader. */
const SCAN = `%PDF-1.4
1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj
2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj
3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>> endobj
4 0 obj <</Length 24>> stream
0 0 1 rg 10 10 50 50 re f
endstream endobj
trailer <</Root 1 0 R>>
%%EOF
`

/** Bytes from a fixed linear congruential sequence, so the test is the same on every run. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  for (let i = 0, s = seed; i < length; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff
    bytes[i] = s & 255
  }
  return bytes
}

describe('typed errors', () => {
  test('a PDF with pages but no text: NoTextLayerError, saying so', async () => {
    const error = await readPdf(ascii(SCAN)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NoTextLayerError)
    expect(error).toMatchObject({ name: 'NoTextLayerError', pages: 1 })
    expect((error as Error).message).toMatch(/no text layer/)
  })

  test('more pages than a plan has: DocumentTooLargeError before any page is read', async () => {
    const pages = Array.from({ length: 2001 }, (_, i) => i + 3)
    const pdf = [
      '%PDF-1.4',
      '1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj',
      `2 0 obj <</Type/Pages/Kids[${pages.map((n) => `${n} 0 R`).join(' ')}]/Count ${pages.length}>> endobj`,
      ...pages.map((n) => `${n} 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>> endobj`),
      'trailer <</Root 1 0 R>>',
      '%%EOF',
    ].join('\n')
    const error = await readPdf(ascii(pdf)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DocumentTooLargeError)
    expect((error as Error).message).toMatch(/2001 pages \(at most 2000 are read\)/)
  })

  test('a password-protected PDF: EncryptedDocumentError', async () => {
    const error = await readPdf(fixture('encrypted.pdf')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EncryptedDocumentError)
    expect(error).toMatchObject({ name: 'EncryptedDocumentError', format: 'pdf' })
  })

  test.each([
    ['the first half of a PDF', () => fixture('ip-plan-cid.pdf').slice(0, 19000)],
    ['its first 2000 bytes', () => fixture('ip-plan-cid.pdf').slice(0, 2000)],
    ['random bytes after %PDF-', () => {
      const bytes = noise(5000, 7)
      bytes.set(ascii('%PDF-1.7\n'))
      return bytes
    }],
    ['%PDF- alone', () => ascii('%PDF-')],
  ])('%s: CorruptDocumentError, with pdf.js’s reason as the cause', async (_, bytes) => {
    const error = await readPdf(bytes()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CorruptDocumentError)
    expect((error as Error).message).toMatch(/^The PDF file cannot be read: /)
    expect((error as Error).cause).toBeDefined()
  })

  test('the caller’s bytes are left as they were, a Node Buffer included', async () => {
    const bytes = ascii(SCAN)
    await readPdf(bytes).catch(() => undefined)
    expect(new TextDecoder().decode(bytes)).toBe(SCAN)
    const buffer = Buffer.from(SCAN)
    await readPdf(buffer).catch(() => undefined)
    expect(buffer.toString()).toBe(SCAN)
  })
})

describe('CMaps come from the installed package, never the network', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  test('a PDF in a non-embedded Chinese font reads with fetch unavailable', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network in this test')))
    vi.stubGlobal('fetch', fetch)
    const { text } = await readPdf(fixture('ip-plan-cid.pdf'))
    expect(text).toContain('一、完善知识产权制度')
    expect(fetch).not.toHaveBeenCalled()
  })
})
