import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import pkg from '../../package.json' with { type: 'json' }
import { departmentIndex } from '../analytics/department-index.js'
import { diffPlans } from '../analytics/diff.js'
import { DEFAULT_MAX_INPUT_BYTES } from '../limits.js'
import { failureLine } from './failure.js'
import { formatDepartments, formatDiff } from './format.js'
import { type BatchOptions, runBatch } from './batch/run-batch.js'
import { ExitError, type Loaded, loadPlans } from './load.js'
import type { ProgressStream } from './progress.js'

/** The streams the CLI writes to; injectable so the program can run in-process. */
export interface Io {
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean; columns?: number }
  stderr: ProgressStream
  /** Reads all of stdin, for a file given as `-`; the process's standard input by default. */
  stdin?: () => Uint8Array
}

const FORMATS = ['json', 'outline', 'markdown'] as const
const INPUT_FORMATS = ['auto', 'text', 'markdown', 'html'] as const
type InputFormat = (typeof INPUT_FORMATS)[number]

const inputFormat = () =>
  new Option('--input-format <format>', 'what the files are (guessed from their content by default)').choices(INPUT_FORMATS).default('auto')

const maxInputBytes = () =>
  new Option('--max-input-bytes <n>', 'refuse a file over n bytes (Infinity: no limit)').argParser(byteCount).default(DEFAULT_MAX_INPUT_BYTES, '64 MB')

// Batch options of `parse` and `rows` (see src/cli/batch/).
const jobs = () => new Option('--jobs <n>', 'parse with n worker threads (1: in this thread)').argParser(threadCount).default(1)
const quiet = () => new Option('--quiet', 'no diagnostics, progress bar or summary on stderr (failures still)')
const maxDiagnostics = () =>
  new Option('--max-diagnostics <n>', 'print at most n diagnostics per file, then a count (Infinity: all)').argParser(wholeNumber(0)).default(20)

/** A whole number from `min` up, or Infinity. */
const wholeNumber = (min: number) => (value: string): number => {
  const n = value === 'Infinity' ? Infinity : Number(value)
  if (!(n >= min && (Number.isInteger(n) || n === Infinity))) throw new InvalidArgumentError(`expected a whole number from ${min}, or Infinity.`)
  return n
}

/** A thread count: a whole number, never Infinity (a thread per file of an archive). */
function threadCount(value: string): number {
  const n = Number(value)
  if (!(Number.isInteger(n) && n >= 1)) throw new InvalidArgumentError('expected a whole number of threads from 1.')
  return n
}

function byteCount(value: string): number {
  const n = value === 'Infinity' ? Infinity : Number(value)
  if (!(n > 0 && (Number.isInteger(n) || n === Infinity))) throw new InvalidArgumentError('expected a positive whole number of bytes, or Infinity.')
  return n
}

function threshold(value: string): number {
  const n = Number(value)
  if (!(n > 0 && n <= 1)) throw new InvalidArgumentError('expected a number in (0, 1].')
  return n
}

type BatchFlags = Pick<BatchOptions, 'jobs' | 'quiet' | 'maxDiagnostics' | 'strict' | 'maxInputBytes'> & { inputFormat: InputFormat }

/** `status.exitCode` is set by the batch commands, which report a failed file and go on. */
function createProgram(io: Io, status: { exitCode: number }): Command {
  const out = (text: string) => io.stdout.write(text.endsWith('\n') ? text : text + '\n')
  const program = new Command('cn-plan-parser')
    .description('Parse Chinese government plan documents (一、（一）1.) into data.')
    .version(pkg.version)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Commander's defaults (a terminal's width, else 80), asked of the streams written to rather than of process.stdout and process.stderr.
      getOutHelpWidth: () => (io.stdout.isTTY ? io.stdout.columns : undefined) ?? 80,
      getErrHelpWidth: () => (io.stderr.isTTY ? io.stderr.columns : undefined) ?? 80,
    })
    .showHelpAfterError('(run with --help for usage)')

  program
    .command('parse')
    .description('parse plans and print them as JSON, an outline or Markdown')
    .argument('<files...>', 'plan files (text, Markdown or HTML in UTF-8, UTF-16, GB18030 or Big5; Word or PDF) or directories of them, or - for stdin')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('json'))
    .addOption(new Option('--ndjson', 'JSON: one {"file","plan"} object per line').conflicts('format'))
    .addOption(new Option('--compact', 'JSON without white space').conflicts('format'))
    .option('--strict', 'exit 1 without output when a plan has error diagnostics')
    .addOption(inputFormat())
    .addOption(maxInputBytes())
    .addOption(jobs())
    .addOption(quiet())
    .addOption(maxDiagnostics())
    .action(async (files: string[], opts: BatchFlags & { format: (typeof FORMATS)[number]; ndjson?: boolean; compact?: boolean }) => {
      const view = opts.ndjson ? 'ndjson' : opts.compact ? 'json-compact' : opts.format
      status.exitCode = await runBatch(files, { ...opts, view }, io)
    })

  program
    .command('rows')
    .description('one row per unit × note × department (tasks, and headings or items with notes), as CSV (default) or NDJSON')
    .argument('<files...>', 'plan files or directories of them, or - for stdin; with several, rows start with a file column')
    .addOption(new Option('--csv', 'RFC 4180 CSV with a header line (default)').conflicts('ndjson'))
    .option('--ndjson', 'one JSON object per line')
    .option('--bom', 'start the CSV with a UTF-8 byte order mark (for Excel)')
    .option('--strict', 'exit 1 without output when a plan has error diagnostics')
    .addOption(inputFormat())
    .addOption(maxInputBytes())
    .addOption(jobs())
    .addOption(quiet())
    .addOption(maxDiagnostics())
    .action(async (files: string[], opts: BatchFlags & { ndjson?: boolean; bom?: boolean }) => {
      status.exitCode = await runBatch(files, { ...opts, view: opts.ndjson ? 'rows-ndjson' : 'csv', bom: opts.bom ?? false }, io)
    })

  program
    .command('departments')
    .description('per department: units led and joined at every level, byDuty count, chapters')
    .argument('<file>', 'plan file, or - for stdin')
    .option('--json', 'print the index as JSON')
    .option('--strict', 'exit 1 without output when the plan has error diagnostics')
    .addOption(inputFormat())
    .addOption(maxInputBytes())
    .action(async (file: string, opts: { json?: boolean; strict?: boolean; inputFormat: InputFormat; maxInputBytes: number }) => {
      const [loaded] = await loadPlans([file], opts, io.stderr, io.stdin)
      const index = departmentIndex((loaded as Loaded).plan)
      out(opts.json ? JSON.stringify(index, null, 2) : formatDepartments(index))
    })

  program
    .command('diff')
    .description('compare two editions: matched, changed, added, removed units and renamed departments')
    .argument('<a>', 'the older edition, or - for stdin')
    .argument('<b>', 'the newer edition, or - for stdin')
    .option('--json', 'print the diff as JSON')
    .option('--threshold <n>', 'lowest similarity (0–1] for two units to match', threshold, 0.5)
    .option('--strict', 'exit 1 without output when a plan has error diagnostics')
    .addOption(inputFormat())
    .addOption(maxInputBytes())
    .action(async (a: string, b: string, opts: { json?: boolean; threshold: number; strict?: boolean; inputFormat: InputFormat; maxInputBytes: number }) => {
      if (a === '-' && b === '-') program.error('error: only one of the two editions can be read from stdin', { exitCode: 2 })
      const [older, newer] = (await loadPlans([a, b], opts, io.stderr, io.stdin)) as [Loaded, Loaded]
      const diff = diffPlans(older.plan, newer.plan, { threshold: opts.threshold })
      out(opts.json ? JSON.stringify(diff, null, 2) : formatDiff(diff))
    })

  return program
}

/**
 * Run the CLI on `argv` (as in `process.argv`) and return the exit code:
 * 0 ok, 2 usage, 1 for any other failure (unreadable or too large input
 * — in a batch, after the other files were printed —
 * error diagnostics under `--strict`, output that cannot be written, an
 * error in the parser), always reported as one line on stderr.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const status = { exitCode: 0 }
  try {
    await createProgram(io, status).parseAsync(argv as string[])
    return status.exitCode
  } catch (error) {
    // Commander has already printed its message; --help and --version end with code 0.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    if (error instanceof ExitError) {
      io.stderr.write(`cn-plan-parser: ${error.message}\n`)
      return error.exitCode
    }
    io.stderr.write(failureLine(error) + '\n')
    return 1
  }
}
