/** Where the bar is drawn; a subset of a `tty.WriteStream`. */
export interface ProgressStream {
  isTTY?: boolean
  columns?: number
  write(chunk: string): unknown
}

const WIDTH = 20

/** The bar itself, `[#########-----------]`, filled to `fraction` (0–1). */
export const bar = (fraction: number): string => {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * WIDTH)
  return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}]`
}

/**
 * One line of stderr redrawn in place, cut to the terminal's width (a
 * longer line would wrap, and `\r` would redraw only its last row).
 */
export class StatusLine {
  private shown = false

  constructor(private readonly stream: ProgressStream) {}

  draw(line: string): void {
    const max = (this.stream.columns ?? 80) - 1
    this.stream.write('\r\x1b[K' + (line.length > max ? line.slice(0, max) : line))
    this.shown = true
  }

  /** Erase the line, so that a message can be written on a clean one. */
  clear(): void {
    if (!this.shown) return
    this.stream.write('\r\x1b[K')
    this.shown = false
  }
}

/**
 * The text of a progress bar line: `[#########-----------] 9/20 name`.
 */
export function progressLine(done: number, total: number, label: string): string {
  return `${bar(total > 0 ? done / total : 1)} ${done}/${total} ${label}`
}

/**
 * A one-line progress bar, redrawn in place. Drawn only when the stream is
 * a terminal and there is more than one file, so piped stderr stays clean.
 */
export class Progress {
  private readonly active: boolean
  private readonly line: StatusLine

  constructor(
    stream: ProgressStream,
    private readonly total: number,
  ) {
    this.active = stream.isTTY === true && total > 1
    this.line = new StatusLine(stream)
  }

  update(done: number, label: string): void {
    if (!this.active) return
    this.line.draw(progressLine(done, this.total, label))
  }

  /** Erase the bar, so that a message can be written on a clean line. */
  clear(): void {
    this.line.clear()
  }
}
