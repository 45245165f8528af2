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
