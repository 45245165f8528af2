/**
 * Typed errors of the document readers: what is wrong with the file, said so
 * a caller can tell a scan from a broken download without reading messages.
 */

/** The format of the file, as the readers name it in their messages. */
export type DocumentFormat = 'pdf' | 'docx' | 'doc'

/**
 * The PDF has pages but no text on them: a scan or a picture of a document.
 * The plan cannot be read without OCR, which this library does not do.
 *
 * @example
 * ```ts
 * try { await readPdf(bytes) } catch (e) { if (e instanceof NoTextLayerError) console.error(e.pages) }
 * ```
 */
export class NoTextLayerError extends Error {
  override name = 'NoTextLayerError'
  /** How many pages the file has (all without text). */
  readonly pages: number

  constructor(pages: number) {
    super(`The PDF has ${pages} page${pages === 1 ? '' : 's'} but no text layer (a scan or images): run OCR on it first`)
    this.pages = pages
  }
}

/** The file is encrypted and needs a password to open. */
export class EncryptedDocumentError extends Error {
  override name = 'EncryptedDocumentError'
  readonly format: DocumentFormat

  constructor(format: DocumentFormat) {
    super(`The ${format.toUpperCase()} file is encrypted (password protected): save an unprotected copy and parse that`)
    this.format = format
  }
}

/** The file is damaged, truncated, or not the format its first bytes claim. */
export class CorruptDocumentError extends Error {
  override name = 'CorruptDocumentError'
  readonly format: DocumentFormat

  constructor(format: DocumentFormat, detail: string, options?: { cause?: unknown }) {
    super(`The ${format.toUpperCase()} file cannot be read: ${detail}`, options)
    this.format = format
  }
}

/** The document is larger than a reader will take apart (pages or text pieces), so reading it could not finish in bounded time. */
export class DocumentTooLargeError extends Error {
  override name = 'DocumentTooLargeError'
  readonly format: DocumentFormat

  constructor(format: DocumentFormat, detail: string) {
    super(`The ${format.toUpperCase()} file is too large to read: ${detail}`)
    this.format = format
  }
}

/** A file of no bytes at all: nothing to read, in any format (a failed download, most likely). */
export class EmptyDocumentError extends Error {
  override name = 'EmptyDocumentError'

  constructor() {
    super('parseDocument: the file is empty (0 bytes)')
  }
}

/** Formats `parseDocument` recognises but does not read yet. */
export type UnsupportedFormat = 'ofd' | 'wps' | 'ole' | 'zip' | 'doc'

const UNSUPPORTED: Record<UnsupportedFormat, string> = {
  ofd: 'OFD documents (GB/T 33190) are not supported yet; export the plan as PDF, Word or text',
  wps: 'WPS / Works documents (.wps) are not supported yet; save the plan as .docx or PDF',
  ole: 'this Office file is not a Word document (it has no WordDocument stream)',
  zip: 'this zip archive is not a Word document (it has no word/document.xml)',
  doc: 'Word 97–2003 (.doc) files are read in Node only; save the plan as .docx or PDF to read it here',
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
