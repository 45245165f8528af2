import type { Diagnostic, Position } from './types.js'

/**
 * The closed list of problems the parser reports. Each is one kind of doubt
 * about the document, never about the caller's use of the API.
 */
export const RULE_IDS = [
  'numbering-gap',
  'numbering-duplicate',
  'numbering-out-of-order',
  'numbering-start',
  'missing-responsibility',
  'unbalanced-brackets',
  'unknown-department',
  'department-not-in-recipients',
  'department-renamed',
  'page-footer',
  'pinyin-annotation',
] as const

export type RuleId = (typeof RULE_IDS)[number]
export type Severity = Diagnostic['severity']

export function diagnostic(ruleId: RuleId, severity: Severity, reason: string, place: Position): Diagnostic {
  return { ruleId, severity, reason, place, source: 'cn-plan-parser' }
}
