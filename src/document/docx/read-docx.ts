/**
 * The .docx reader: unzip the parts it needs (fflate), read the body with
 * its list numbering and styles, and report the headers and footers left
 * out. Loaded by `parseDocument` only when a zip arrives.
 */
import { type Unzipped, unzipSync } from 'fflate'
import type { Dropped, Extracted } from '../extracted.js'
import { CorruptDocumentError, DocumentTooLargeError, UnsupportedFormatError } from '../errors.js'
import { isPageNumber } from '../page-number.js'
import { bodyText, partText } from './body.js'
import { readNumbering } from './numbering.js'
import { readStyles } from './styles.js'
import { type XmlElement, XmlError, childrenNamed, child, parseXml } from './xml.js'

/** The largest XML part read, unzipped: past it, a "document" is more likely a zip bomb than a plan. */
const MAX_PART_BYTES = 256 * 1024 * 1024

const utf8 = new TextDecoder('utf-8')

/** What a styles part holds besides the paragraph styles' numbering: formatting, most of the part. */
const STYLE_FORMATTING = new Set(['rPr', 'tblPr', 'trPr', 'tcPr', 'tblStylePr', 'latentStyles', 'docDefaults', 'rsid'])

/** Parts of a Word file never read here (unzipping them took as long as reading the rest). */
const UNREAD = /^word\/(?:(?:theme|glossary|media|embeddings|customXml)\/|(?:stylesWithEffects|fontTable|settings|webSettings|footnotes|endnotes|comments\w*|people)\.xml$)/

/** Which entries to unzip: the Word parts read here, and the names that tell other zip formats apart. */
const wanted = (name: string): boolean =>
  name === '_rels/.rels' || name === 'OFD.xml' || (name.startsWith('word/') && (name.endsWith('.xml') || name.endsWith('.rels')) && !UNREAD.test(name))

function unzip(bytes: Uint8Array): Unzipped {
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false
        if (file.originalSize > MAX_PART_BYTES) throw new DocumentTooLargeError('docx', `the part ${file.name} unzips to ${file.originalSize} bytes, more than a Word document holds`)
        return true
      },
    })
  } catch (error) {
    if (error instanceof DocumentTooLargeError) throw error
    throw new CorruptDocumentError('docx', `the zip archive is damaged (${error instanceof Error ? error.message : String(error)})`, { cause: error })
  }
}

function xml(files: Unzipped, name: string, skip?: ReadonlySet<string>): XmlElement | undefined {
  const data = files[name]
  if (!data) return undefined
  try {
    return parseXml(utf8.decode(data), skip)
  } catch (error) {
    if (error instanceof XmlError) throw new CorruptDocumentError('docx', `${name} is not well-formed XML (${error.message})`, { cause: error })
    throw error
  }
}

/** `word/document.xml` → `word/_rels/document.xml.rels`. */
function relsOf(part: string): string {
  const slash = part.lastIndexOf('/') + 1
  return `${part.slice(0, slash)}_rels/${part.slice(slash)}.rels`
}

/** Resolve a relationship target against the part that names it (`footer1.xml` from `word/document.xml` → `word/footer1.xml`). */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = from.split('/').slice(0, -1)
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop()
    else if (piece !== '.') parts.push(piece)
  }
  return parts.join('/')
}

/** Relationships of `part`: id → { type (last segment), target part }. */
function relationships(files: Unzipped, part: string): Map<string, { type: string; target: string }> {
  const map = new Map<string, { type: string; target: string }>()
  for (const r of childrenNamed(child(xml(files, relsOf(part)), 'Relationships'), 'Relationship')) {
    if (r.attrs.Id && r.attrs.Target && r.attrs.TargetMode !== 'External') {
      const type = r.attrs.Type ?? ''
      map.set(r.attrs.Id, { type: type.slice(type.lastIndexOf('/') + 1), target: resolveTarget(part, r.attrs.Target) })
    }
  }
  return map
}

/** The main document part: named by the package's relationships, `word/document.xml` by convention. */
function mainPart(files: Unzipped): string | undefined {
  for (const r of childrenNamed(child(xml(files, '_rels/.rels'), 'Relationships'), 'Relationship')) {
    const target = r.attrs.Target && resolveTarget('', r.attrs.Target)
    if ((r.attrs.Type ?? '').endsWith('/officeDocument') && target && files[target]) return target
  }
  return files['word/document.xml'] ? 'word/document.xml' : undefined
}

/**
 * Read a .docx file.
 *
 * @example
 * ```ts
 * const { text, paragraphs, dropped } = readDocx(bytes)
 * ```
 * @throws {CorruptDocumentError} on a damaged archive or part, {@link DocumentTooLargeError} on a part too large to unzip; {@link UnsupportedFormatError} on a zip that is not a Word document (an OFD file, say).
 */
export function readDocx(bytes: Uint8Array): Extracted {
  const files = unzip(bytes)
  const main = mainPart(files)
  if (!main) {
    if (files['OFD.xml']) throw new UnsupportedFormatError('ofd')
    throw new UnsupportedFormatError('zip')
  }
  const document = xml(files, main)!
  const rels = relationships(files, main)
  const partOf = (type: string) => [...rels.values()].find((r) => r.type === type)?.target
  const numbering = readNumbering(xml(files, partOf('numbering') ?? 'word/numbering.xml'))
  const styles = readStyles(xml(files, partOf('styles') ?? 'word/styles.xml', STYLE_FORMATTING))
  const body = bodyText(document, numbering, styles)
  const extracted: Extracted = { format: 'docx', text: body.text, paragraphs: body.paragraphs, dropped: [] }
  if (body.pages) extracted.pages = body.pages
  // Each header or footer part once, where the first section that shows it starts: it stood on every page of it.
  const reported = new Set<string>()
  for (const section of body.sections) {
    for (const { kind, id } of section.references) {
      const target = rels.get(id)?.target
      if (!target || reported.has(target)) continue
      reported.add(target)
      const root = xml(files, target)
      const text = root ? partText(root, numbering, styles) : ''
      if (!text) continue
      const dropped: Dropped = { text, kind: isPageNumber(text) ? 'page-number' : kind, at: Math.min(section.start, body.text.length) }
      if (body.pages) dropped.page = pageAt(body.pages, dropped.at)
      extracted.dropped.push(dropped)
    }
  }
  extracted.dropped.sort((a, b) => a.at - b.at)
  return extracted
}

function pageAt(pages: readonly number[], offset: number): number {
  let page = 0
  while (page + 1 < pages.length && pages[page + 1]! <= offset) page++
  return page + 1
}
