import { readFileSync } from 'node:fs'

/** A document read for the CLI, with the name diagnostics are reported under. */
export interface Input {
  name: string
  text: string
}

/** The input could not be read (missing file, directory, permissions). */
export class InputError extends Error {
  override name = 'InputError'
}

/**
 * The one place the CLI reads documents: a path, or `-` for stdin.
 * Reads UTF-8 text; `parsePlan` decides what to make of it.
 */
export function readInput(file: string): Input {
  const name = file === '-' ? '<stdin>' : file
  try {
    return { name, text: readFileSync(file === '-' ? 0 : file, 'utf8') }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(`cannot read ${name}${code ? ` (${code})` : ''}`)
  }
}
