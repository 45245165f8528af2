import { type View, csvColumns, csvHeader } from './views.js'

/**
 * Writes the plans' parts in order with what goes around and between them
 * (`[` `,` `]`, blank lines, one CSV header), as soon as each arrives, so a
 * batch of thousands of plans never holds its whole output in memory.
 */
export class Frame {
  private count = 0
  private last = ''

  constructor(
    private readonly view: View,
    /** The several-files form: a JSON array, `==> name <==` headers, a file column. */
    private readonly several: boolean,
    private readonly write: (chunk: string) => void,
    private readonly bom = false,
  ) {}

  /** One plan's rendered part (see `renderPlan`). */
  item(part: string): void {
    const first = this.count === 0
    this.count++
    switch (this.view) {
      case 'json':
        if (this.several) this.write((first ? '[\n' : ',\n') + part)
        else this.write(part + '\n')
        return
      case 'json-compact':
        if (this.several) this.write((first ? '[' : ',') + part)
        else this.write(part + '\n')
        return
      case 'outline':
      case 'markdown':
        // As the text the commands printed at once: parts joined by a blank line, and a final line break if missing.
        this.write((first ? '' : '\n\n') + part)
        this.last = part
        return
      case 'csv':
        this.write((first ? csvHeader(csvColumns(this.several), this.bom) : '') + part)
        return
      case 'ndjson':
      case 'rows-ndjson':
        this.write(part)
        return
    }
  }

  /** Closes the output; a batch whose every file failed prints nothing but `[]` for a JSON array. */
  end(): void {
    switch (this.view) {
      case 'json':
        if (this.several) this.write(this.count === 0 ? '[]\n' : '\n]\n')
        return
      case 'json-compact':
        if (this.several) this.write(this.count === 0 ? '[]\n' : ']\n')
        return
      case 'outline':
      case 'markdown':
        if (this.count > 0 && !this.last.endsWith('\n')) this.write('\n')
        return
      default:
        return
    }
  }
}
