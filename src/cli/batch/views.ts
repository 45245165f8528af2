import { toMarkdown } from '../../analytics/markdown.js'
import { ROW_COLUMNS, toRows } from '../../analytics/rows.js'
import { toCsv, toNdjson } from '../../analytics/writers.js'
import { toOutline } from '../../outline.js'
import type { Plan } from '../../types.js'

/**
 * What a batch prints for each plan. A worker renders its plan to this text
 * itself and sends back the string, never the tree: the output has to be
 * made anyway, and a string crosses threads far cheaper than a cloned tree.
 */
export const VIEWS = ['json', 'json-compact', 'ndjson', 'outline', 'markdown', 'csv', 'rows-ndjson'] as const
export type View = (typeof VIEWS)[number]

/** The CSV columns, with the file first when there are several files. */
export const csvColumns = (several: boolean): string[] => (several ? ['file', ...ROW_COLUMNS] : [...ROW_COLUMNS])

/** Every line of a JSON text two spaces deeper, as it sits inside `JSON.stringify([…], null, 2)` (JSON strings hold no raw line break). */
const indent = (json: string) => '  ' + json.replace(/\n/g, '\n  ')

const rowsOf = (name: string, plan: Plan, several: boolean) => (several ? toRows(plan).map((row) => ({ file: name, ...row })) : toRows(plan))

/**
 * One plan's part of the output, to be framed by {@link Frame}: the same
 * bytes as the commands printed for all files at once before batches.
 */
export function renderPlan(view: View, name: string, plan: Plan, several: boolean): string {
  switch (view) {
    case 'json':
      return several ? indent(JSON.stringify({ file: name, plan }, null, 2)) : JSON.stringify(plan, null, 2)
    case 'json-compact':
      return JSON.stringify(several ? { file: name, plan } : plan)
    case 'ndjson':
      return JSON.stringify({ file: name, plan }) + '\n'
    case 'outline':
      return (several ? `==> ${name} <==\n` : '') + toOutline(plan)
    case 'markdown':
      return (several ? `==> ${name} <==\n` : '') + toMarkdown(plan)
    case 'csv': {
      // toCsv always starts with its header line; the frame writes it once for the whole batch.
      const columns = csvColumns(several)
      return toCsv(rowsOf(name, plan, several), { columns }).slice(csvHeader(columns, false).length)
    }
    case 'rows-ndjson':
      return toNdjson(rowsOf(name, plan, several))
  }
}

/** The CSV header line (CRLF), after a byte order mark when asked. */
export const csvHeader = (columns: readonly string[], bom: boolean): string => toCsv([], { columns, bom })
