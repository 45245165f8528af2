/**
 * The text of a Word document's body (`word/document.xml`), written to the
 * contract of `Extracted`: one line per paragraph, its automatic number
 * written in front as Word displays it; a table row as one line of
 * tab-separated cells. What Word does not display is left out: deleted
 * text of tracked changes, hidden text, field instructions (their results
 * stay), footnote and comment marks, drawings and text boxes.
 */
import { NumberingCounters } from './numbering.js'
import { type ParagraphStyles, readNumPr } from './styles.js'
import { type XmlElement, child, isOn, valOf } from './xml.js'

/** A line of text being written, with the page marks in it (offsets into `text`). */
interface Line {
  text: string
  marks: number[]
}

/** A section of the document: where it starts and the header and footer parts it names (relationship ids). */
export interface Section {
  start: number
  references: { kind: 'header' | 'footer'; id: string }[]
}

export interface BodyText {
  text: string
  /** Offset where each paragraph (a table row counts as one) starts. */
  paragraphs: number[]
  /** Offsets where pages start, when the file records where Word broke its pages. */
  pages?: number[]
  sections: Section[]
}

/** Elements whose children are read as if they stood in their place (wrappers around runs or blocks). */
const TRANSPARENT = new Set(['ins', 'moveTo', 'hyperlink', 'smartTag', 'customXml', 'fldSimple', 'dir', 'bdo', 'sdtContent'])
/** Elements left out with everything inside them. */
const SKIPPED = new Set(['del', 'moveFrom', 'pPr', 'rPr', 'drawing', 'pict', 'object', 'AlternateContent', 'sdtPr', 'sdtEndPr', 'tblPr', 'tblGrid', 'trPr', 'tcPr'])

/** A cell written as one TSV field: quoted when it holds a tab, a line break or a quote, inner quotes doubled. */
export function tsvCell(text: string): string {
  return /[\t\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** What a separator after the number is written as: a space for Word's tab (a tab would read as a table cell). */
const SUFFIX = { tab: ' ', space: ' ', nothing: '' } as const

class Writer {
  private out = ''
  readonly paragraphs: number[] = []
  private readonly marks: number[] = []
  private rendered = false
  readonly sections: Section[] = [{ start: 0, references: [] }]
  /** Open fields, innermost last: text shows only once every one of them is past its instruction. */
  private fields: ('instruction' | 'result')[] = []
  private readonly counters: NumberingCounters

  constructor(
    numbering: ConstructorParameters<typeof NumberingCounters>[0],
    private readonly styles: ParagraphStyles,
  ) {
    this.counters = new NumberingCounters(numbering)
  }

  /** Block-level content: paragraphs and tables, each ending its line. */
  blocks(parent: XmlElement): void {
    for (const node of parent.children) {
      if (typeof node === 'string') continue
      if (node.name === 'p') this.line(this.paragraph(node), node)
      else if (node.name === 'tbl') for (const row of this.rows(node)) this.line(row)
      else if (node.name === 'sectPr') this.section(node)
      else if (node.name === 'sdt' || TRANSPARENT.has(node.name)) this.blocks(node.name === 'sdt' ? (child(node, 'sdtContent') ?? node) : node)
    }
  }

  private line(content: Line, paragraph?: XmlElement): void {
    if (this.out !== '' || this.paragraphs.length > 0) this.out += '\n'
    const start = this.out.length
    this.paragraphs.push(start)
    if (paragraph && isOn(child(paragraph, 'pPr'), 'pageBreakBefore')) this.marks.push(start)
    for (const m of content.marks) this.marks.push(start + m)
    this.out += content.text
    const sectPr = child(child(paragraph, 'pPr'), 'sectPr')
    // A section ends with the paragraph that carries its properties; the next starts after it.
    if (sectPr) {
      this.section(sectPr)
      this.sections.push({ start: this.out.length + 1, references: [] })
    }
  }

  private section(sectPr: XmlElement): void {
    const current = this.sections[this.sections.length - 1]!
    for (const ref of sectPr.children) {
      if (typeof ref === 'string' || !ref.attrs.id) continue
      if (ref.name === 'headerReference') current.references.push({ kind: 'header', id: ref.attrs.id })
      if (ref.name === 'footerReference') current.references.push({ kind: 'footer', id: ref.attrs.id })
    }
  }

  /** A paragraph's text: its number as displayed, then its runs. Page marks are offsets into that text. */
  paragraph(p: XmlElement): Line {
    const pPr = child(p, 'pPr')
    const marker = this.marker(pPr)
    const runs: Line = { text: '', marks: [] }
    this.inline(p, runs)
    // A page that starts with the paragraph starts before its number.
    const marks = runs.marks.map((m) => (m === 0 ? 0 : m + marker.length))
    return { text: marker + runs.text, marks }
  }

  private marker(pPr: XmlElement | undefined): string {
    const own = readNumPr(pPr)
    const styleId = valOf(pPr, 'pStyle')
    const fromStyle = this.styles.numPr(styleId)
    const numId = own?.numId ?? fromStyle?.numId
    // numId 0 takes away a number the style would give.
    if (numId === undefined || numId === '0') return ''
    const ilvl = own?.ilvl ?? fromStyle?.ilvl ?? (styleId === undefined ? undefined : this.counters.levelOfStyle(numId, styleId)) ?? 0
    const marker = this.counters.next(numId, ilvl)
    return marker && marker.text ? marker.text + SUFFIX[marker.suff] : ''
  }

  private visible(): boolean {
    return this.fields.every((f) => f === 'result')
  }

  /** Runs and what wraps them, appended to `into`. */
  private inline(parent: XmlElement, into: Line): void {
    for (const node of parent.children) {
      if (typeof node === 'string' || SKIPPED.has(node.name)) continue
      if (node.name === 'r') this.run(node, into)
      else if (node.name === 'sdt') this.inline(child(node, 'sdtContent') ?? node, into)
      else if (TRANSPARENT.has(node.name)) this.inline(node, into)
    }
  }

  private run(r: XmlElement, into: Line): void {
    const rPr = child(r, 'rPr')
    // Hidden text is not displayed (nor printed): left out like a deletion.
    if (isOn(rPr, 'vanish') || isOn(rPr, 'specVanish')) return
    for (const node of r.children) {
      if (typeof node === 'string') continue
      switch (node.name) {
        case 't':
          if (this.visible()) into.text += node.children.filter((c) => typeof c === 'string').join('').replace(/\t/g, ' ').replace(/\r\n?/g, '\n')
          break
        case 'tab':
        case 'ptab':
          if (this.visible()) into.text += ' '
          break
        case 'br':
        case 'cr':
          if (!this.visible()) break
          if (node.attrs.type === 'page') into.marks.push(into.text.length)
          else if (node.attrs.type !== 'column') into.text += '\n'
          break
        case 'lastRenderedPageBreak':
          this.rendered = true
          into.marks.push(into.text.length)
          break
        case 'noBreakHyphen':
          if (this.visible()) into.text += '-'
          break
        case 'sym':
          if (this.visible()) into.text += symbol(node.attrs.char)
          break
        case 'fldChar': {
          const type = node.attrs.fldCharType
          if (type === 'begin') this.fields.push('instruction')
          else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = 'result'
          else if (type === 'end') this.fields.pop()
          break
        }
        // softHyphen (shown only where a line breaks), instrText, delText, notes and comment marks: nothing displayed.
      }
    }
  }

  /** A table's rows, each one line of cells; a nested table's rows become lines inside its cell. */
  rows(tbl: XmlElement): Line[] {
    const rows: Line[] = []
    for (const tr of wrapped(tbl, 'tr')) {
      const cells: string[] = []
      let marked = false
      for (const tc of wrapped(tr, 'tc')) {
        const vMerge = child(child(tc, 'tcPr'), 'vMerge')
        // The cells below the first of a vertical merge are empty; a horizontal merge (gridSpan) is one cell.
        if (vMerge && vMerge.attrs.val !== 'restart') {
          cells.push('')
          continue
        }
        const lines: string[] = []
        for (const block of tc.children) {
          if (typeof block === 'string') continue
          const found = block.name === 'p' ? [this.paragraph(block)] : block.name === 'tbl' ? this.rows(block) : block.name === 'sdt' ? wrapped(block, 'p').map((p) => this.paragraph(p)) : []
          for (const f of found) {
            // A page that breaks inside a row is counted from the row's start.
            if (f.marks.length > 0) marked = true
            if (f.text.trim() !== '') lines.push(f.text)
          }
        }
        cells.push(tsvCell(lines.join('\n')))
      }
      rows.push({ text: cells.join('\t'), marks: marked ? [0] : [] })
    }
    return rows
  }

  result(): BodyText {
    const body: BodyText = { text: this.out, paragraphs: this.paragraphs, sections: this.sections.filter((s) => s.references.length > 0) }
    if (this.rendered) body.pages = pageStarts(this.marks, this.out)
    return body
  }
}

/** Children named `name`, looking through content controls and custom XML around them. */
function wrapped(parent: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = []
  for (const node of parent.children) {
    if (typeof node === 'string') continue
    if (node.name === name) out.push(node)
    else if (node.name === 'sdt') out.push(...wrapped(child(node, 'sdtContent') ?? node, name))
    else if (node.name === 'customXml' || node.name === 'sdtContent') out.push(...wrapped(node, name))
  }
  return out
}

/**
 * `<w:sym w:char="F06C" w:font="Wingdings"/>`: the character, or for the
 * symbol fonts' private-use codes (F0xx), the byte they stand for.
 */
function symbol(hex: string | undefined): string {
  const code = hex ? parseInt(hex, 16) : NaN
  if (!Number.isFinite(code) || code <= 0) return ''
  return String.fromCodePoint(code >= 0xf020 && code <= 0xf0ff ? code - 0xf000 : code)
}

/**
 * Page starts from page marks: 0 first, then each mark, where marks with
 * only white space between them (an explicit break Word also recorded as
 * rendered on the next line) are one page start, the later one.
 */
export function pageStarts(marks: readonly number[], text: string): number[] {
  const pages = [0]
  for (const m of [...marks].sort((a, b) => a - b)) {
    const last = pages[pages.length - 1]!
    if (m === last) continue
    // Nothing but white space since the last start: the same page break, recorded twice (the first page starts at 0 whatever).
    if (text.slice(last, m).trim() !== '') pages.push(m)
    else if (last !== 0) pages[pages.length - 1] = m
  }
  return pages
}

/**
 * Write the body of `document.xml` (its root element) as text.
 *
 * @example
 * ```ts
 * bodyText(parseXml(documentXml), readNumbering(parseXml(numberingXml)), readStyles(parseXml(stylesXml))).text
 * ```
 */
export function bodyText(document: XmlElement, numbering: ConstructorParameters<typeof NumberingCounters>[0], styles: ParagraphStyles): BodyText {
  const writer = new Writer(numbering, styles)
  const body = child(child(document, 'document'), 'body')
  if (body) writer.blocks(body)
  return writer.result()
}

/**
 * The text of a header or footer part (its root element), lines joined by
 * a space: what it would have put on every page.
 */
export function partText(root: XmlElement, numbering: ConstructorParameters<typeof NumberingCounters>[0], styles: ParagraphStyles): string {
  const writer = new Writer(numbering, styles)
  for (const node of root.children) if (typeof node !== 'string') writer.blocks(node)
  return writer
    .result()
    .text.split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
}
