/** The library's types, inferred from the zod schemas (type-only: no runtime cost). */
import type { z } from 'zod'
import type * as S from './schema.js'

export type Point = z.infer<typeof S.PointSchema>
export type Position = z.infer<typeof S.PositionSchema>
export type Department = z.infer<typeof S.DepartmentSchema>
export type Responsibility = z.infer<typeof S.ResponsibilitySchema>
export type Paragraph = z.infer<typeof S.ParagraphSchema>
export type Item = z.infer<typeof S.ItemSchema>
export type Task = z.infer<typeof S.TaskSchema>
/** A cell of a task table's row. */
export type TableCell = z.infer<typeof S.TableCellSchema>
export type Section = z.infer<typeof S.SectionSchema>
export type Chapter = z.infer<typeof S.ChapterSchema>
export type Plan = z.infer<typeof S.PlanSchema>
export type PlanNode = Plan | Chapter | Section | Task | Item | Paragraph
/** A numbered unit of a plan: what a responsibility note can be attached to. */
export type Unit = Chapter | Section | Task | Item
export type NoteClause = z.infer<typeof S.NoteClauseSchema>
export type Diagnostic = z.infer<typeof S.DiagnosticSchema>
export type DepartmentKind = z.infer<typeof S.DepartmentKindSchema>
export type Meta = z.infer<typeof S.MetaSchema>
/** A level of government: `central`, `province`, `city` or `county`. */
export type Level = z.infer<typeof S.LevelSchema>
