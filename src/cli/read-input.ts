import { readFileSync } from 'node:fs'

/** A document read for the CLI, with the name diagnostics are reported under. */
export interface Input {
  name: string
  /** The bytes as read: `parsePlan` decodes UTF-8, UTF-16, GB18030 and Big5 itself. */
  bytes: Uint8Array
}

/** The input could not be read (missing file, directory, permissions). */
export class InputError extends Error {
  override name = 'InputError'
}

/** All of the process's standard input, as bytes. */
const readStdin = (): Uint8Array => readFileSync(0)

/**
 * The one place the CLI reads documents: a path, or `-` for stdin
 * (read by `stdin`, the process's standard input unless the CLI runs in-process).
 * Reads bytes; `parsePlan` decides their encoding and format.
 */
export function readInput(file: string, stdin: () => Uint8Array = readStdin): Input {
  const name = file === '-' ? '<stdin>' : file
  try {
    return { name, bytes: file === '-' ? stdin() : readFileSync(file) }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(`cannot read ${name}${code ? ` (${code})` : ''}`)
  }
}
