export { parsePlan, type ParseOptions } from './parse-plan.js'
export { tokenize, type Token, type TokenKind } from './lex/tokenize.js'
export { extractResponsibility } from './extract/responsibility.js'
export { toOutline } from './outline.js'
export { PlanParseError } from './errors.js'
export { RULE_IDS, type RuleId, type Severity } from './diagnostics.js'
export type {
  Chapter,
  Department,
  Diagnostic,
  Paragraph,
  Plan,
  PlanNode,
  Point,
  Position,
  Responsibility,
  Section,
  Task,
} from './types.js'
export { toText } from './render/to-text.js'
export { formatDiagnostic } from './format-diagnostic.js'
export { DEFAULT_MAX_INPUT_BYTES } from './limits.js'
