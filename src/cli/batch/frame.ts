import { type View, csvColumns, csvHeader } from './views.js'

/** A plan's part of the output: text in this thread, UTF-8 bytes from a worker. */
export type Part = string | Uint8Array

const NEWLINE = 0x0a
const endsInNewline = (part: Part) => (typeof part === 'string' ? part.endsWith('\n') : part[part.length - 1] === NEWLINE)

/**
 * Writes the plans' parts in order with what goes around and between them
 * (`[` `,` `]`, blank lines, one CSV header), as soon as each arrives, so a
 * batch of thousands of plans never holds its whole output in memory.
 */
export class Frame {
  private count = 0
  private endsInNewline = false

  constructor(
    private readonly view: View,
    /** The several-files form: a JSON array, `==> name <==` headers, a file column. */
    private readonly several: boolean,
    private readonly write: (chunk: Part) => void,
    private readonly bom = false,
  ) {}

  /** One plan's rendered part (see `renderPlan`): text, or its UTF-8 bytes as a worker sends them. */
  item(part: Part): void {
    const first = this.count === 0
    this.count++
    const between = (text: string) => {
      if (text) this.write(text)
    }
    switch (this.view) {
      case 'json':
        between(this.several ? (first ? '[\n' : ',\n') : '')
        this.write(part)
        if (!this.several) this.write('\n')
        return
      case 'json-compact':
        between(this.several ? (first ? '[' : ',') : '')
        this.write(part)
        if (!this.several) this.write('\n')
        return
      case 'outline':
      case 'markdown':
        // As the text the commands printed at once: parts joined by a blank line, and a final line break if missing.
        between(first ? '' : '\n\n')
        this.write(part)
        this.endsInNewline = endsInNewline(part)
        return
      case 'csv':
        between(first ? csvHeader(csvColumns(this.several), this.bom) : '')
        this.write(part)
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
        if (this.count > 0 && !this.endsInNewline) this.write('\n')
        return
      default:
        return
    }
  }
}
