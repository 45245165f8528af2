import { statSync } from 'node:fs'
import { DecodeError } from '../input/decode.js'
import { DEFAULT_MAX_INPUT_BYTES, InputTooLargeError, mb } from '../limits.js'
import { type ParseOptions, parsePlan } from '../parse-plan.js'
import type { Plan } from '../types.js'
import { extensionOf, isDocumentFile } from './batch/extensions.js'
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
  if (error instanceof DecodeError) return `${name}: ${error.message}`
  // Lenient parsing is not meant to throw on any document: if it does, still one line, naming the file.
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return `${name}: cannot parse (${message.split(/\r?\n/)[0]})`
}

/**
 * The one place the CLI turns a path (or `-`, read by `stdin`) into a plan:
 * every command and every batch worker parses through it, so a new reader
 * (Word and PDF through `parseDocument`) is wired here once. Never throws.
 *
 * @example
 * ```ts
 * parseFile('plans/2024.txt', {})   // { ok: true, name: 'plans/2024.txt', plan }
 * parseFile('missing.txt', {})      // { ok: false, name: 'missing.txt', failure: 'cannot read missing.txt (ENOENT)' }
 * ```
 */
export function parseFile(file: string, { inputFormat = 'auto', maxInputBytes }: ParseFileOptions, stdin?: () => Uint8Array): FileResult {
  const name = file === '-' ? '<stdin>' : file
  // Until parseDocument is wired here, a Word or PDF file is refused by name rather than read as undecodable text.
  if (file !== '-' && isDocumentFile(file)) return { ok: false, name, failure: `${name}: ${extensionOf(file)} files are not supported yet (text, Markdown and HTML only)` }
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
    return { ok: true, name, plan: parsePlan(input.bytes, maxInputBytes === undefined ? { format: inputFormat } : { format: inputFormat, maxInputBytes }) }
  } catch (error) {
    return { ok: false, name, failure: parseFailure(name, error) }
  }
}
