/**
 * The library's types, written out as named interfaces so that an editor's
 * hover shows a name and the documentation of each field, not the nested
 * object literals `z.infer` expands to. `src/schema.ts` describes the same
 * shapes for validation; `tests/types/schema-matches-types.ts` checks at
 * compile time that the two are exactly equal, so a field added to one and
 * not the other fails `npm run typecheck`.
 *
 * Type-only: importing this module costs nothing at run time.
 */
import type { RuleId, Severity } from './diagnostics.js'

/** A place in the input: unist's point. */
export interface Point {
  /** Line in the input, 1-based. */
  line: number
  /** Column in the line, 1-based, counted in UTF-16 code units. */
  column: number
  /** Offset from the start of the input, 0-based, in UTF-16 code units (index into the string as given, or as decoded from bytes). */
  offset: number
}

/**
 * A span of the input: unist's position, `end` exclusive. Equal points may be
 * one shared object (a task's `position.start` is its `textPosition.start`):
 * copy the tree with `JSON.parse(JSON.stringify(plan))` before editing points in place.
 */
export interface Position {
  /** Where the span starts: its first character. */
  start: Point
  /** Where the span ends: just after its last character. */
  end: Point
}

/**
 * What kind of body a department is, as the registry knows it. `collective`
 * (`联席会议成员单位`), `local` (`市知识产权局`) and `internal` (a ministry's own
 * 司局, `标准技术司`) are never in the central registry; `unknown` is a name the
 * registry cannot place, kept as written (with an `unknown-department` warning).
 */
export type DepartmentKind =
  | 'party'
  | 'ministry'
  | 'agency'
  | 'administration'
  | 'institution'
  | 'judicial'
  | 'legislature'
  | 'military'
  | 'people-organization'
  | 'collective'
  | 'local'
  | 'internal'
  | 'unknown'

/**
 * A level of government: `central`, `province` (with the municipalities and
 * autonomous regions), `city` (and prefecture) or `county` (and district).
 */
export type Level = 'central' | 'province' | 'city' | 'county'

/** How roles follow from the order of a list: the first listed leads (`first-leads`), or every one listed leads (`all-lead`). */
export type RoleRule = 'first-leads' | 'all-lead'

/** A department named in a note or in the notice, resolved against the registry where it can be. */
export interface Department {
  /** The name as written in the document, in simplified characters (white space and page footers from a line break removed): `知识产权局`. */
  name: string
  /** The name as written, when it was in traditional characters (`市場監管總局` beside `市场监管总局`); absent otherwise. */
  original?: string
  /** Stable registry id (`cnipa`, `collective.joint-meeting-office`); absent when the name is unknown or a local body's. */
  id?: string
  /** The official full name of the body the name resolves to: `国家知识产权局` for `知识产权局`. */
  canonical?: string
  /** What kind of body it is: `ministry`, `agency`, `local`, `collective`, `unknown` (a name the registry cannot place)… */
  kind?: DepartmentKind
  /** A local unit's level of government (`省…` a province's, `市…` a city's; a bare name in a provincial plan the province's). Central bodies carry none. */
  level?: Level
  /** A local unit's place, when the name or the plan says it: `浙江省`, `杭州市`. */
  place?: string
  /** A local unit's central counterpart: the registry id of the body doing the same work (`省知识产权局` → `cnipa`), to group departments by function. */
  sameFunctionAs?: string
  /** Where the name stands in the input. */
  position?: Position
}

/** A piece of a responsibility note that is not a list of departments. */
export interface NoteClause {
  /**
   * `leader`: a person in charge (`分管省领导：林克庆`); `rule`: how the roles
   * are read (`下同`, `第一责任单位为牵头单位`); `remark`: another sentence;
   * `unparsed`: words the grammar could not place (reported `unparsed-note`).
   */
  kind: 'leader' | 'rule' | 'remark' | 'unparsed'
  /** The clause as written, in simplified characters. */
  text: string
  /** For a `rule` clause: what it says, `first-leads` or `all-lead`; absent on other kinds. */
  rule?: RoleRule
  /** Where the clause stands in the input. */
  position?: Position
}

/** Who is responsible for a unit: one note, `（A牵头，B、C参与）` or label lines (`责任单位：A、B`), read by the note grammar. */
export interface Responsibility {
  /** The note as written (traditional characters kept), brackets or labels included: `（中央宣传部、知识产权局按职责分工负责）`. */
  raw: string
  /** Every department the note names, in the order written. */
  departments: Department[]
  /**
   * The leading department(s): the first listed, unless the note's own words
   * (`A牵头`, `牵头单位：`) or a rule of the document (`均为牵头单位`) say
   * otherwise (`rolesFrom` tells which). Empty when the note names no one
   * who leads (`（A主抓）` with an unknown role word leaves `A` unparsed).
   */
  leads: Department[]
  /** The departments that take part without leading: `departments` less `leads`, in order. */
  participants: Department[]
  /**
   * The note says `按职责分工负责` (or `分别负责`): each department works within
   * its own remit, rather than one leading the others. The first listed is
   * still recorded in `leads`.
   */
  byDuty: boolean
  /** The list ends in `等` / `等部门`: more bodies take part than are named. Absent when it does not. */
  openList?: boolean
  /** A deadline or time frame written in the note or on a `完成时限：` line, as written: `2022年底前完成`, `持续推进`. */
  deadline?: string
  /**
   * Where the roles come from: `note`, the note's own words (`牵头`,
   * `牵头单位：`); `closing-rule`, a rule the document states (its closing
   * rule 列第一位的部门为牵头部门…, or one inside an earlier note: `…，下同`);
   * `first-listed`, with neither, the convention that the first listed leads.
   */
  rolesFrom?: 'note' | 'closing-rule' | 'first-listed'
  /**
   * `bracket`: a bracketed note (`（A、B负责）`, either width, `〔…〕`); `label`: label lines or a run-in label clause (`责任单位：A、B`);
   * `table`: the responsibility columns of a task table's row (then `raw` is those cells as written, joined by a tab).
   */
  form?: 'bracket' | 'label' | 'table'
  /** The open tail as written (`等有关部门和单位`), when `openList` is set. */
  openTail?: string
  /** Pieces of the note that name no department: a leader (`分管省领导：林克庆`), a rule (`下同`), a remark, or words the grammar could not place (`unparsed`, with a warning). */
  clauses?: NoteClause[]
  /** Where the note stands in the input: its brackets or label lines included. */
  position: Position
  /**
   * The wording the note applies to: from the start of its unit's wording
   * (or from the end of the note before it, when a paragraph carries
   * several) up to the note.
   */
  covers?: Position
}

/** A paragraph that is no numbered unit: the notice, the plan's title, a preamble, closing rules, text between sub-items. */
export interface Paragraph {
  /** Node type, unist style. */
  type: 'paragraph'
  /** Unique id in the plan, from its place: `p1` at the root, `c2.p1` inside chapter 2. */
  id: string
  /** The paragraph's text, in simplified characters. */
  text: string
  /** `text` as written, when it had traditional characters; absent otherwise. */
  original?: string
  /** Where the paragraph stands in the input. */
  position: Position
}

/** What every numbered unit (chapter, section, task, item) says about who is responsible for it. */
export interface Assigned {
  /**
   * The note that closes the unit's own paragraph (a bracket, or label lines
   * after it such as `责任单位：A、B`), or `null` when there is none or it
   * names no department. A note of a sub-unit is that sub-unit's, never its parent's.
   */
  responsibility: Responsibility | null
  /**
   * Every note of the unit's own paragraph, in order, when there is more than
   * `responsibility` alone (sub-measures with notes of their own, a note
   * inside the paragraph that does not close it, a note that assigns
   * nothing); absent otherwise.
   */
  notes?: Responsibility[]
  /** Punctuation written after the closing note (`。` in `…负责）。`); absent when there is none. */
  trailing?: string
}

/** A sub-item of a task: `（1）`, `1）`, `①`. Items do not nest. */
export interface Item extends Assigned {
  /** Node type, unist style. */
  type: 'item'
  /** Unique id in the plan, from the numbering: `c1.s1.t1.i2` (a repeated number gets a `~2` suffix). */
  id: string
  /** The item's number, read from its marker: 2 for `（2）` and `②`. */
  number: number
  /** The marker as written: `（1）`, `1）`, `①`. */
  marker: string
  /** The item's wording, in simplified characters, without its marker and responsibility note. */
  text: string
  /** `text` as written, when it had traditional characters; absent otherwise. */
  original?: string
  /** The titles the wording cites (`《中华人民共和国专利法》` → `中华人民共和国专利法`), distinct, in order; nested titles stay inside their outer title. */
  references: string[]
  /** Where the item stands in the input: marker, wording and notes. */
  position: Position
  /** Leaf span of the marker and the wording as written, up to the closing note. */
  textPosition: Position
}

/** A cell of a task table's row: what its column is, and what it says. */
export interface TableCell {
  /** The column's header as written (`牵头单位`). */
  column: string
  /** The column's place in the row, from 0 (empty cells count: columns keep their place). */
  index: number
  /** What the header makes the column: `number`, `task`, `lead`, `participants`, `responsible` (a list whose first leads), `deadline`, `leader` (a person) or `other`. */
  role: 'number' | 'task' | 'lead' | 'participants' | 'responsible' | 'deadline' | 'leader' | 'other'
  /** The cell's text (simplified; TSV quotes undone). */
  text: string
  /** `text` as written, when it had traditional characters; absent otherwise. */
  original?: string
  /** Where the cell's words stand in the input (inside its quotes). */
  position: Position
}

/** A task: `1.`, `１２．`, `109 .`, `第三条` (or `（一）` under `第一章 一、`); the unit a plan assigns. */
export interface Task extends Assigned {
  /** Node type, unist style. */
  type: 'task'
  /** Unique id in the plan, from the numbering: `c1.s1.t1` (a repeated number gets a `~2` suffix). */
  id: string
  /** The task's number, read from its marker: 88 for `88．`, 3 for `第三条`. */
  number: number
  /** The marker as written: `1.`, `88．`, `109 .`, `第三条`. */
  marker: string
  /** The task's wording, in simplified characters, without its marker and responsibility note. */
  text: string
  /** `text` as written, when it had traditional characters; absent otherwise. */
  original?: string
  /** The titles the wording cites (`《中华人民共和国专利法》` → `中华人民共和国专利法`), distinct, in order; nested titles stay inside their outer title. */
  references: string[]
  /** Sub-items (`（1）`, `①`) and the paragraphs between them; absent when the task has none. */
  children?: (Item | Paragraph)[]
  /** A row of a task table: its cells that hold anything, in order (a row a page break split has both parts' cells); absent for a task of text. */
  cells?: TableCell[]
  /** Where the task stands in the input: from its marker to the end of its last child. */
  position: Position
  /**
   * Leaf span of the marker and the wording as written, up to the note, so
   * that with the note's span every character of the task is accounted for.
   */
  textPosition: Position
}

/** What chapters and sections share: a numbered heading, and the wording of a run-in paragraph. */
export interface Heading extends Assigned {
  /** Unique id in the plan, from the numbering: `c4`, `c1.s2` (a repeated number gets a `~2` suffix). */
  id: string
  /** The heading's number, read from its marker: 4 for `四、`, 2 for `（二）`. */
  number: number
  /** The marker as written: `一、`, `（一）`, `第一章`. */
  marker: string
  /** The heading, in simplified characters; for a run-in paragraph (`（三）加强市场监管。完善……`) its first sentence, with its `。`. */
  title: string
  /** `title` as written, when it had traditional characters; absent otherwise. */
  original?: string
  /** What a run-in paragraph says after its title, without notes; absent for a heading on its own. */
  text?: string
  /** `text` as written, when it had traditional characters; absent otherwise. */
  textOriginal?: string
  /** The titles `text` cites, distinct, in order; absent without `text`. */
  references?: string[]
  /** Where the heading stands in the input: from its marker to the end of its last child. */
  position: Position
  /** Leaf span of the heading alone (marker, title and its `。`); `position` runs on to the last child. */
  headingPosition: Position
  /** Leaf span of `text` as written, up to the closing note; absent without `text`. */
  textPosition?: Position
}

/** A section: `（一）`, `第一节` (or `一、` under `第一章`). */
export interface Section extends Heading {
  /** Node type, unist style. */
  type: 'section'
  /** The section's tasks, and items and paragraphs standing directly under it. */
  children: (Task | Item | Paragraph)[]
}

/** A chapter: `一、`, `第一章`. */
export interface Chapter extends Heading {
  /** Node type, unist style. */
  type: 'chapter'
  /** The chapter's sections, or tasks directly when it has no sections, and paragraphs. */
  children: (Section | Task | Item | Paragraph)[]
}

/** A problem found while parsing: a vfile-style message, plain JSON. */
export interface Diagnostic {
  /** The rule that found it: one of `RULE_IDS` (`numbering-gap`, `missing-responsibility`…); `RULES` describes each. */
  ruleId: RuleId
  /** `error`, `warning` or `info`: fixed per rule (`RULES[ruleId].severity`). */
  severity: Severity
  /** What was found, in a sentence: `Task numbering skips 2 before task 3 (3.)`. */
  reason: string
  /** Where in the input it was found. */
  place: Position
  /** Always `cn-plan-parser`, the tool that found it. */
  source: 'cn-plan-parser'
}

/** A piece of the notice or the plan's front, as written, and where it stands. */
export interface MetaText {
  /** The words as written. */
  raw: string
  /** Where they stand in the input. */
  position: Position
}

/** A document number, `国知战联办〔2021〕16号`. */
export interface MetaDocumentNumber extends MetaText {
  /** The issuer's code: `国知战联办`. */
  code: string
  /** The year in the brackets: 2021. */
  year: number
  /** The serial number: 16. */
  serial: number
}

/** A date written in the notice. */
export interface MetaDate extends MetaText {
  /** The date as an ISO calendar date, `YYYY-MM-DD`: `2021-12-27`. */
  date: string
}

/** A list of departments in the notice: its recipients or its issuers. */
export interface MetaDepartments extends MetaText {
  /** The departments, in the order written, resolved against the registry. */
  departments: Department[]
}

/** The seal that stands in for the issuer's: `（国家知识产权局代章）`. */
export interface MetaSeal extends MetaText {
  /** The body whose seal it is. */
  department: Department
}

/** The plan's level of government and place. */
export interface MetaJurisdiction extends MetaText {
  /** The level: `central`, `province`, `city` or `county`. */
  level: Level
  /** The place, when one is named: `浙江省`, `杭州市`. */
  place?: string
  /** What it was read from: the issuer, the notice title, the plan's title or the recipients. */
  from: 'issuer' | 'notice-title' | 'title' | 'recipients'
}

/** The years a plan covers: `2021—2022年度` → 2021–2022. */
export interface MetaPeriod extends MetaText {
  /** The first year. */
  from: number
  /** The last year (the same as `from` for one year: `2023年度`). */
  to: number
}

/** A rule that says how roles are read from the order of a list. */
export interface MetaRule extends MetaText {
  /** What it says: `first-leads` (列第一位的部门为牵头部门) or `all-lead` (均为牵头/共同负责). */
  rule: RoleRule
}

/** What a plan says about itself, read from the paragraphs before the first chapter (and the closing rule); every field optional. */
export interface Meta {
  /** The notice's title: `…关于印发《…》的通知`. */
  noticeTitle?: MetaText
  /** The document number: `国知战联办〔2021〕16号`, with issuer code, year and serial. */
  documentNumber?: MetaDocumentNumber
  /** The date of publication, from a web copy's `发布时间：2022-01-04`. */
  published?: MetaDate
  /** The 主送 list ending in `：`, as departments. */
  recipients?: MetaDepartments
  /** The signing body (or bodies) above the date. */
  issuer?: MetaDepartments
  /** `（国家知识产权局代章）`: the body whose seal stands in for the issuer's. */
  seal?: MetaSeal
  /** The date of signing, `2021年12月27日` or `二〇二一年十二月二十七日`. */
  signed?: MetaDate
  /** The plan's own title. */
  title?: MetaText
  /**
   * The plan's level and place, read from its issuer, notice title, title or
   * recipients (`raw` is the words it was read from, `from` says which).
   * Absent when none says: the plan is read as central.
   */
  jurisdiction?: MetaJurisdiction
  /** The years the plan covers: `2021—2022年度` → 2021–2022; `2023年度` → 2023–2023. */
  period?: MetaPeriod
  /** The paragraphs between the title and the first chapter, joined by line breaks. */
  preamble?: MetaText
  /** The paragraph that says how roles are assigned: `first-leads` (列第一位的部门为牵头部门) or `all-lead` (均为牵头/共同负责). */
  closingRule?: MetaRule
  /** Rules stated inside or beside notes (`（第一责任单位为牵头单位，下同）`), in order: each applies to its note and the notes after it. */
  rules?: MetaRule[]
}

/** A parsed plan: the root of the tree. */
export interface Plan {
  /** Node type, unist style. */
  type: 'plan'
  /**
   * Chapters, and the paragraphs before and after them (notice, title,
   * preamble, closing rules). Sections, tasks and items appear here only in
   * plans without the levels above them.
   */
  children: (Chapter | Section | Task | Item | Paragraph)[]
  /** What the plan says about itself: notice, dates, recipients, issuer, title, period, jurisdiction, closing rule. */
  meta?: Meta
  /** Every problem found, sorted by place; see `RULES` for the rules. */
  diagnostics: Diagnostic[]
  /** The whole input. */
  position: Position
  /** Only on a plan read from a Word or PDF file by `parseDocument`: the text it was parsed from, with page and paragraph starts. */
  source?: Source
}

/**
 * The text a plan read from a Word or PDF file was parsed from
 * (`parseDocument`), and where its pieces came from: every node offset is an
 * offset into `text`; `locate(plan, offset)` turns one into a page and line
 * or a paragraph of the original file.
 */
export interface Source {
  /** The file's format. */
  format: 'docx' | 'doc' | 'pdf'
  /** The text extracted from the file: one line per paragraph, a table row as one line of tab-separated cells. */
  text: string
  /** Offset in `text` where each page starts, ascending, first 0 (PDF; Word only when the file records its page breaks). */
  pages?: number[]
  /** Offset in `text` where each line of the original layout starts, ascending (PDF). */
  lines?: number[]
  /** Offset in `text` where each paragraph of the original starts, ascending (Word; a table row counts as one). */
  paragraphs?: number[]
}

/** Any node of the tree. */
export type PlanNode = Plan | Chapter | Section | Task | Item | Paragraph

/** A numbered unit of a plan: what a responsibility note can be attached to. */
export type Unit = Chapter | Section | Task | Item
