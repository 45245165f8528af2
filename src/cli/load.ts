import { statSync } from 'node:fs'
import { DecodeError } from '../input/decode.js'
import { DEFAULT_MAX_INPUT_BYTES, InputTooLargeError, mb } from '../limits.js'
import { type ParseOptions, parsePlan } from '../parse-plan.js'
import { CorruptDocumentError, DocumentTooLargeError, EmptyDocumentError, EncryptedDocumentError, NoTextLayerError, UnsupportedFormatError } from '../document/errors.js'
import { parseDocument } from '../document/parse-document.js'
import { sniffContainer } from '../document/sniff.js'
import type { Plan } from '../types.js'
import { formatDiagnostic } from './format.js'
import { Progress, type ProgressStream } from './progress.js'
import { InputError, readInput } from './read-input.js'

/** Ends the command with an exit code and a message for stderr. */
export class ExitError extends Error {
  override name = 'ExitError'
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message)
  }
}

export interface Loaded {
  name: string
  plan: Plan
}

/**
 * Read and parse each file (a path, or `-` for what `stdin` reads), writing every diagnostic to
 * `stderr` as `file:line:column ruleId reason`, with a progress bar when
 * there are several files and `stderr` is a terminal.
 *
 * @throws {ExitError} code 1 when a file cannot be read or parsed (too
 * large, undecodable, or the parser failed), or when `strict` and any file
 * has an error diagnostic (after all were reported).
 */
export interface LoadOptions {
  strict?: boolean
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
function parseFailure(name: string, error: unknown): ExitError {
  if (error instanceof InputTooLargeError) {
    return new ExitError(`${name}: over --max-input-bytes (${error.max} bytes${mb(error.max)}): at least ${error.bytes} bytes; pass a larger --max-input-bytes (or Infinity)`, 1)
  }
  // A file that is not text the parser reads, or one a reader cannot open: its message says what to do.
  const readable = [DecodeError, CorruptDocumentError, DocumentTooLargeError, EmptyDocumentError, EncryptedDocumentError, NoTextLayerError, UnsupportedFormatError]
  if (error instanceof Error && readable.some((type) => error instanceof type)) return new ExitError(`${name}: ${error.message}`, 1)
  // Lenient parsing is not meant to throw on any document: if it does, still one line, naming the file.
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return new ExitError(`${name}: cannot parse (${message.split(/\r?\n/)[0]})`, 1)
}

export async function loadPlans(
  files: readonly string[],
  { strict = false, inputFormat = 'auto', maxInputBytes }: LoadOptions,
  stderr: ProgressStream,
  stdin?: () => Uint8Array,
): Promise<Loaded[]> {
  const progress = new Progress(stderr, files.length)
  const loaded: Loaded[] = []
  let errors = 0
  try {
    for (const [i, file] of files.entries()) {
      progress.update(i, file === '-' ? '<stdin>' : file)
      // A file over the limit is refused before it is read into memory (parsePlan would refuse it after).
      const size = file === '-' ? 0 : fileSize(file)
      const max = maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES
      if (size > max) throw parseFailure(file, new InputTooLargeError(max, size))
      let input
      try {
        input = readInput(file, stdin)
      } catch (error) {
        if (error instanceof InputError) throw new ExitError(error.message, 1)
        throw error
      }
      let plan
      try {
        const options = maxInputBytes === undefined ? { format: inputFormat } : { format: inputFormat, maxInputBytes }
        // PDF and Word files go to their reader; text stays on parsePlan, as before (an empty file is an empty plan).
        plan = sniffContainer(input.bytes) ? await parseDocument(input.bytes, options) : parsePlan(input.bytes, options)
      } catch (error) {
        throw parseFailure(input.name, error)
      }
      progress.clear()
      for (const d of plan.diagnostics) stderr.write(formatDiagnostic(input.name, d) + '\n')
      errors += plan.diagnostics.filter((d) => d.severity === 'error').length
      loaded.push({ name: input.name, plan })
    }
  } finally {
    progress.clear()
  }
  if (strict && errors > 0) throw new ExitError(`${errors} error diagnostic${errors === 1 ? '' : 's'} (--strict)`, 1)
  return loaded
}
