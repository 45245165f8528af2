import { type BatchTask, type FileReport, reportFile } from './report.js'

/** The worker entry beside the built CLI (tsup's `cli-worker` entry). */
const WORKER = new URL('./cli-worker.js', import.meta.url)

/** A worker that died (out of memory on a huge file) fails its file, not the batch. */
const crashed = (task: BatchTask, error: unknown): FileReport => ({
  name: task.path,
  failure: `${task.path}: cannot parse (worker: ${(error instanceof Error ? error.message : String(error)).split(/\r?\n/)[0]})`,
  part: '',
  diagnostics: [],
  more: 0,
  errors: 0,
  otherDiagnostics: 0,
  units: 0,
  assignments: 0,
})

/**
 * The reports of `tasks`, in their order whatever order they finish in.
 * `workers` 0 parses in this thread, one file at a time; more starts that
 * many worker threads (tinypool, loaded only then), which also leaves this
 * thread free to redraw the progress bar. At most `2 × workers` files are in
 * flight, so reports waiting for a slow file ahead of them stay few.
 * `-` (stdin) is always read in this thread.
 */
export async function* reports(tasks: readonly BatchTask[], workers: number, stdin?: () => Uint8Array): AsyncGenerator<FileReport> {
  if (workers < 1 || tasks.length === 0) {
    for (const task of tasks) yield await reportFile(task, stdin)
    return
  }
  const { Tinypool } = await import('tinypool')
  const threads = Math.min(workers, tasks.length)
  const pool = new Tinypool({ filename: WORKER.href, minThreads: threads, maxThreads: threads })
  const start = (task: BatchTask): Promise<FileReport> =>
    task.path === '-' ? reportFile(task, stdin) : (pool.run(task) as Promise<FileReport>).catch((error: unknown) => crashed(task, error))
  const inFlight: Promise<FileReport>[] = []
  let next = 0
  try {
    while (next < tasks.length || inFlight.length > 0) {
      while (next < tasks.length && inFlight.length < 2 * threads) inFlight.push(start(tasks[next++] as BatchTask))
      yield await (inFlight.shift() as Promise<FileReport>)
    }
  } finally {
    await pool.destroy()
  }
}
