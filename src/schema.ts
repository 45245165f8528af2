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

/**
 * The wording as written, kept beside a normalised field only when the two
 * differ: the input had traditional characters (`意見` beside `意见`).
 */
const original = z.string().optional()

/** What kind of body a department is; `collective`, `local` and `internal` (a ministry's own 司局) are never in the central registry. */
export const DepartmentKindSchema = z.enum([
  'party',
  'ministry',
  'agency',
  'administration',
  'institution',
  'judicial',
  'legislature',
  'military',
  'people-organization',
  'collective',
  'local',
  'internal',
])

export const DepartmentSchema = z.object({
  /** The name as written in the document, in simplified characters (white space and page footers from a break removed). */
  name: z.string().min(1),
  /** The name as written, when it was in traditional characters. */
  original,
  /** Stable registry id (`cnipa`, `collective.joint-meeting-office`); absent when the name is unknown or local. */
  id: z.string().optional(),
  /** The official full name of the body the name resolves to: `国家知识产权局`. */
  canonical: z.string().optional(),
  kind: DepartmentKindSchema.optional(),
  /** Where the name stands in the input. */
  position: PositionSchema.optional(),
})

export const ResponsibilitySchema = z.object({
  /** The note as written (traditional characters kept), brackets included: `（中央宣传部、知识产权局按职责分工负责）`. */
  raw: z.string(),
  /** Every department named, in the order written. */
  departments: z.array(DepartmentSchema),
  /** The leading department(s): the first listed, unless the note says otherwise. */
  leads: z.array(DepartmentSchema),
  /** The other departments. */
  participants: z.array(DepartmentSchema),
  /** `按职责分工负责`: each works within its own remit. */
  byDuty: z.boolean(),
  /** The list ends in `等` / `等部门`: more bodies take part than are named. */
  openList: z.boolean().optional(),
  /** A deadline or time frame written in the note, as written: `2022年底前完成`, `持续推进`. */
  deadline: z.string().optional(),
  /**
   * Where the roles come from: the note's own words (`牵头`, `牵头单位：`), the
   * document's closing rule (列第一位的部门为牵头部门…), or, with neither, the
   * first-listed convention.
   */
  rolesFrom: z.enum(['note', 'closing-rule', 'first-listed']).optional(),
  position: PositionSchema,
})

export const ParagraphSchema = z.object({
  type: z.literal('paragraph'),
  id: z.string(),
  text: z.string(),
  /** `text` as written, when it had traditional characters. */
  original,
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
  /** `text` as written, when it had traditional characters. */
  original,
  responsibility: ResponsibilitySchema.nullable(),
  /** The titles the task cites (`《中华人民共和国专利法》` → `中华人民共和国专利法`), distinct, in order; nested titles stay inside their outer title. */
  references: z.array(z.string()),
  /** Every note of a task with several sub-measures, in order (the last is `responsibility`); absent with one note. */
  notes: z.array(ResponsibilitySchema).optional(),
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
  /** `title` as written, when it had traditional characters. */
  original,
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
  /** `title` as written, when it had traditional characters. */
  original,
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

const located = { raw: z.string(), position: PositionSchema }
/** An ISO calendar date `YYYY-MM-DD`. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** Plan metadata read from the paragraphs before the first chapter (and the closing rule); every field optional. */
export const MetaSchema = z.object({
  /** `…关于印发《…》的通知`. */
  noticeTitle: z.object(located).optional(),
  /** `国知战联办〔2021〕16号`: issuer code, year, serial. */
  documentNumber: z.object({ ...located, code: z.string(), year: count, serial: count }).optional(),
  /** `发布时间：2022-01-04`. */
  published: z.object({ ...located, date: isoDate }).optional(),
  /** The 主送 list ending in `：`. */
  recipients: z.object({ ...located, departments: z.array(DepartmentSchema) }).optional(),
  /** The signing body (or bodies) above the date. */
  issuer: z.object({ ...located, departments: z.array(DepartmentSchema) }).optional(),
  /** `（国家知识产权局代章）`: the body whose seal stands in for the issuer's. */
  seal: z.object({ ...located, department: DepartmentSchema }).optional(),
  /** `2021年12月27日`, `二〇二一年十二月二十七日`. */
  signed: z.object({ ...located, date: isoDate }).optional(),
  /** The plan's own title. */
  title: z.object(located).optional(),
  /** `2021—2022年度` → 2021–2022; `2023年度` → 2023–2023. */
  period: z.object({ ...located, from: count, to: count }).optional(),
  /** The paragraphs between the title and the first chapter, joined by line breaks. */
  preamble: z.object(located).optional(),
  /** The paragraph that says how roles are assigned: `first-leads` (列第一位的部门为牵头部门) or `all-lead` (均为牵头/共同负责). */
  closingRule: z.object({ ...located, rule: z.enum(['first-leads', 'all-lead']) }).optional(),
})

export const PlanSchema = z.object({
  type: z.literal('plan'),
  /** Chapters, and paragraphs before and after them (notice, title, preamble, closing rules). Sections and tasks appear here only in plans without chapters. */
  children: z.array(z.discriminatedUnion('type', [ChapterSchema, SectionSchema, TaskSchema, ParagraphSchema])),
  /** What the plan says about itself: notice, dates, recipients, issuer, title, period, closing rule. */
  meta: MetaSchema.optional(),
  diagnostics: z.array(DiagnosticSchema),
  position: PositionSchema,
})
