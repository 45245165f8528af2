import type { Plan } from '../../types.js'
import { everyUnit, forEachNote } from '../../util/units.js'
import { formatDiagnostic } from '../format.js'
import { type ParseFileOptions, parseFile } from '../parse-file.js'
import type { Part } from './frame.js'
import { type View, renderPlan } from './views.js'

/** One file of a batch: what to read and how to print it. Plain data, so it can be posted to a worker. */
export interface BatchTask {
  path: string
  view: View
  /** The several-files form of the output (see `Frame`). */
  several: boolean
  parse: ParseFileOptions
  /** Diagnostic lines to send back at most (`--max-diagnostics`; 0 under `--quiet`); the rest are only counted. */
  listDiagnostics: number
}

/**
 * What the command needs of one file, and no more: its part of the output
 * as text, the first diagnostic lines, and the counts for the summary.
 */
export interface FileReport {
  name: string
  /** Why the file could not be parsed (one line); nothing else is set then. */
  failure?: string
  /** The part of the output this file adds (see `Frame`): text, or its UTF-8 bytes when it comes from a worker. */
  part: Part
  diagnostics: string[]
  /** Diagnostics not listed in `diagnostics`. */
  more: number
  errors: number
  otherDiagnostics: number
  units: number
  /** Departments named by the notes of every unit, counted once per note (235 in the seed). */
  assignments: number
}

function counts(plan: Plan): { units: number; assignments: number } {
  const units = everyUnit(plan.children)
  let assignments = 0
  for (const unit of units) forEachNote(unit, (note) => (assignments += note.leads.length + note.participants.length))
  return { units: units.length, assignments }
}

/**
 * Parse one file and report it: the function a batch runs per file,
 * in-process (`--jobs 1`) or in a worker, so the output is the same bytes.
 */
export async function reportFile(task: BatchTask, stdin?: () => Uint8Array): Promise<FileReport> {
  const result = await parseFile(task.path, task.parse, stdin)
  if (!result.ok) return { name: result.name, failure: result.failure, part: '', diagnostics: [], more: 0, errors: 0, otherDiagnostics: 0, units: 0, assignments: 0 }
  const { name, plan } = result
  const listed = plan.diagnostics.slice(0, task.listDiagnostics).map((d) => formatDiagnostic(name, d))
  const errors = plan.diagnostics.filter((d) => d.severity === 'error').length
  return {
    name,
    part: renderPlan(task.view, name, plan, task.several),
    diagnostics: listed,
    more: plan.diagnostics.length - listed.length,
    errors,
    otherDiagnostics: plan.diagnostics.length - errors,
    ...counts(plan),
  }
}
