/**
 * The entry of a batch worker thread (`--jobs N`, built as dist/cli-worker.js):
 * tinypool calls the default export with each task and posts back its report.
 */
import { type BatchTask, type FileReport, reportFile } from './report.js'

export default function work(task: BatchTask): FileReport {
  return reportFile(task)
}
