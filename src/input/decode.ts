/**
 * Bytes to text. A BOM decides (UTF-8, UTF-16LE, UTF-16BE); without one,
 * bytes that are valid UTF-8 are UTF-8 (most input: decoded once, nothing
 * else tried), UTF-16 is recognised by its zero bytes, and the legacy
 * encodings come last: GB18030 (a superset of GBK and GB2312, the mainland's)
 * and Big5 (Taiwan's and Hong Kong's, for plans in traditional characters).
 * Bytes valid in both are read in the one whose text is the more plausible
 * Chinese (see plausibility.ts); a tie goes to GB18030.
 */
import { plausibility } from './plausibility.js'

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
 *   if (error instanceof DecodeError) console.error(error.tried) // ['utf-8', 'gb18030', 'big5']
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
  for (const encoding of utf16 ? [utf16, 'utf-8'] : ['utf-8']) {
    tried.push(encoding)
    const text = strictDecode(encoding, bytes)
    if (text !== null) return { text, encoding }
  }
  const readings: Decoded[] = []
  for (const encoding of LEGACY) {
    tried.push(encoding)
    const text = strictDecode(encoding, bytes)
    if (text !== null && (encoding !== 'big5' || wholeBig5(bytes, text))) readings.push({ text, encoding })
  }
  if (readings.length === 0) throw new DecodeError(tried)
  return mostPlausible(readings)
}

/**
 * Did the Big5 decoder read every byte? Node's (ICU's) is not strict even
 * with `fatal`: it drops a stray 0x80 or 0xFF and byte pairs it has no
 * character for (`81 40`), silently. So the bytes must be ASCII and
 * lead–trail pairs only, and the text hold one character per pair.
 */
function wholeBig5(bytes: Uint8Array, text: string): boolean {
  let ascii = 0
  let pairs = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number
    if (b < 0x80) {
      ascii++
      continue
    }
    const trail = bytes[i + 1] ?? 0
    if (b < 0x81 || b > 0xfe || !((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe))) return false
    pairs++
    i++
  }
  let asciiOut = 0
  let others = 0
  for (const ch of text) {
    if ((ch.codePointAt(0) as number) < 0x80) asciiOut++
    else others++
  }
  return asciiOut === ascii && others === pairs
}

/** The legacy encodings, in the order that wins a tie. */
const LEGACY = ['gb18030', 'big5'] as const

/** The reading that looks most like Chinese; the first on a tie. */
function mostPlausible(readings: readonly Decoded[]): Decoded {
  if (readings.length === 1) return readings[0] as Decoded
  let best = readings[0] as Decoded
  let bestScore = plausibility(best.text)
  for (const reading of readings.slice(1)) {
    const score = plausibility(reading.text)
    if (score > bestScore) {
      best = reading
      bestScore = score
    }
  }
  return best
}
