/**
 * zod schemas for every node of a parsed plan: the single source of the
 * library's types. Imported from `cn-plan-parser/schema` so that parsing
 * alone never loads zod.
 *
 * @example
 * ```ts
 * import { PlanSchema } from 'cn-plan-parser/schema'
 * const plan = PlanSchema.parse(JSON.parse(json))
 * ```
 */
import { z } from 'zod'
import { RULE_IDS } from './diagnostics.js'

const count = z.number().int()

export const PointSchema = z.object({
  line: count.positive(),
  column: count.positive(),
  offset: count.nonnegative(),
})

export const PositionSchema = z.object({ start: PointSchema, end: PointSchema })

export const DepartmentSchema = z.object({
  /** The name as written in the document. */
  name: z.string().min(1),
})

export const ResponsibilitySchema = z.object({
  /** The note as written, brackets included: `（中央宣传部、知识产权局按职责分工负责）`. */
  raw: z.string(),
  /** Every department named, in the order written. */
  departments: z.array(DepartmentSchema),
  /** The leading department(s): the first listed, unless the note says otherwise. */
  leads: z.array(DepartmentSchema),
  /** The other departments. */
  participants: z.array(DepartmentSchema),
  /** `按职责分工负责`: each works within its own remit. */
  byDuty: z.boolean(),
  position: PositionSchema,
})

export const ParagraphSchema = z.object({
  type: z.literal('paragraph'),
  id: z.string(),
  text: z.string(),
  position: PositionSchema,
})

export const TaskSchema = z.object({
  type: z.literal('task'),
  id: z.string(),
  number: count.positive(),
  /** The marker as written: `1.`, `88．`, `109 .`. */
  marker: z.string(),
  /** The task's wording, without marker and responsibility note. */
  text: z.string(),
  responsibility: ResponsibilitySchema.nullable(),
  position: PositionSchema,
  /**
   * Leaf span of the marker and the wording as written (up to the note), so
   * that with the note's span every character of the task is accounted for.
   */
  textPosition: PositionSchema,
  /** Punctuation written after the note (`。` in `…负责）。`); absent when there is none. */
  trailing: z.string().min(1).optional(),
})

export const SectionSchema = z.object({
  type: z.literal('section'),
  id: z.string(),
  number: count.positive(),
  marker: z.string(),
  title: z.string(),
  children: z.array(z.discriminatedUnion('type', [TaskSchema, ParagraphSchema])),
  position: PositionSchema,
  /** Leaf span of the heading line alone (marker and title); `position` runs on to the last child. */
  headingPosition: PositionSchema,
})

export const ChapterSchema = z.object({
  type: z.literal('chapter'),
  id: z.string(),
  number: count.positive(),
  marker: z.string(),
  title: z.string(),
  children: z.array(z.discriminatedUnion('type', [SectionSchema, TaskSchema, ParagraphSchema])),
  position: PositionSchema,
  /** Leaf span of the heading line alone (marker and title); `position` runs on to the last child. */
  headingPosition: PositionSchema,
})

export const DiagnosticSchema = z.object({
  ruleId: z.enum(RULE_IDS),
  severity: z.enum(['error', 'warning', 'info']),
  reason: z.string(),
  place: PositionSchema,
  source: z.literal('cn-plan-parser'),
})

export const PlanSchema = z.object({
  type: z.literal('plan'),
  /** Chapters, and paragraphs before and after them (notice, title, preamble, closing rules). Sections and tasks appear here only in plans without chapters. */
  children: z.array(z.discriminatedUnion('type', [ChapterSchema, SectionSchema, TaskSchema, ParagraphSchema])),
  diagnostics: z.array(DiagnosticSchema),
  position: PositionSchema,
})
