import type { Layout } from './layout.js'
import type { Line } from './lines.js'

/** One row of a table: its cells' text, the page it starts on, and how many layout lines it spans. */
export interface TableRow {
  cells: string[]
  page: number
  lineCount: number
}

export function findTables(_pages: readonly Line[][], _layout: Layout): { rows: Map<Line, TableRow>; inTable: Set<Line> } {
  return { rows: new Map(), inTable: new Set() }
}

export function rowText(cells: readonly string[]): string {
  return cells.join('\t')
}
