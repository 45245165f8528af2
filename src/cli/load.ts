import type { ParseOptions } from '../parse-plan.js'
import type { Plan } from '../types.js'
import { formatDiagnostic } from './format.js'
import { parseFile } from './parse-file.js'
import { Progress, type ProgressStream } from './progress.js'

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
      const result = await parseFile(file, { inputFormat, ...(maxInputBytes === undefined ? {} : { maxInputBytes }) }, stdin)
      if (!result.ok) throw new ExitError(result.failure, 1)
      const { name, plan } = result
      progress.clear()
      for (const d of plan.diagnostics) stderr.write(formatDiagnostic(name, d) + '\n')
      errors += plan.diagnostics.filter((d) => d.severity === 'error').length
      loaded.push({ name, plan })
    }
  } finally {
    progress.clear()
  }
  if (strict && errors > 0) throw new ExitError(`${errors} error diagnostic${errors === 1 ? '' : 's'} (--strict)`, 1)
  return loaded
}
