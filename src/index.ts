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
export { tasksOf, departmentId, departmentKey, type TaskInContext, type DepartmentResolver } from './analytics/tasks.js'
export { toRows, ROW_COLUMNS, type PlanRow, type RowOptions } from './analytics/rows.js'
export { toCsv, toNdjson, type CsvOptions } from './analytics/writers.js'
export { departmentIndex, type DepartmentEntry, type DepartmentIndexOptions } from './analytics/department-index.js'
export { extractReferences, citedTitles, planReferences, type Reference, type TaskReferences } from './analytics/references.js'
export { diffPlans, type DiffOptions, type PlanDiff, type TaskMatch, type TaskRef, type DepartmentRename } from './analytics/diff.js'
export { toMarkdown } from './analytics/markdown.js'
