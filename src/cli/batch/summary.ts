import type { FileReport } from './report.js'

/** Totals over a batch, for its last line on stderr. */
export class Totals {
  files = 0
  failed = 0
  units = 0
  assignments = 0
  errors = 0
  otherDiagnostics = 0

  add(report: FileReport): void {
    this.files++
    if (report.failure !== undefined) this.failed++
    this.units += report.units
    this.assignments += report.assignments
    this.errors += report.errors
    this.otherDiagnostics += report.otherDiagnostics
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * `34 files (1 failed): 612 units, 1203 assignments; 3 errors, 12 other diagnostics`:
 * units are chapters, sections, tasks and items; assignments the departments their notes name.
 */
export function summaryLine(t: Totals): string {
  return `${plural(t.files, 'file')} (${t.failed} failed): ${plural(t.units, 'unit')}, ${plural(t.assignments, 'assignment')}; ${plural(t.errors, 'error')}, ${t.otherDiagnostics} other diagnostic${t.otherDiagnostics === 1 ? '' : 's'}`
}
