import { DecodeError } from '../input/decode.js'
import { type ParseOptions, parsePlan } from '../parse-plan.js'
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
 * @throws {ExitError} code 1 when a file cannot be read, or when `strict`
 * and any file has an error diagnostic (after all were reported).
 */
export interface LoadOptions {
  strict?: boolean
  inputFormat?: ParseOptions['format']
}

export function loadPlans(
  files: readonly string[],
  { strict = false, inputFormat = 'auto' }: LoadOptions,
  stderr: ProgressStream,
  stdin?: () => Uint8Array,
): Loaded[] {
  const progress = new Progress(stderr, files.length)
  const loaded: Loaded[] = []
  let errors = 0
  try {
    files.forEach((file, i) => {
      progress.update(i, file === '-' ? '<stdin>' : file)
      let input
      try {
        input = readInput(file, stdin)
      } catch (error) {
        if (error instanceof InputError) throw new ExitError(error.message, 1)
        throw error
      }
      let plan
      try {
        plan = parsePlan(input.bytes, { format: inputFormat })
      } catch (error) {
        if (error instanceof DecodeError) throw new ExitError(`${input.name}: ${error.message}`, 1)
        throw error
      }
      progress.clear()
      for (const d of plan.diagnostics) stderr.write(formatDiagnostic(input.name, d) + '\n')
      errors += plan.diagnostics.filter((d) => d.severity === 'error').length
      loaded.push({ name: input.name, plan })
    })
  } finally {
    progress.clear()
  }
  if (strict && errors > 0) throw new ExitError(`${errors} error diagnostic${errors === 1 ? '' : 's'} (--strict)`, 1)
  return loaded
}
