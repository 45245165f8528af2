/**
 * Outputs for downstream analytics, on their own subpath so that parsing
 * alone loads none of them (csv-stringify among them).
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { parsePlan } from 'cn-plan-parser'
 * import { toRows, toCsv } from 'cn-plan-parser/analytics'
 * const csv = toCsv(toRows(parsePlan(readFileSync('plan.txt'))), { bom: true })
 * ```
 */
export { tasksOf, departmentId, departmentKey, departmentLevel, type TaskInContext, type DepartmentResolver } from './tasks.js'
export { unitsOf, notesOf, unitWording, type UnitInContext, type UnitLevel } from './units.js'
export { toRows, ROW_COLUMNS, type PlanRow, type RowOptions } from './rows.js'
export { toCsv, toNdjson, type CsvOptions } from './writers.js'
export { departmentIndex, type DepartmentEntry, type DepartmentIndexOptions, type LevelCount } from './department-index.js'
export { extractReferences, citedTitles, planReferences, type Reference, type TaskReferences } from './references.js'
export { diffPlans, type DiffOptions, type PlanDiff, type TaskMatch, type TaskRef, type DepartmentRename } from './diff.js'
export { toMarkdown } from './markdown.js'
