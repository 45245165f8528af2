import { stringify } from './stringify.js'
import { type PlanRow, ROW_COLUMNS } from './rows.js'

export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark, so that Excel reads the Chinese
   * text as UTF-8 instead of the system code page. Default `false`.
   */
  bom?: boolean
  /** Columns, in order; default {@link ROW_COLUMNS}. Extra keys on the rows (e.g. `file`) can be listed here. */
  columns?: readonly string[]
}

/**
 * Write rows as RFC 4180 CSV (header line, CRLF line ends, quotes only where
 * needed). Booleans are `true`/`false`; a missing chapter or section number
 * is an empty field.
 *
 * @example
 * ```ts
 * toCsv(toRows(plan), { bom: true })
 * // '\uFEFFchapter,chapterTitle,section,…\r\n1,完善知识产权制度,1,…'
 * ```
 */
export function toCsv(rows: readonly PlanRow[], options: CsvOptions = {}): string {
  return stringify(rows as PlanRow[], {
    header: true,
    columns: [...(options.columns ?? ROW_COLUMNS)],
    bom: options.bom ?? false,
    record_delimiter: 'windows',
    cast: { boolean: (value) => String(value) },
  })
}

/**
 * Write rows as NDJSON: one JSON object per line, each line ending in `\n`.
 *
 * @example
 * ```ts
 * toNdjson(toRows(plan)).split('\n')[0]
 * // '{"chapter":1,"chapterTitle":"完善知识产权制度",…}'
 * ```
 */
export function toNdjson(rows: readonly PlanRow[]): string {
  return rows.map((row) => JSON.stringify(row) + '\n').join('')
}
