import type { ParseOptions } from '../../parse-plan.js'
import { ExitError } from '../load.js'
import type { ProgressStream } from '../progress.js'
import { BatchBar } from './bar.js'
import { expandPaths } from './expand.js'
import { Frame, type Part } from './frame.js'
import { reports } from './pool.js'
import type { BatchTask } from './report.js'
import { Totals, summaryLine } from './summary.js'
import type { View } from './views.js'

export interface BatchOptions {
  view: View
  /** Worker threads; 1 parses in this thread. */
  jobs: number
  /** No output, exit 1, when any plan has an error diagnostic (or any file fails). */
  strict?: boolean
  /** No diagnostics, bar or summary on stderr: only failures. */
  quiet?: boolean
  /** Diagnostic lines printed per file at most; the rest are counted in one line. */
  maxDiagnostics: number
  /** A byte order mark before the CSV header. */
  bom?: boolean
  inputFormat?: ParseOptions['format']
  maxInputBytes?: number
}

export interface BatchIo {
  stdout: { write(chunk: string | Uint8Array): unknown }
  stderr: ProgressStream
  stdin?: () => Uint8Array
}

const PREFIX = 'cn-plan-parser: '

/** A file that takes a second or more to parse (about 10 MB of plain text, 1 MB of Markdown). */
const LARGE_FILE = 1024 * 1024

/**
 * Parse every file the arguments name (directories walked, see
 * `expandPaths`) and print each plan in order as it is ready. A file that
 * fails gets one line on stderr and the batch goes on; the exit code is 1
 * at the end if any failed. On stderr: each file's diagnostics (up to
 * `maxDiagnostics`), a progress bar on a terminal, and for several files a
 * summary line last.
 *
 * @returns the exit code: 0, or 1 when a file failed.
 * @throws {ExitError} under `strict` when a plan has an error diagnostic (nothing printed on stdout).
 */
export async function runBatch(args: readonly string[], options: BatchOptions, io: BatchIo): Promise<number> {
  const { files, directory, failures } = expandPaths(args)
  const several = files.length + failures.length > 1 || directory
  const quiet = options.quiet === true
  const err = (line: string) => io.stderr.write(line + '\n')
  for (const failure of failures) err(PREFIX + failure)

  // Under --strict nothing is printed unless every plan is clean, so the output waits for the end.
  const held: Part[] = []
  const write = options.strict ? (chunk: Part) => void held.push(chunk) : (chunk: Part) => void io.stdout.write(chunk)
  const frame = new Frame(options.view, several, write, options.bom)

  const parse = { inputFormat: options.inputFormat ?? 'auto', ...(options.maxInputBytes === undefined ? {} : { maxInputBytes: options.maxInputBytes }) }
  const listDiagnostics = quiet ? 0 : options.maxDiagnostics
  const tasks: BatchTask[] = files.map((f) => ({ path: f.path, view: options.view, several, parse, listDiagnostics }))

  const totals = new Totals()
  const bar = new BatchBar(io.stderr, files.length, files.reduce((sum, f) => sum + f.size, 0), !quiet)
  // --jobs 1 parses in this thread, which then cannot redraw the bar: on a terminal, a large
  // file is parsed in one worker instead, so its line keeps counting the seconds.
  const workers = options.jobs > 1 ? options.jobs : bar.active && files.some((f) => f.size >= LARGE_FILE) ? 1 : 0
  let i = 0
  try {
    if (files[0]) bar.waitFor(files[0].path === '-' ? '<stdin>' : files[0].path, files[0].size)
    for await (const report of reports(tasks, workers, io.stdin)) {
      const file = files[i++]
      bar.done(file?.size ?? 0)
      bar.clear()
      totals.add(report)
      for (const line of report.diagnostics) err(line)
      if (report.more > 0 && !quiet) err(`${report.name}: … and ${report.more} more diagnostic${report.more === 1 ? '' : 's'} (--max-diagnostics ${options.maxDiagnostics})`)
      if (report.failure !== undefined) err(PREFIX + report.failure)
      else frame.item(report.part)
      const next = files[i]
      if (next) bar.waitFor(next.path === '-' ? '<stdin>' : next.path, next.size)
    }
  } finally {
    bar.stop()
  }
  frame.end()
  if (several && !quiet) err(summaryLine(totals))
  if (options.strict && totals.errors > 0) throw new ExitError(`${totals.errors} error diagnostic${totals.errors === 1 ? '' : 's'} (--strict)`, 1)
  const failed = totals.failed + failures.length > 0
  if (!(options.strict && failed)) for (const chunk of held) io.stdout.write(chunk)
  return failed ? 1 : 0
}
