import type { Diagnostic } from './types.js'

function where(d: Diagnostic): string {
  return `${d.place.start.line}:${d.place.start.column}`
}

/**
 * Thrown by `parsePlan(input, { strict: true })` when the document has at
 * least one error diagnostic. Carries every diagnostic, errors and warnings.
 */
export class PlanParseError extends Error {
  override name = 'PlanParseError'
  readonly diagnostics: Diagnostic[]

  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error')
    const lines = errors.map((d) => `  ${where(d)} ${d.ruleId} ${d.reason}`)
    super(`Plan has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${lines.join('\n')}`)
    this.diagnostics = diagnostics
  }
}
