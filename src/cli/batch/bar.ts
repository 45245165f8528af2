import { type ProgressStream, StatusLine, bar } from '../progress.js'

const TICK_MS = 250

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1)

/**
 * The progress line of a batch, on a terminal only (piped stderr stays
 * clean): `[######--------------] 3/34 files, 1.2/4.5 MB, 2.5 s  plans/big.txt (16.0 MB)`.
 * Filled by bytes, not files, so one large file among small ones takes its
 * share of the bar; a single file is shown too. While workers parse, the
 * line is redrawn every quarter second with the seconds spent on the file
 * being waited for, so a long file shows that it is still going (how far
 * into one file the parser is, it does not say: parsePlan reports no progress).
 */
export class BatchBar {
  /** Drawn at all: a terminal, not quiet, some file. */
  readonly active: boolean
  private readonly line: StatusLine
  private files = 0
  private bytes = 0
  private current = ''
  private currentSize = 0
  private since = 0
  private timer: ReturnType<typeof setInterval> | undefined

  constructor(
    stream: ProgressStream,
    private readonly totalFiles: number,
    private readonly totalBytes: number,
    enabled: boolean,
  ) {
    this.active = enabled && stream.isTTY === true && totalFiles > 0
    this.line = new StatusLine(stream)
  }

  /** The file now awaited (the next in output order). */
  waitFor(name: string, size: number): void {
    if (!this.active) return
    this.current = name
    this.currentSize = size
    this.since = Date.now()
    this.draw()
    this.timer ??= setInterval(() => this.draw(), TICK_MS)
    // The timer never keeps the process alive on its own.
    this.timer.unref?.()
  }

  /** A file is done (parsed or failed). */
  done(size: number): void {
    this.files++
    this.bytes += size
  }

  private draw(): void {
    const fraction = this.totalBytes > 0 ? this.bytes / this.totalBytes : this.files / this.totalFiles
    const seconds = (Date.now() - this.since) / 1000
    // What moves comes before the name, which a narrow terminal cuts.
    const line = `${bar(fraction)} ${this.files}/${this.totalFiles} files, ${megabytes(this.bytes)}/${megabytes(this.totalBytes)} MB${seconds >= 1 ? `, ${seconds.toFixed(1)} s` : ''}  ${this.current}${this.currentSize >= 1024 * 1024 ? ` (${megabytes(this.currentSize)} MB)` : ''}`
    this.line.draw(line)
  }

  /** Erase the line, so a message can be written on a clean one; the next file redraws it. */
  clear(): void {
    this.line.clear()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
    this.clear()
  }
}
