/**
 * zod schemas for every node of a parsed plan, to validate a tree read back
 * from JSON. They describe the interfaces of `types.ts` exactly: a compile-time
 * check (tests/types/schema-matches-types.ts) fails on any difference.
 * Imported from `cn-plan-parser/schema` so that parsing alone never loads zod.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { PlanSchema, type Plan } from 'cn-plan-parser/schema'
 * const plan: Plan = PlanSchema.parse(JSON.parse(readFileSync('plan.json', 'utf8')))
 * ```
 */
import { z } from 'zod'
import { RULE_IDS, type Severity } from './diagnostics.js'
// The interfaces each schema validates, for the {@link}s below and for consumers
// of this subpath (type-only: nothing loads).
import type { Chapter, Department, Diagnostic, Item, Meta, NoteClause, Paragraph, Plan, Point, Position, Responsibility, Section, Task } from './types.js'
export type { Chapter, Department, Diagnostic, Item, Meta, NoteClause, Paragraph, Plan, Point, Position, Responsibility, Section, Task }

const count = z.number().int()

/** Validates a {@link Point}; its fields are documented there. */
export const PointSchema = z.object({
  line: count.positive(),
  column: count.positive(),
  offset: count.nonnegative(),
})

/** Validates a {@link Position}; its fields are documented there. */
export const PositionSchema = z.object({ start: PointSchema, end: PointSchema })

/**
 * The wording as written, kept beside a normalised field only when the two
 * differ: the input had traditional characters (`意見` beside `意见`).
 */
const original = z.string().optional()

/**
 * What kind of body a department is; `collective`, `local` and `internal` (a
 * ministry's own 司局) are never in the central registry; `unknown`: a name
 * the registry cannot place, kept as written (an `unknown-department` warning).
 */
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
  'unknown',
])

/** A level of government: `central`, `province` (with the municipalities and autonomous regions), `city` (and prefecture), `county` (and district). */
export const LevelSchema = z.enum(['central', 'province', 'city', 'county'])

/** Validates a {@link Department}; its fields are documented there. */
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
  /** A local unit's level (`省…` a province's, `市…` a city's; a bare name in a provincial plan the province's). Central bodies carry none. */
  level: LevelSchema.optional(),
  /** A local unit's place, when the name or the plan says it (`浙江省`, `杭州市`). */
  place: z.string().optional(),
  /** A local unit's central counterpart: the registry id of the body doing the same work (`省知识产权局` → `cnipa`), to group by function. */
  sameFunctionAs: z.string().optional(),
  /** Where the name stands in the input. */
  position: PositionSchema.optional(),
})

/** A piece of a note that is not a list of departments: validates a {@link NoteClause}. */
export const NoteClauseSchema = z.object({
  /** `leader`: a person in charge (`分管省领导：林克庆`); `rule`: how roles are read (`下同`); `remark`: another sentence; `unparsed`: words the grammar could not place. */
  kind: z.enum(['leader', 'rule', 'remark', 'unparsed']),
  /** The clause as written (simplified). */
  text: z.string(),
  /** For a `rule`: what it says, `first-leads` or `all-lead`. */
  rule: z.enum(['first-leads', 'all-lead']).optional(),
  position: PositionSchema.optional(),
})

/** Validates a {@link Responsibility}; its fields are documented there. */
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
   * Where the roles come from: the note's own words (`牵头`, `牵头单位：`), a
   * rule the document states (its closing rule 列第一位的部门为牵头部门…, or one
   * inside an earlier note: …，下同), or, with neither, the first-listed convention.
   */
  rolesFrom: z.enum(['note', 'closing-rule', 'first-listed']).optional(),
  /**
   * `bracket`: a bracketed note (`（A、B负责）`); `label`: label lines or a run-in label clause (`责任单位：A、B`);
   * `table`: the responsibility columns of a task table's row (then `raw` is those cells as written, joined by a tab).
   */
  form: z.enum(['bracket', 'label', 'table']).optional(),
  /** The open tail as written (`等有关部门和单位`), when `openList` is set. */
  openTail: z.string().optional(),
  /** Pieces of the note that name no department: a leader (`分管省领导：林克庆`), a rule (`下同`), a remark, or words the grammar could not place (`unparsed`, with a warning). */
  clauses: z.array(NoteClauseSchema).optional(),
  /** Where the note stands: brackets or label lines included. */
  position: PositionSchema,
  /**
   * The wording the note applies to: from the start of its unit's wording (or
   * the end of the note before it, when a paragraph carries several) up to the note.
   */
  covers: PositionSchema.optional(),
})

/** Validates a {@link Paragraph}; its fields are documented there. */
export const ParagraphSchema = z.object({
  type: z.literal('paragraph'),
  id: z.string(),
  text: z.string(),
  /** `text` as written, when it had traditional characters. */
  original,
  position: PositionSchema,
})

/** What every numbered unit (chapter, section, task, item) says about who is responsible for it. */
const assigned = {
  /**
   * The note that closes the unit's own paragraph (a bracket, or label lines
   * after it such as `责任单位：A、B`), or `null`. A note of a sub-unit is
   * that sub-unit's, never its parent's.
   */
  responsibility: ResponsibilitySchema.nullable(),
  /**
   * Every note of the unit's own paragraph, in order, when there is more than
   * `responsibility` alone (sub-measures with notes of their own, or a note
   * inside the paragraph that does not close it); absent otherwise.
   */
  notes: z.array(ResponsibilitySchema).optional(),
  /** Punctuation written after the closing note (`。` in `…负责）。`); absent when there is none. */
  trailing: z.string().min(1).optional(),
}

/** A unit's wording: the task's text, or what a run-in heading paragraph says after its title. */
const worded = {
  /** The titles the wording cites (`《中华人民共和国专利法》` → `中华人民共和国专利法`), distinct, in order; nested titles stay inside their outer title. */
  references: z.array(z.string()),
}

/** Validates a {@link Item}; its fields are documented there. */
export const ItemSchema = z.object({
  type: z.literal('item'),
  id: z.string(),
  number: count.positive(),
  /** The marker as written: `（1）`, `1）`, `①`. */
  marker: z.string(),
  /** The item's wording, without marker and responsibility note. */
  text: z.string(),
  /** `text` as written, when it had traditional characters. */
  original,
  ...assigned,
  ...worded,
  position: PositionSchema,
  /** Leaf span of the marker and the wording as written (up to the closing note). */
  textPosition: PositionSchema,
})

/** Validates a {@link TableCell}; its fields are documented there. */
export const TableCellSchema = z.object({
  /** The column's header as written (`牵头单位`). */
  column: z.string(),
  /** The column's place in the row, from 0 (empty cells count: columns keep their place). */
  index: count.nonnegative(),
  /** What the header makes the column: `number`, `task`, `lead`, `participants`, `responsible` (a list whose first leads), `deadline`, `leader` (a person) or `other`. */
  role: z.enum(['number', 'task', 'lead', 'participants', 'responsible', 'deadline', 'leader', 'other']),
  /** The cell's text (simplified; TSV quotes undone). */
  text: z.string(),
  /** `text` as written, when it had traditional characters. */
  original,
  position: PositionSchema,
})

/** Validates a {@link Task}; its fields are documented there. */
export const TaskSchema = z.object({
  type: z.literal('task'),
  id: z.string(),
  number: count.positive(),
  /** The marker as written: `1.`, `88．`, `109 .`, `第三条`. */
  marker: z.string(),
  /** The task's wording, without marker and responsibility note. */
  text: z.string(),
  /** `text` as written, when it had traditional characters. */
  original,
  ...assigned,
  ...worded,
  /** Sub-items (`（1）`, `①`) and paragraphs between them; absent when the task has none. */
  children: z.array(z.discriminatedUnion('type', [ItemSchema, ParagraphSchema])).optional(),
  /** A row of a task table: its cells that hold anything, in order (a row a page break split has both parts' cells); absent for a task of text. */
  cells: z.array(TableCellSchema).optional(),
  position: PositionSchema,
  /**
   * Leaf span of the marker and the wording as written (up to the note), so
   * that with the note's span every character of the task is accounted for.
   */
  textPosition: PositionSchema,
})

/** What chapters and sections share: a numbered heading, and the wording of a run-in paragraph. */
const heading = {
  id: z.string(),
  number: count.positive(),
  /** The marker as written: `一、`, `（一）`, `第一章`. */
  marker: z.string(),
  /** The heading; for a run-in paragraph (`（三）加强市场监管。完善……`), its first sentence, with its `。`. */
  title: z.string(),
  /** `title` as written, when it had traditional characters. */
  original,
  /** What a run-in paragraph says after its title, without notes; absent for a heading on its own. */
  text: z.string().optional(),
  /** `text` as written, when it had traditional characters. */
  textOriginal: z.string().optional(),
  /** The titles `text` cites; absent without `text`. */
  references: z.array(z.string()).optional(),
  ...assigned,
  position: PositionSchema,
  /** Leaf span of the heading alone (marker, title and its `。`); `position` runs on to the last child. */
  headingPosition: PositionSchema,
  /** Leaf span of `text` as written (up to the closing note); absent without `text`. */
  textPosition: PositionSchema.optional(),
}

/** Validates a {@link Section}; its fields are documented there. */
export const SectionSchema = z.object({
  type: z.literal('section'),
  ...heading,
  children: z.array(z.discriminatedUnion('type', [TaskSchema, ItemSchema, ParagraphSchema])),
})

/** Validates a {@link Chapter}; its fields are documented there. */
export const ChapterSchema = z.object({
  type: z.literal('chapter'),
  ...heading,
  children: z.array(z.discriminatedUnion('type', [SectionSchema, TaskSchema, ItemSchema, ParagraphSchema])),
})

/** Validates a {@link Diagnostic}; its fields are documented there. */
export const DiagnosticSchema = z.object({
  ruleId: z.enum(RULE_IDS),
  severity: z.enum(['error', 'warning', 'info']) satisfies z.ZodType<Severity>,
  reason: z.string(),
  place: PositionSchema,
  source: z.literal('cn-plan-parser'),
})

const located = { raw: z.string(), position: PositionSchema }
/** How roles follow from the order of a list: the first leads, or every one listed leads. */
const RoleRuleSchema = z.enum(['first-leads', 'all-lead'])
/** An ISO calendar date `YYYY-MM-DD`. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** Plan metadata read from the paragraphs before the first chapter (and the closing rule); every field optional. Validates a {@link Meta}. */
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
  /**
   * The plan's level and place, read from its issuer, notice title, title or
   * recipients (`raw` is the words it was read from, `from` says which).
   * Absent when none says: the plan is read as central.
   */
  jurisdiction: z
    .object({ ...located, level: LevelSchema, place: z.string().optional(), from: z.enum(['issuer', 'notice-title', 'title', 'recipients']) })
    .optional(),
  /** `2021—2022年度` → 2021–2022; `2023年度` → 2023–2023. */
  period: z.object({ ...located, from: count, to: count }).optional(),
  /** The paragraphs between the title and the first chapter, joined by line breaks. */
  preamble: z.object(located).optional(),
  /** The paragraph that says how roles are assigned: `first-leads` (列第一位的部门为牵头部门) or `all-lead` (均为牵头/共同负责). */
  closingRule: z.object({ ...located, rule: RoleRuleSchema }).optional(),
  /** Rules stated inside or beside notes (`（第一责任单位为牵头单位，下同）`), in order: each applies to its note and the notes after it. */
  rules: z.array(z.object({ ...located, rule: RoleRuleSchema })).optional(),
})

/** Validates a {@link Source}; its fields are documented there. */
export const SourceSchema = z.object({
  /** The file's format. */
  format: z.enum(['docx', 'doc', 'pdf']),
  /** The text extracted from the file: one line per paragraph, a table row as one line of tab-separated cells. */
  text: z.string(),
  /** Offset in `text` where each page starts, ascending, first 0 (PDF; Word only when the file records its page breaks). */
  pages: z.array(count).optional(),
  /** Offset in `text` where each line of the original layout starts, ascending (PDF). */
  lines: z.array(count).optional(),
  /** Offset in `text` where each paragraph of the original starts, ascending (Word; a table row counts as one). */
  paragraphs: z.array(count).optional(),
})

/** Validates a {@link Plan}; its fields are documented there. */
export const PlanSchema = z.object({
  type: z.literal('plan'),
  /** Chapters, and paragraphs before and after them (notice, title, preamble, closing rules). Sections and tasks appear here only in plans without chapters. */
  children: z.array(z.discriminatedUnion('type', [ChapterSchema, SectionSchema, TaskSchema, ItemSchema, ParagraphSchema])),
  /** What the plan says about itself: notice, dates, recipients, issuer, title, period, closing rule. */
  meta: MetaSchema.optional(),
  diagnostics: z.array(DiagnosticSchema),
  position: PositionSchema,
  /** Only on a plan read from a Word or PDF file by `parseDocument`: the text it was parsed from, with page and paragraph starts. */
  source: SourceSchema.optional(),
})
