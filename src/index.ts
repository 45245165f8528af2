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
export { extractNotes, type ExtractOptions } from './extract/responsibility.js'
export { extractMeta } from './meta/extract-meta.js'
export { parseDate } from './meta/dates.js'
export { resolveDepartment, type ResolveOptions, type Resolution } from './registry/resolve.js'
export { builtinDepartments, createRegistry, defaultRegistry, type AtDate, type Registry } from './registry/registry.js'
export { entry as registryEntry, type RegistryEntry } from './registry/entry.js'
export type { DepartmentKind, Meta } from './types.js'
