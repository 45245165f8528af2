/**
 * The .doc (Word 97–2003) reader, over word-extractor: pure JavaScript, no
 * native code. `filterUnicode: false` keeps the text as written (its
 * default folds “” and — into ASCII). Binary Word keeps typed text only:
 * automatic numbers are not in it, and a table comes out with a tab after
 * every cell and no row boundary we can trust, so its rows are left as the
 * reader gives them.
 */
import WordExtractor from 'word-extractor'
import { CorruptDocumentError } from '../errors.js'
import type { Dropped, Extracted } from '../extracted.js'
import { isPageNumber } from '../page-number.js'
import { lineStarts } from '../../util/location.js'

/**
 * Read a .doc file.
 *
 * @throws {CorruptDocumentError} when the file cannot be read.
 */
export async function readDoc(bytes: Uint8Array): Promise<Extracted> {
  let document
  try {
    document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  } catch (error) {
    throw new CorruptDocumentError('doc', `word-extractor could not read it (${error instanceof Error ? error.message : String(error)})`, { cause: error })
  }
  // Carriage returns are paragraph ends the reader already made line breaks; the last one ends the text.
  let text = document.getBody({ filterUnicode: false }).replace(/\r\n?/g, '\n')
  let end = text.length
  while (end > 0 && text[end - 1] === '\n') end--
  text = text.slice(0, end)
  const dropped: Dropped[] = []
  const running = [
    ['header', document.getHeaders({ filterUnicode: false, includeFooters: false })],
    ['footer', document.getFooters({ filterUnicode: false })],
  ] as const
  for (const [kind, part] of running) {
    // The reader gives every section's header (or footer) text one after another: each once.
    for (const line of new Set(part.split('\n').map((l) => l.trim()).filter(Boolean))) {
      dropped.push({ text: line, kind: isPageNumber(line) ? 'page-number' : kind, at: 0 })
    }
  }
  return { format: 'doc', text, paragraphs: lineStarts(text), dropped }
}
