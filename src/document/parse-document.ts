/**
 * `parseDocument`: a plan from the bytes of a file, whatever it is. PDF and
 * Word files go through their reader (loaded only when such bytes arrive:
 * importing the package loads none), everything else to `parsePlan`. The
 * plan read from a file carries the text it was parsed from (`source`).
 */
import { diagnostic } from '../diagnostics.js'
import { isDetached } from '../input/detached.js'
import { DEFAULT_MAX_INPUT_BYTES, checkByteSize } from '../limits.js'
import { type ParseOptions, checkOptions, parsePlan } from '../parse-plan.js'
import type { Diagnostic, Plan } from '../types.js'
import { createLocator } from '../util/location.js'
import { EmptyDocumentError } from './errors.js'
import type { Dropped, Extracted } from './extracted.js'
import { sniffContainer } from './sniff.js'

async function extract(bytes: Uint8Array): Promise<Extracted | null> {
  switch (sniffContainer(bytes)) {
    case 'pdf': {
      const { readPdf } = await import('./pdf/read-pdf.js')
      return readPdf(bytes)
    }
    case 'zip': {
      const { readDocx } = await import('./docx/read-docx.js')
      return readDocx(bytes)
    }
    case 'ole': {
      const { readOle } = await import('./read-ole.js')
      return readOle(bytes)
    }
    default:
      return null
  }
}

function droppedDiagnostic({ text, kind, at, page }: Dropped, locator: ReturnType<typeof createLocator>): Diagnostic {
  const place = locator.position(at, at)
  const where = page === undefined ? '' : ` on page ${page}`
  if (kind === 'header') return diagnostic('page-header', `Running header “${text}”${where} left out of the text`, place)
  if (kind === 'other') return diagnostic('page-header', `Page furniture “${text}”${where} left out of the text`, place)
  return diagnostic('page-footer', `${kind === 'page-number' ? 'Page number' : 'Running footer'} “${text}”${where} left out of the text`, place)
}

/**
 * Parse a plan from the bytes of a file: PDF, Word (.docx, .doc), or text,
 * Markdown or HTML in any encoding `parsePlan` reads. Word's automatic list
 * numbers are written as Word displays them (`一、`, `（一）`, `1.`), tables
 * as one line per row; running headers, footers and page numbers are left
 * out, each reported as an info diagnostic where it stood. Node positions are
 * offsets into the text extracted from the file, which the plan carries as
 * `source` (see {@link locate}).
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { parseDocument } from 'cn-plan-parser'
 * const plan = await parseDocument(readFileSync('plan.docx'))
 * plan.source?.format // 'docx'
 * ```
 * @throws {UnsupportedFormatError} for OFD, WPS and other files it does not read;
 *   `EmptyDocumentError`, `CorruptDocumentError`, `EncryptedDocumentError`, `DocumentTooLargeError`
 *   for files empty, damaged, password-protected or too large to read; what
 *   `parsePlan` throws, for the rest.
 */
export async function parseDocument(bytes: Uint8Array, options?: ParseOptions): Promise<Plan> {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`parseDocument: expected the file's bytes (a Uint8Array or Buffer), got ${bytes === null ? 'null' : typeof bytes}${typeof bytes === 'string' ? ': use parsePlan for text' : ''}`)
  }
  if (isDetached(bytes)) throw new TypeError('parseDocument: the bytes are a view over a detached ArrayBuffer (transferred away), so they can no longer be read')
  const checked = checkOptions(options)
  if (bytes.byteLength === 0) throw new EmptyDocumentError()
  checkByteSize(bytes, checked.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES)
  const extracted = await extract(bytes)
  if (!extracted) return parsePlan(bytes, options)
  // The extracted text is plain text by contract: it is not guessed to be Markdown or HTML.
  const plan = parsePlan(extracted.text, { ...checked, format: 'text' })
  if (extracted.dropped.length > 0) {
    const locator = createLocator(extracted.text)
    for (const d of extracted.dropped) plan.diagnostics.push(droppedDiagnostic(d, locator))
    // Stable: at one offset, what parsePlan reported stays first.
    plan.diagnostics.sort((a, b) => a.place.start.offset - b.place.start.offset)
  }
  const { format, text, pages, lines, paragraphs } = extracted
  plan.source = { format, text, ...(pages && { pages }), ...(lines && { lines }), ...(paragraphs && { paragraphs }) }
  return plan
}
