// parseDocument's dispatch, its typed errors, the plan's source and locate(); parsePlan refusing document bytes.
import { readFileSync } from 'node:fs'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { makeDocx, para } from '../../scripts/docx-builder.mjs'
import { CorruptDocumentError, DocumentBytesError, UnsupportedFormatError } from '../../src/document/errors.js'
import { locate } from '../../src/document/locate.js'
import { oleEntryNames } from '../../src/document/ole.js'
import { parseDocument } from '../../src/document/parse-document.js'
import { parsePlan } from '../../src/parse-plan.js'
import { oleFile } from '../helpers/ole.js'

const utf8 = (text: string) => new TextEncoder().encode(text)
const PLAN = '一、完善制度\n（一）修订法规\n1. 推进立法。（司法部负责）\n2. 加强执法。（公安部负责）'

describe('parseDocument: what it hands to parsePlan', () => {
  it('parses text bytes as parsePlan does, with no source', async () => {
    const plan = await parseDocument(utf8(PLAN))
    expect(plan).toEqual(parsePlan(utf8(PLAN)))
    expect(plan.source).toBeUndefined()
  })

  it('parses a Word file into the same tree as its text, positions into the extracted text', async () => {
    const bytes = makeDocx({ body: PLAN.split('\n').map((l) => para(l)).join('') })
    const plan = await parseDocument(bytes)
    expect(plan.source).toEqual({ format: 'docx', text: PLAN, paragraphs: [0, 7, 15, 31] })
    expect(plan.children).toEqual(parsePlan(PLAN).children)
  })

  it('passes options on: a wording added, strict mode', async () => {
    const bytes = makeDocx({ body: para('一、任务') + para('1. 推进立法。（经办方：司法部）') })
    const plain = await parseDocument(bytes)
    expect(plain.diagnostics.map((d) => d.ruleId)).toContain('missing-responsibility')
    const worded = await parseDocument(bytes, { wordings: { labels: { 经办方: 'lead' } } })
    expect(worded.diagnostics.map((d) => d.ruleId)).not.toContain('missing-responsibility')
    await expect(parseDocument(bytes, { strict: true })).rejects.toThrow(/missing-responsibility|has no note/)
  })

  it('reads a Word file as plain text, never guessing Markdown from its lines', async () => {
    const plan = await parseDocument(makeDocx({ body: para('# 一、完善制度') + para('1. 推进立法。（司法部负责）') }), { format: 'markdown' })
    expect(plan.source?.text).toBe('# 一、完善制度\n1. 推进立法。（司法部负责）')
    expect(plan.children[0]).toMatchObject({ type: 'paragraph' })
  })

  it('reports each header and footer it left out as an info diagnostic at the start of the text', async () => {
    const plan = await parseDocument(makeDocx({ body: para('一、任务') + para('1. 推进立法。（司法部负责）'), header: para('某省人民政府'), footer: para('第 2 页') }))
    expect(plan.diagnostics.map(({ ruleId, severity, reason, place }) => ({ ruleId, severity, reason, at: [place.start.offset, place.end.offset] }))).toEqual([
      { ruleId: 'page-header', severity: 'info', reason: 'Running header “某省人民政府” left out of the text', at: [0, 0] },
      { ruleId: 'page-footer', severity: 'info', reason: 'Page number “第 2 页” left out of the text', at: [0, 0] },
    ])
  })
})

describe('parseDocument: typed errors', () => {
  it('refuses empty bytes and what is not bytes', async () => {
    await expect(parseDocument(new Uint8Array(0))).rejects.toMatchObject({ name: 'EmptyDocumentError', message: 'parseDocument: the file is empty (0 bytes)' })
    await expect(parseDocument('一、任务' as unknown as Uint8Array)).rejects.toThrow(new TypeError('parseDocument: expected the file\'s bytes (a Uint8Array or Buffer), got string: use parsePlan for text'))
    await expect(parseDocument(utf8(PLAN), { colour: 'red' } as never)).rejects.toThrow(TypeError)
  })

  it('refuses a damaged zip, naming it corrupt', async () => {
    const bytes = makeDocx({ body: para('正文') }).slice(0, 200)
    const error = await parseDocument(bytes).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CorruptDocumentError)
    expect(error).toMatchObject({ format: 'docx' })
    expect((error as Error).message).toMatch(/^The DOCX file cannot be read: the zip archive is damaged/)
  })

  it('refuses a zip without word/document.xml, and names OFD when it is one', async () => {
    await expect(parseDocument(zipSync({ 'a.txt': strToU8('一、任务') }))).rejects.toMatchObject({ name: 'UnsupportedFormatError', format: 'zip' })
    const ofd = parseDocument(zipSync({ 'OFD.xml': strToU8('<ofd:OFD/>'), 'Doc_0/Document.xml': strToU8('<x/>') }))
    await expect(ofd).rejects.toBeInstanceOf(UnsupportedFormatError)
    await expect(ofd).rejects.toMatchObject({ format: 'ofd', message: expect.stringMatching(/^parseDocument: OFD documents .* not supported yet/) })
  })

  it('refuses broken XML in the document part', async () => {
    const bytes = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p><w:r><w:t>甲</w:t></w:r></w:p><w:p') })
    await expect(parseDocument(bytes)).rejects.toMatchObject({ name: 'CorruptDocumentError', format: 'docx', message: expect.stringContaining('word/document.xml is not well-formed XML') })
  })

  it('tells an encrypted Word file, a WPS file and other Office files apart by their OLE directory', async () => {
    expect(oleEntryNames(oleFile(['EncryptionInfo', 'EncryptedPackage']))).toEqual(['Root Entry', 'EncryptionInfo', 'EncryptedPackage'])
    await expect(parseDocument(oleFile(['EncryptionInfo', 'EncryptedPackage']))).rejects.toMatchObject({ name: 'EncryptedDocumentError', format: 'docx', message: expect.stringContaining('encrypted (password protected)') })
    await expect(parseDocument(oleFile(['CONTENTS', 'SPELLING']))).rejects.toMatchObject({ name: 'UnsupportedFormatError', format: 'wps' })
    await expect(parseDocument(oleFile(['Workbook']))).rejects.toMatchObject({ name: 'UnsupportedFormatError', format: 'ole', message: expect.stringContaining('streams: Workbook') })
  })

  it('refuses a .doc whose WordDocument stream cannot be read, and an OLE file whose directory cannot', async () => {
    await expect(parseDocument(oleFile(['WordDocument', '1Table']))).rejects.toMatchObject({ name: 'CorruptDocumentError', format: 'doc' })
    await expect(parseDocument(oleFile(['WordDocument']).slice(0, 600))).rejects.toMatchObject({ name: 'CorruptDocumentError', format: 'doc' })
  })

  it('refuses a file over maxInputBytes before reading it', async () => {
    await expect(parseDocument(makeDocx({ body: para('正文') }), { maxInputBytes: 100 })).rejects.toThrow(RangeError)
  })
})

describe('parsePlan given document bytes', () => {
  it.each([
    ['pdf', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['zip', makeDocx({ body: para('正文') })],
    ['ole', oleFile(['WordDocument'])],
  ] as const)('throws DocumentBytesError (a TypeError) naming parseDocument for %s bytes', (kind, bytes) => {
    let error: unknown
    try {
      parsePlan(bytes)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DocumentBytesError)
    expect(error).toBeInstanceOf(TypeError)
    expect(error).toMatchObject({ kind, message: expect.stringContaining('use `await parseDocument(bytes)`') })
  })

  it('still reads text that starts like nothing of the kind, and strings beginning %PDF-', () => {
    expect(() => parsePlan(utf8('PK 一、任务'))).not.toThrow()
    expect(() => parsePlan('%PDF-1.7 一、任务')).not.toThrow()
  })
})

describe('locate', () => {
  it('answers the paragraph of a Word file, and the page when Word recorded its page breaks', async () => {
    const body = para('一、任务') + para('1. 推进立法。（司法部负责）') + para(['<w:r><w:lastRenderedPageBreak/><w:t>2. 加强执法。（公安部负责）</w:t></w:r>'])
    const plan = await parseDocument(makeDocx({ body }))
    expect(plan.source?.pages).toEqual([0, 21])
    expect(locate(plan, 0)).toEqual({ paragraph: 1, page: 1 })
    expect(locate(plan, 8)).toEqual({ paragraph: 2, page: 1 })
    expect(locate(plan, 21)).toEqual({ paragraph: 3, page: 2 })
    expect(locate(plan, plan.source!.text.length)).toEqual({ paragraph: 3, page: 2 })
  })

  it('answers page and line on the page when the source has lines and pages (PDF)', () => {
    const plan = { ...parsePlan('甲\n乙\n丙\n丁'), source: { format: 'pdf' as const, text: '甲\n乙\n丙\n丁', pages: [0, 4], lines: [0, 2, 4, 6] } }
    expect([0, 2, 4, 6].map((o) => locate(plan, o))).toEqual([{ page: 1, line: 1 }, { page: 1, line: 2 }, { page: 2, line: 1 }, { page: 2, line: 2 }])
  })

  it('answers line and column for a plan parsed from text, given that text', () => {
    const plan = parsePlan(PLAN)
    expect(locate(plan, 9, PLAN)).toEqual({ line: 2, column: 3 })
    expect(() => locate(plan, 9)).toThrow(TypeError)
    expect(() => locate(plan, PLAN.length + 1, PLAN)).toThrow(RangeError)
  })
})

describe('province-plan-table.docx (scripts/make-table-docx.mjs)', () => {
  it('extracts the task tables as TSV rows, chapters numbered by Word, header and page footer left out', async () => {
    const plan = await parseDocument(readFileSync(new URL('../../fixtures/documents/province-plan-table.docx', import.meta.url)))
    const lines = plan.source!.text.split('\n')
    expect(lines.slice(2, 10)).toEqual([
      '一、强化知识产权创造',
      '序号\t重点任务\t牵头单位\t责任单位\t完成时限',
      '1\t实施高价值专利培育工程，支持重点产业创新主体开展专利导航。\t省知识产权局\t省科技厅、省工业和信息化厅\t2024年12月底前',
      '2\t深入实施商标品牌战略，培育一批区域公用品牌。\t省市场监管局\t\t',
      '3\t"开展地理标志运用促进工程，',
      '落实《地理标志产品保护办法》。"\t省知识产权局\t省农业农村厅、省林业局\t',
      '二、加强知识产权保护',
      '序号\t重点任务\t牵头单位\t责任单位\t完成时限',
    ])
    expect(lines.slice(10, 15)).toEqual([
      '（一）司法保护',
      '4\t推进知识产权民事、刑事、行政案件“三合一”审判机制改革。\t省高级人民法院\t\t2024年12月底前',
      '5\t加强知识产权检察综合履职。\t省人民检察院\t\t',
      '（二）行政保护',
      '6\t开展“铁拳”“昆仑”等专项执法行动，严厉打击侵权假冒行为。\t省市场监管局\t省公安厅、省版权局、省知识产权局\t',
    ])
    expect(lines.filter((l) => /^\d+\t/.test(l)).map((l) => Number.parseInt(l, 10))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(lines.filter((l) => /^[一二三四]、/.test(l))).toEqual(['一、强化知识产权创造', '二、加强知识产权保护', '三、促进知识产权转化运用', '四、组织保障'])
    expect(plan.source!.pages).toEqual([0, plan.source!.text.indexOf('三、促进')])
    expect(plan.diagnostics.filter((d) => d.severity === 'info' && d.ruleId.startsWith('page-')).map((d) => d.reason)).toEqual([
      'Running header “某省知识产权局” on page 1 left out of the text',
      'Page number “— 1 —” on page 1 left out of the text',
    ])
  })
})
