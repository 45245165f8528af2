/**
 * The one list of file extensions a directory argument collects. Files named
 * on the command line are read whatever their extension; only a directory's
 * contents are filtered, so that a folder of attachments can be given as it is.
 */

/** Plain text, Markdown and HTML: parsed by `parsePlan` (its content decides the format). */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm']

/** Word and PDF: read by `parseDocument` (the bytes decide, not the extension). */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.docx', '.doc', '.pdf']

export const PLAN_EXTENSIONS: readonly string[] = [...TEXT_EXTENSIONS, ...DOCUMENT_EXTENSIONS]

/** `.PDF` and `.Txt` are common in archives made on Windows. */
export const extensionOf = (path: string): string => {
  const base = path.slice(path.lastIndexOf('/') + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot).toLowerCase() : ''
}

const PLAN = new Set(PLAN_EXTENSIONS)

export const isPlanFile = (path: string): boolean => PLAN.has(extensionOf(path))
