/** How the worker is to read a text: the formats parsePlan takes. */
export type Format = 'auto' | 'text' | 'markdown' | 'html'

/** A dropped or chosen file, ready for the worker: its text, a Word or PDF file's bytes, or why it cannot be read. */
export type FileInput =
  | { ok: true; name: string; text: string; format: Format }
  | { ok: true; name: string; bytes: Uint8Array; format: 'document' }
  | { ok: false; name: string; message: string }

/** What each kind of file is, by extension: Word and PDF files go to the worker as bytes, for `parseDocument`. */
const KINDS: ReadonlyArray<{ pattern: RegExp; format: Format | 'document' }> = [
  { pattern: /\.(md|markdown)$/i, format: 'markdown' },
  { pattern: /\.html?$/i, format: 'html' },
  { pattern: /\.(docx?|pdf)$/i, format: 'document' },
]

/**
 * Bytes to text: a BOM says UTF-8 or UTF-16; otherwise UTF-8 when the bytes
 * are valid UTF-8, else GB18030 (which Chinese Windows saves as "ANSI"). The
 * BOM is dropped. parsePlan reads bytes with more care (Big5 among others),
 * but the page shows and parses one string, so that diagnostics point into
 * the text on screen.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

export async function readFile(file: File): Promise<FileInput> {
  const kind = KINDS.find((k) => k.pattern.test(file.name))?.format ?? 'auto'
  if (kind === 'document') return { ok: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), format: kind }
  const text = decodeText(new Uint8Array(await file.arrayBuffer()))
  return { ok: true, name: file.name, text, format: kind }
}
