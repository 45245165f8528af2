/**
 * Bytes to text. A BOM decides (UTF-8, UTF-16LE, UTF-16BE); without one,
 * bytes that are valid UTF-8 are UTF-8, UTF-16 is recognised by its zero
 * bytes, and GB18030 (a superset of GBK and GB2312) is tried last.
 */

/**
 * Thrown by `parsePlan(bytes)` for bytes that no supported encoding decodes
 * (an input the caller must fix, not a messy document); `tried` names the
 * encodings tried.
 *
 * @example
 * ```ts
 * try {
 *   parsePlan(new Uint8Array([0x31, 0xff, 0x32, 0x80]))
 * } catch (error) {
 *   if (error instanceof DecodeError) console.error(error.tried) // ['utf-8', 'gb18030']
 * }
 * ```
 */
export class DecodeError extends Error {
  override name = 'DecodeError'
  constructor(readonly tried: readonly string[]) {
    super(`parsePlan: the bytes are not valid text in any of the encodings tried (${tried.join(', ')}); decode them yourself and pass a string`)
  }
}

const BOMS: ReadonlyArray<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
]

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM keeps a BOM in the text, so that offsets count it as the input did.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * Guess UTF-16 without a BOM: Chinese text in UTF-16 has zero bytes (from
 * ASCII punctuation, digits, line breaks) mostly at one parity; UTF-8 and
 * GB18030 text has none.
 */
function utf16Guess(bytes: Uint8Array): string | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null
  let even = 0
  let odd = 0
  const sample = Math.min(bytes.length, 4096)
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++
  // A few Han characters have a zero byte too (一 is U+4E00): look for a clear majority.
  if (odd >= 2 && odd >= 4 * even) return 'utf-16le'
  if (even >= 2 && even >= 4 * odd) return 'utf-16be'
  return null
}

/** The encoding a byte input was read as, and its text (BOM kept, as U+FEFF). */
export interface Decoded {
  text: string
  encoding: string
}

/**
 * Decode a plan given as bytes.
 *
 * @example
 * ```ts
 * decodeBytes(new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2])) // { text: '一、', encoding: 'gb18030' }
 * ```
 * @throws {DecodeError} naming the encodings tried when none fits.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  for (const { bytes: bom, encoding } of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      const text = strictDecode(encoding, bytes)
      if (text === null) throw new DecodeError([encoding])
      return { text, encoding }
    }
  }
  const tried: string[] = []
  const utf16 = utf16Guess(bytes)
  for (const encoding of utf16 ? [utf16, 'utf-8', 'gb18030'] : ['utf-8', 'gb18030']) {
    tried.push(encoding)
    const text = strictDecode(encoding, bytes)
    if (text !== null) return { text, encoding }
  }
  throw new DecodeError(tried)
}
