import { statSync } from 'node:fs'
import { DecodeError } from '../input/decode.js'
import { DEFAULT_MAX_INPUT_BYTES, InputTooLargeError, mb } from '../limits.js'
import { type ParseOptions, parsePlan } from '../parse-plan.js'
import { CorruptDocumentError, DocumentTooLargeError, EmptyDocumentError, EncryptedDocumentError, NoTextLayerError, UnsupportedFormatError } from '../document/errors.js'
import { parseDocument } from '../document/parse-document.js'
import { sniffContainer } from '../document/sniff.js'
import type { Plan } from '../types.js'
import { InputError, readInput } from './read-input.js'

/** A file parsed, or why it could not be: one line naming it, without the `cn-plan-parser: ` prefix. */
export type FileResult = { ok: true; name: string; plan: Plan } | { ok: false; name: string; failure: string }

export interface ParseFileOptions {
  inputFormat?: ParseOptions['format']
  /** Refuse a file over this many bytes (`--max-input-bytes`); parsePlan's default when not given. */
  maxInputBytes?: number
}

/** Size of a regular file, 0 when it is none or cannot be read (reading it reports that). */
function fileSize(path: string): number {
  try {
    const stat = statSync(path)
    return stat.isFile() ? stat.size : 0
  } catch {
    return 0
  }
}

/** Why a file could not be parsed, in one line naming it. */
function parseFailure(name: string, error: unknown): string {
  if (error instanceof InputTooLargeError) {
    return `${name}: over --max-input-bytes (${error.max} bytes${mb(error.max)}): at least ${error.bytes} bytes; pass a larger --max-input-bytes (or Infinity)`
  }
  // A file that is not text the parser reads, or one a reader cannot open: its message says what to do.
  const readable = [DecodeError, CorruptDocumentError, DocumentTooLargeError, EmptyDocumentError, EncryptedDocumentError, NoTextLayerError, UnsupportedFormatError]
  if (error instanceof Error && readable.some((type) => error instanceof type)) return `${name}: ${error.message}`
  // Lenient parsing is not meant to throw on any document: if it does, still one line, naming the file.
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return `${name}: cannot parse (${message.split(/\r?\n/)[0]})`
}

/**
 * The one place the CLI turns a path (or `-`, read by `stdin`) into a plan:
 * every command and every batch worker parses through it, so a new reader
 * is wired here once. PDF and Word bytes go to `parseDocument`, anything else
 * to `parsePlan`. Never rejects.
 *
 * @example
 * ```ts
 * await parseFile('plans/2024.pdf', {})  // { ok: true, name: 'plans/2024.pdf', plan }
 * await parseFile('missing.txt', {})     // { ok: false, name: 'missing.txt', failure: 'cannot read missing.txt (ENOENT)' }
 * ```
 */
export async function parseFile(file: string, { inputFormat = 'auto', maxInputBytes }: ParseFileOptions, stdin?: () => Uint8Array): Promise<FileResult> {
  const name = file === '-' ? '<stdin>' : file
  // A file over the limit is refused before it is read into memory (parsePlan would refuse it after).
  const max = maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES
  const size = file === '-' ? 0 : fileSize(file)
  if (size > max) return { ok: false, name, failure: parseFailure(name, new InputTooLargeError(max, size)) }
  let input
  try {
    input = readInput(file, stdin)
  } catch (error) {
    if (error instanceof InputError) return { ok: false, name, failure: error.message }
    return { ok: false, name, failure: parseFailure(name, error) }
  }
  try {
    const options = maxInputBytes === undefined ? { format: inputFormat } : { format: inputFormat, maxInputBytes }
    // By content, not by extension: a .txt that is really a PDF is read as one; an empty file stays an empty plan.
    const plan = sniffContainer(input.bytes) ? await parseDocument(input.bytes, options) : parsePlan(input.bytes, options)
    return { ok: true, name, plan }
  } catch (error) {
    return { ok: false, name, failure: parseFailure(name, error) }
  }
}
