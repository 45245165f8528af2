#!/usr/bin/env node
/**
 * Makes the PDFs of fixtures/documents/ that this project drew itself (the
 * four ip-plan*.pdf came with their Python scripts):
 *
 *   city-plan.pdf   fixtures/city-plan-2023.txt set as a 公文 on A5 pages: a
 *                   large centred title, 黑体 chapter headings, justified body
 *                   with 2-character first-line indents, a running header and
 *                   a `— N —` footer on every page, paragraphs breaking across pages.
 *   task-table.pdf  the first 24 tasks of fixtures/ip-plan-2023.txt as a task
 *                   table (序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限) under a
 *                   title and a heading, A5, rows breaking across pages, the
 *                   header row repeated on every page.
 *   encrypted.pdf   a one-page PDF with a user password (qpdf, AES-256).
 *
 * Needs LibreOffice, the Noto CJK fonts and qpdf (Debian:
 * apt-get install libreoffice-writer-nogui fonts-noto-cjk qpdf). Each document is
 * written as flat ODF (.fodt) and converted by `soffice --headless`.
 *
 *     node scripts/make-pdf-fixtures.mjs [OUTDIR]   (default fixtures/documents)
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const out = process.argv[2] ?? 'fixtures/documents'
const work = mkdtempSync(join(tmpdir(), 'pdf-fixtures-'))

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A flat ODF text document: page of `page` mm, header and footer, body XML. */
function fodt({ body, header = '', footer = false, page = [148, 210], size = 12 }) {
  const [width, height] = page
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Serif" svg:font-family="'Noto Serif CJK SC'"/>
 <style:font-face style:name="Sans" svg:font-family="'Noto Sans CJK SC'"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:line-height="150%" fo:margin-top="0mm" fo:margin-bottom="0mm" fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="Serif" style:font-name-asian="Serif" fo:font-size="${size}pt" style:font-size-asian="${size}pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
 </style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-indent="${2 * size}pt"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Body">
  <style:text-properties style:font-name="Sans" style:font-name-asian="Sans"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="${size}pt"/>
  <style:text-properties fo:font-size="${size * 1.5}pt" style:font-size-asian="${size * 1.5}pt"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="start" fo:line-height="120%"/>
  <style:text-properties fo:font-size="${size * 0.85}pt" style:font-size-asian="${size * 0.85}pt"/>
 </style:style>
 <style:style style:name="Furniture" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="${size * 0.8}pt" style:font-size-asian="${size * 0.8}pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="Page">
  <style:page-layout-properties fo:page-width="${width}mm" fo:page-height="${height}mm" fo:margin-top="12mm" fo:margin-bottom="10mm" fo:margin-left="18mm" fo:margin-right="16mm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="5mm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="5mm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Table" style:family="table"><style:table-properties style:width="${width - 34}mm" table:align="margins"/></style:style>
 <style:style style:name="CellBox" style:family="table-cell"><style:table-cell-properties fo:padding="1.5mm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:style>
 ${[8, 40, 20, 26, 20].map((w, i) => `<style:style style:name="Col${i}" style:family="table-column"><style:table-column-properties style:column-width="${w}mm"/></style:style>`).join('\n ')}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="Page">
  ${header ? `<style:header><text:p text:style-name="Furniture">${escape(header)}</text:p></style:header>` : ''}
  ${footer ? '<style:footer><text:p text:style-name="Furniture">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>' : ''}
 </style:master-page>
</office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body>
</office:document>
`
}

const paragraph = (style, text) => `<text:p text:style-name="${style}">${escape(text)}</text:p>`

/** The city plan: title, chapter headings in 黑体, everything else body text. */
function cityPlan() {
  const lines = readFileSync('fixtures/city-plan-2023.txt', 'utf8').split('\n').filter((l) => l.trim() !== '')
  const body = lines.map((line, i) =>
    paragraph(i === 0 ? 'Title' : /^[一二三四五六七八九十]+、/.test(line) ? 'Heading' : 'Body', line.trim()),
  )
  return fodt({ body: body.join('\n'), header: '某市知识产权局文件', footer: true })
}

/** Tasks of ip-plan-2023.txt as table rows: number, text, lead, the others, a deadline. */
export function taskRows(count) {
  const text = readFileSync('fixtures/ip-plan-2023.txt', 'utf8')
  const rows = []
  for (const m of text.matchAll(/^(\d+)\. (.+?)（([^（）]+?)(?:按职责分工)?负责）$/gmu)) {
    const [lead, ...others] = m[3].split('、')
    rows.push([m[1], m[2], lead, others.join('、'), rows.length % 3 === 2 ? '持续推进' : '2023年12月底前'])
    if (rows.length === count) break
  }
  return rows
}

export const TABLE_HEADER = ['序号', '重点任务', '牵头单位', '责任单位', '完成时限']

function taskTable() {
  const cell = (text) => `<table:table-cell table:style-name="CellBox" office:value-type="string">${paragraph('Cell', text)}</table:table-cell>`
  const row = (cells) => `<table:table-row table:style-name="Row">${cells.map(cell).join('')}</table:table-row>`
  const table = `<table:table table:name="Tasks" table:style-name="Table">
${[0, 1, 2, 3, 4].map((i) => `<table:table-column table:style-name="Col${i}"/>`).join('')}
<table:table-header-rows>${row(TABLE_HEADER)}</table:table-header-rows>
${taskRows(24).map(row).join('\n')}
</table:table>`
  const body = [
    paragraph('Title', '2023年知识产权重点任务分工表'),
    paragraph('Heading', '一、重点任务'),
    table,
    paragraph('Body', '各单位要按照分工抓好落实，于每季度末报送进展情况。'),
  ]
  return fodt({ body: body.join('\n'), footer: true })
}

function convert(name, xml) {
  writeFileSync(join(work, `${name}.fodt`), xml)
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, join(work, `${name}.fodt`)], {
    stdio: 'inherit',
  })
  renameSync(join(work, `${name}.pdf`), join(out, `${name}.pdf`))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  convert('city-plan', cityPlan())
  convert('task-table', taskTable())
  writeFileSync(join(work, 'one.fodt'), fodt({ body: paragraph('Body', '加密文档。') }))
  convert('one', fodt({ body: paragraph('Body', '加密文档。') }))
  execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', join(out, 'one.pdf'), join(out, 'encrypted.pdf')])
  rmSync(join(out, 'one.pdf'))
  rmSync(work, { recursive: true })
}
