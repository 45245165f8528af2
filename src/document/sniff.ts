/**
 * What kind of file some bytes are, from their first bytes only: cheap
 * enough for `parsePlan` to check every byte input it is given.
 */

/** `%PDF-` */
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]
/** `PK\x03\x04` (a local file header), `PK\x05\x06` (an empty archive). */
const ZIP = [[0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06]]
/** The compound file (OLE) signature of .doc, .xls, .wps, and of encrypted .docx. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)

/** The container the bytes are in, or `null` for anything else (text, most likely). */
export type Container = 'pdf' | 'zip' | 'ole'

/**
 * @example
 * ```ts
 * sniffContainer(new TextEncoder().encode('%PDF-1.7')) // 'pdf'
 * ```
 */
export function sniffContainer(bytes: Uint8Array): Container | null {
  // A PDF may have junk before its header (readers look in the first 1024 bytes); a UTF-8 BOM is the common case.
  if (startsWith(bytes, PDF) || (bytes[0] === 0xef && startsWith(bytes.subarray(3), PDF))) return 'pdf'
  if (ZIP.some((z) => startsWith(bytes, z))) return 'zip'
  if (startsWith(bytes, OLE)) return 'ole'
  return null
}
