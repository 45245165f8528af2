import type { TableCell, Task } from '../types.js'

/** A cell as TSV writes it: quoted (inner `"` doubled) when it holds a tab, a line break or starts with `"`. */
function tsvCell(text: string): string {
  return /[\t\r\n\u2028\u2029]/.test(text) || text.startsWith('"') ? `"${text.replaceAll('"', '""')}"` : text
}

/** A cell as a Markdown pipe row writes it: a bare `|` escaped (a cell read from text keeps its `\\|` as written), line breaks as spaces. */
function pipeCell(text: string): string {
  return text.replace(/(?<!\\)\|/g, '\\|').replace(/[\r\n\u2028\u2029]+/g, ' ')
}

/**
 * A task table's row written back: its cells in their columns, as a TSV
 * line, or as a pipe row when the table was a Markdown one, as wide as
 * its header; a row a page break split as its two lines, which read back
 * as one row.
 */
export function tableRow(task: Task & { cells: TableCell[] }, pipe: boolean, width: number): string {
  // A row a page break split was two rows: a cell at or left of the one before starts the second.
  const rows: string[][] = []
  let last = Number.POSITIVE_INFINITY
  for (const cell of task.cells) {
    if (cell.index <= last) rows.push([])
    ;(rows[rows.length - 1] as string[])[cell.index] = cell.original ?? cell.text
    last = cell.index
  }
  return rows
    .map((row) => {
      // As wide as the header (at least two cells): a row of another width would end the table.
      const cells = Array.from({ length: Math.max(row.length, width, 2) }, (_, k) => row[k] ?? '')
      return pipe ? `| ${cells.map(pipeCell).join(' | ')} |` : cells.map(tsvCell).join('\t')
    })
    .join('\n')
}
