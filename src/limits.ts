/** Size limit on parser input: a guard against being handed a whole disk by mistake. */

/**
 * Default for `maxInputBytes`: 64 MB, some hundred times the longest real plan.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { DEFAULT_MAX_INPUT_BYTES, parsePlan } from 'cn-plan-parser'
 * parsePlan(readFileSync('huge-plan.txt'), { maxInputBytes: 4 * DEFAULT_MAX_INPUT_BYTES })
 * ```
 */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024

/**
 * UTF-8 length of `text`, counting no further than just past `limit`.
 * Counted by hand rather than with `Buffer.byteLength` so the parser runs
 * outside Node too; a lone surrogate counts as the 3 bytes of U+FFFD.
 */
function utf8Length(text: string, limit: number): number {
  let bytes = 0
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/** `, 64.0 MB` for a size of a megabyte or more, to follow a count of bytes in a message. */
export const mb = (bytes: number) => (bytes >= 1024 * 1024 ? `, ${(bytes / 1024 / 1024).toFixed(1)} MB` : '')

/**
 * The input is over `maxInputBytes`: a `RangeError` (as documented), with
 * the figures, so that the CLI can word it for its own `--max-input-bytes`.
 */
export class InputTooLargeError extends RangeError {
  override name = 'RangeError'
  constructor(
    readonly max: number,
    /** At least this many bytes (counting stops just past the limit). */
    readonly bytes: number,
  ) {
    super(`parsePlan: input is over maxInputBytes (${max} bytes${mb(max)}): at least ${bytes} bytes; pass a larger { maxInputBytes } (or Infinity) to parse it`)
  }
}

/**
 * Throw a `RangeError` naming the option when `text` is over `max` UTF-8
 * bytes. Linear at worst, and free for texts far under the limit.
 */
export function checkInputSize(text: string, max: number): void {
  // Every UTF-16 unit is 1 to 3 UTF-8 bytes, so most texts need no counting.
  if (text.length * 3 <= max) return
  const bytes = text.length > max ? text.length : utf8Length(text, max)
  if (bytes > max) throw new InputTooLargeError(max, bytes)
}

/**
 * The same for bytes, before decoding them: a file over the limit is refused
 * as too large, not decoded (or found undecodable) first. The text decoded
 * from bytes under the limit is checked again, as its UTF-8 may be longer.
 */
export function checkByteSize(bytes: Uint8Array, max: number): void {
  if (bytes.byteLength > max) throw new InputTooLargeError(max, bytes.byteLength)
}
