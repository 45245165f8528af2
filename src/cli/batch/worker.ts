/**
 * The entry of a batch worker thread (`--jobs N`, built as dist/cli-worker.js):
 * tinypool calls the default export with each task and posts back its report.
 */
import { Tinypool } from 'tinypool'
import { type BatchTask, type FileReport, reportFile } from './report.js'

const encoder = new TextEncoder()

/**
 * The report, its part of the output as UTF-8 bytes whose buffer is moved to
 * the main thread, not copied. A 4 MB plan prints 81 MB of JSON: posted as a
 * string it is copied, and then encoded again by the main thread as it writes
 * it, which would make that one thread the bottleneck of the batch; moved as
 * bytes it costs the main thread nothing (figures in the batch bench row's note).
 */
export default async function work(task: BatchTask): Promise<FileReport> {
  const report = await reportFile(task)
  const bytes = encoder.encode(report.part as string)
  const moved = {
    get [Tinypool.transferableSymbol]() {
      return [bytes.buffer]
    },
    get [Tinypool.valueSymbol]() {
      return { ...report, part: bytes }
    },
  }
  return Tinypool.move(moved as unknown as Parameters<typeof Tinypool.move>[0]) as unknown as FileReport
}
