/**
 * Typed errors of `parseDocument`: a file in a format it does not read yet,
 * and a file it cannot read (broken, encrypted, empty). Each names the
 * format, so a caller can tell the user what to do with the file.
 */

/** Formats `parseDocument` recognises but does not read yet. */
export type UnsupportedFormat = 'ofd' | 'wps' | 'ole' | 'zip'

const UNSUPPORTED: Record<UnsupportedFormat, string> = {
  ofd: 'OFD documents (GB/T 33190) are not supported yet; export the plan as PDF, Word or text',
  wps: 'WPS / Works documents (.wps) are not supported yet; save the plan as .docx or PDF',
  ole: 'this Office file is not a Word document (it has no WordDocument stream)',
  zip: 'this zip archive is not a Word document (it has no word/document.xml)',
}

/**
 * Thrown by `parseDocument` for a file in a format it does not read:
 * `.ofd`, `.wps`, another Office file or another zip archive.
 *
 * @example
 * ```ts
 * try {
 *   await parseDocument(bytes)
 * } catch (error) {
 *   if (error instanceof UnsupportedFormatError) console.error(error.format) // 'ofd'
 * }
 * ```
 */
export class UnsupportedFormatError extends Error {
  override name = 'UnsupportedFormatError'
  constructor(
    readonly format: UnsupportedFormat,
    detail?: string,
  ) {
    super(`parseDocument: ${UNSUPPORTED[format]}${detail ? ` (${detail})` : ''}`)
  }
}

/** Why a document could not be read. */
export type DocumentProblem = 'empty' | 'corrupt' | 'encrypted'

/**
 * Thrown by `parseDocument` for a file that is of a known format but cannot
 * be read: no bytes at all, a broken file, a password-protected one.
 *
 * @example
 * ```ts
 * try {
 *   await parseDocument(bytes)
 * } catch (error) {
 *   if (error instanceof DocumentReadError && error.problem === 'encrypted') console.error('remove the password first')
 * }
 * ```
 */
export class DocumentReadError extends Error {
  override name = 'DocumentReadError'
  constructor(
    /** The format the bytes claim to be (`'docx'`, `'doc'`, `'pdf'`), `null` when they are empty. */
    readonly format: 'docx' | 'doc' | 'pdf' | null,
    readonly problem: DocumentProblem,
    message: string,
  ) {
    super(`parseDocument: ${message}`)
  }
}

/**
 * Thrown by `parsePlan` given the bytes of a PDF, Word file or zip archive,
 * which are not text: `parseDocument` reads them.
 */
export class DocumentBytesError extends TypeError {
  override name = 'DocumentBytesError'
  constructor(readonly kind: 'pdf' | 'zip' | 'ole') {
    const what = { pdf: 'a PDF file', zip: 'a zip archive (a .docx file?)', ole: 'an Office file (a .doc file?)' }[kind]
    super(`parsePlan: the bytes are ${what}, not text; use \`await parseDocument(bytes)\` to read Word and PDF files`)
  }
}
