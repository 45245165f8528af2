/**
 * The browser build's stand-in for read-doc.ts: word-extractor reads .doc
 * files through Node's Buffer and file system, so in a page a .doc file is
 * refused by name rather than bundled with Node shims.
 */
import { UnsupportedFormatError } from '../errors.js'
import type { Extracted } from '../extracted.js'

export async function readDoc(_bytes: Uint8Array): Promise<Extracted> {
  throw new UnsupportedFormatError('doc')
}
