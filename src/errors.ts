import { formatDiagnostic } from './format-diagnostic.js'
import type { Diagnostic } from './types.js'

/** Errors framed in full in the message; the rest are counted (all stay in `diagnostics`). */
const FRAMED = 50

function where(d: Diagnostic): string {
  return `${d.place.start.line}:${d.place.start.column}`
}

/**
 * Thrown by `parsePlan(input, { strict: true })` when the document has at
 * least one error diagnostic. Carries every diagnostic, errors and warnings;
 * its message lists the errors with line:column and, given the source, a
 * code frame with a caret under each spot (the first 50 of them).
 *
 * @example
 * ```ts
 * try {
 *   parsePlan('一、总体要求\n1. 加强领导', { strict: true })
 * } catch (error) {
 *   if (error instanceof PlanParseError) console.error(error.message, error.diagnostics.length)
 * }
 * ```
 */
export class PlanParseError extends Error {
  override name = 'PlanParseError'
  readonly diagnostics: Diagnostic[]

  constructor(diagnostics: Diagnostic[], source?: string) {
    const errors = diagnostics.filter((d) => d.severity === 'error')
    const shown = errors.slice(0, FRAMED)
    const body =
      source === undefined
        ? shown.map((d) => `  ${where(d)} ${d.ruleId} ${d.reason}`).join('\n')
        : shown.map((d) => formatDiagnostic(d, source)).join('\n\n')
    const more = errors.length > FRAMED ? `\n\n…and ${errors.length - FRAMED} more errors (see error.diagnostics)` : ''
    super(`Plan has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${body}${more}`)
    this.diagnostics = diagnostics
  }
}
