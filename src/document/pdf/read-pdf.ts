import type { Extracted } from '../extracted.js'
import { CorruptDocumentError, DocumentTooLargeError, EncryptedDocumentError, NoTextLayerError } from '../errors.js'
import { assembleText } from './assemble.js'
import { localDataFactory, pdfjsDataDir } from './cmaps.js'
import { toRuns, type PageRuns, type PdfTextItem } from './runs.js'

/** Reading stops here: plans run to tens of pages; thousands mean a file that is not one. */
export const MAX_PDF_PAGES = 2000
/** Text pieces over all pages; bounds memory and time on a hostile file. */
export const MAX_PDF_RUNS = 2_000_000

/**
 * Read the text of a PDF back into paragraphs the plan parser reads: one
 * line per paragraph (a paragraph broken across lines and pages joined
 * back), table rows as tab-separated lines, running page numbers and
 * headers left out (listed in `dropped`), and no layout spaces between
 * Chinese characters. Loads pdf.js (through unpdf) only when called.
 *
 * Throws {@link NoTextLayerError} for a scan, {@link EncryptedDocumentError}
 * for a password-protected file, {@link CorruptDocumentError} for bytes
 * pdf.js cannot read, {@link DocumentTooLargeError} past {@link MAX_PDF_PAGES} pages.
 *
 * @example
 * ```ts
 * const { text, pages, dropped } = await readPdf(new Uint8Array(readFileSync('plan.pdf')))
 * const plan = parsePlan(text)
 * ```
 */
export async function readPdf(bytes: Uint8Array): Promise<Extracted> {
  const pages = await readPages(bytes)
  if (pages.length > 0 && pages.every((page) => page.runs.length === 0)) throw new NoTextLayerError(pages.length)
  return { format: 'pdf', ...assembleText(pages) }
}

/** The runs of every page, through pdf.js; its failures turned into the typed errors. */
async function readPages(bytes: Uint8Array): Promise<PageRuns[]> {
  const { getResolvedPDFJS } = await import('unpdf')
  const { getDocument } = await getResolvedPDFJS()
  const task = getDocument({
    // pdf.js takes the buffer over (it may detach it): hand it a copy, the
    // caller keeps theirs. Not `bytes.slice()`: on a Node Buffer that is a view.
    data: new Uint8Array(bytes),
    BinaryDataFactory: localDataFactory(pdfjsDataDir()),
    useWorkerFetch: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  } as Parameters<typeof getDocument>[0])
  let document: Awaited<typeof task.promise>
  try {
    document = await task.promise
  } catch (error) {
    await task.destroy().catch(() => undefined)
    throw typed(error)
  }
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      throw new DocumentTooLargeError('pdf', `${document.numPages} pages (at most ${MAX_PDF_PAGES} are read)`)
    }
    const pages: PageRuns[] = []
    let total = 0
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n)
      const { width, height } = page.getViewport({ scale: 1 })
      const content = await page.getTextContent()
      const items = content.items.filter((item): item is PdfTextItem & (typeof content.items)[number] => 'str' in item)
      total += items.length
      if (total > MAX_PDF_RUNS) throw new DocumentTooLargeError('pdf', `more than ${MAX_PDF_RUNS} pieces of text`)
      pages.push({ width, height, runs: toRuns(items, content.styles) })
      page.cleanup()
    }
    return pages
  } catch (error) {
    throw typed(error)
  } finally {
    await document.destroy().catch(() => undefined)
  }
}

/** pdf.js's exceptions as the reader's typed errors (ours pass through). */
function typed(error: unknown): Error {
  if (error instanceof DocumentTooLargeError || error instanceof NoTextLayerError) return error
  const name = (error as { name?: string } | null)?.name
  if (name === 'PasswordException') return new EncryptedDocumentError('pdf')
  const message = error instanceof Error ? error.message : String(error)
  return new CorruptDocumentError('pdf', message, { cause: error })
}
