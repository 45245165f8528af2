/** The bench's output: a Markdown table for stdout (and the README), JSON for a file. */

function size(bytes) {
  if (bytes === null || bytes === undefined) return ''
  return bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`
}

function ms(value) {
  if (value === null || value === undefined) return 'n/a'
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 1 ? `${value.toFixed(1)} ms` : `${value.toFixed(3)} ms`
}

function verdict(pass) {
  return pass === null || pass === undefined ? 'n/a' : pass ? 'yes' : '**NO**'
}

const timed = (row) => row.subjectMs !== null || row.baselineMs !== null

/**
 * One Markdown table of every row: what was measured, against what, the
 * ratio, the budget and whether it was met.
 *
 * @example
 * ```js
 * console.log(toTable(rows))
 * // | figure | input | size | measured | baseline | ratio | budget | met | note |
 * ```
 */
export function toTable(rows) {
  const head = ['figure', 'input', 'size', 'measured', 'baseline', 'ratio', 'budget', 'met', 'note']
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`]
  for (const row of rows) {
    const measured = timed(row) ? `${row.subject}: ${ms(row.subjectMs)}` : row.subject
    const baseline = row.baseline ? (timed(row) ? `${row.baseline}: ${ms(row.baselineMs)}` : row.baseline) : ''
    const ratio = row.ratio === null || row.ratio === undefined ? 'n/a' : `${row.ratio.toFixed(2)}×`
    const cells = [row.figure, row.input, size(row.bytes), measured, baseline, ratio, row.budget, verdict(row.pass), row.note]
    lines.push(`| ${cells.map((c) => String(c ?? '').replaceAll('|', '\\|')).join(' | ')} |`)
  }
  return lines.join('\n')
}

/** The JSON written next to the table: the environment and every row as measured. */
export function toJson(rows, environment) {
  return JSON.stringify({ environment, rows }, null, 2) + '\n'
}
