/**
 * A compound (OLE) file: a .doc goes to its reader; an encrypted .docx, a
 * .wps or another Office file is named in a typed error. Loaded by
 * `parseDocument` only when such bytes arrive.
 */
import { CorruptDocumentError, EncryptedDocumentError, UnsupportedFormatError } from './errors.js'
import type { Extracted } from './extracted.js'
import { oleEntryNames } from './ole.js'

/** Read a compound (OLE) file: a .doc, or one of the formats it could also be. */
export async function readOle(bytes: Uint8Array): Promise<Extracted> {
  const names = oleEntryNames(bytes)
  if (!names) throw new CorruptDocumentError('doc', 'its OLE directory cannot be read')
  // A password-protected .docx (or .xlsx) is an OLE file holding the encrypted package.
  if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo')) {
    throw new EncryptedDocumentError('docx')
  }
  if (names.includes('WordDocument')) {
    const { readDoc } = await import('./doc/read-doc.js')
    return readDoc(bytes)
  }
  // Works' word processor (.wps) and Kingsoft's older formats keep their text in streams of their own.
  if (names.some((n) => /^(CONTENTS|WpsContent|WPS\b|MatOST)/i.test(n))) throw new UnsupportedFormatError('wps')
  throw new UnsupportedFormatError('ole', `streams: ${names.filter((n) => n !== 'Root Entry').slice(0, 5).join(', ')}`)
}
