/**
 * Build small .docx files from WordprocessingML snippets: the test helper of
 * the Word reader and the maker of fixtures/documents/province-plan-table.docx
 * (scripts/make-table-docx.mjs). The zip is written with fflate, entries in a
 * fixed order with a fixed date, so the same input gives the same bytes.
 */
import { strToU8, zipSync } from 'fflate'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

/** Escape text for XML content and attribute values. */
export const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A run of text (`<w:r><w:t>…</w:t></w:r>`), spaces kept. */
export const run = (text, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`

/** A paragraph of runs (strings become runs), with optional `<w:pPr>` content. */
export const para = (runs, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${(Array.isArray(runs) ? runs : [runs]).map((r) => (r.startsWith('<') ? r : run(r))).join('')}</w:p>`

/** `<w:numPr>` for list `numId` at level `ilvl`. */
export const numPr = (numId, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`

/** A level of an abstract list definition. */
export const level = (ilvl, numFmt, lvlText, { start = 1, suff, restart, pStyle } = {}) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${numFmt}"/>${restart !== undefined ? `<w:lvlRestart w:val="${restart}"/>` : ''}${pStyle ? `<w:pStyle w:val="${pStyle}"/>` : ''}${suff ? `<w:suff w:val="${suff}"/>` : ''}<w:lvlText w:val="${esc(lvlText)}"/></w:lvl>`

/**
 * `numbering.xml` from abstract definitions (id → levels XML) and list
 * instances (numId → abstract id, or { abstract, overrides XML }).
 */
export function numberingXml(abstracts, nums) {
  const a = Object.entries(abstracts).map(([id, levels]) => `<w:abstractNum w:abstractNumId="${id}">${levels}</w:abstractNum>`)
  const n = Object.entries(nums).map(([id, v]) => {
    const { abstract, overrides = '' } = typeof v === 'object' ? v : { abstract: v }
    return `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstract}"/>${overrides}</w:num>`
  })
  return `${XML}<w:numbering xmlns:w="${W}">${a.join('')}${n.join('')}</w:numbering>`
}

/** `styles.xml` from paragraph styles: { id, basedOn?, pPr?, default? }. */
export function stylesXml(styles) {
  const body = styles
    .map((s) => `<w:style w:type="paragraph" w:styleId="${s.id}"${s.default ? ' w:default="1"' : ''}><w:name w:val="${s.id}"/>${s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : ''}${s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : ''}</w:style>`)
    .join('')
  return `${XML}<w:styles xmlns:w="${W}">${body}</w:styles>`
}

/**
 * The bytes of a .docx whose body is `body` (paragraphs and tables), with
 * optional numbering, styles, header and footer (`<w:p>` content of the
 * part; the body's section names them) and extra entries.
 */
export function makeDocx({ body, numbering, styles, header, footer, extra = {}, sectPr = true }) {
  const rels = []
  const types = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>']
  const files = {}
  const part = (name, id, type, xml, contentType) => {
    files[`word/${name}`] = strToU8(xml)
    rels.push(`<Relationship Id="${id}" Type="${REL}/${type}" Target="${name}"/>`)
    types.push(`<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${contentType}+xml"/>`)
  }
  if (numbering) part('numbering.xml', 'rIdNumbering', 'numbering', numbering, 'numbering')
  if (styles) part('styles.xml', 'rIdStyles', 'styles', styles, 'styles')
  if (header) part('header1.xml', 'rIdHeader1', 'header', `${XML}<w:hdr xmlns:w="${W}" xmlns:r="${R}">${header}</w:hdr>`, 'header')
  if (footer) part('footer1.xml', 'rIdFooter1', 'footer', `${XML}<w:ftr xmlns:w="${W}" xmlns:r="${R}">${footer}</w:ftr>`, 'footer')
  const refs = `${header ? '<w:headerReference w:type="default" r:id="rIdHeader1"/>' : ''}${footer ? '<w:footerReference w:type="default" r:id="rIdFooter1"/>' : ''}`
  const section = sectPr ? `<w:sectPr>${refs}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>` : ''
  const document = `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${section}</w:body></w:document>`
  const entries = {
    '[Content_Types].xml': strToU8(`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${types.join('')}</Types>`),
    '_rels/.rels': strToU8(`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/document.xml': strToU8(document),
    'word/_rels/document.xml.rels': strToU8(`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`),
    ...files,
    ...Object.fromEntries(Object.entries(extra).map(([name, text]) => [name, typeof text === 'string' ? strToU8(text) : text])),
  }
  return zipSync(entries, { level: 6, mtime: new Date('2024-01-01T00:00:00Z') })
}
