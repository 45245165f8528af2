/**
 * What reading a note gives: the units it names, their roles, and every
 * other clause it holds. Indexes are into the text the note was read from
 * (a bracket's inside, or label lines joined with `\n`).
 */

/** Who takes part in a task, as the note says it. */
export type Role = 'lead' | 'participant'

/** A unit (department, collective) named in a note; `start`/`end` index the text it was read from. */
export interface NameSpan {
  /** The name as meant: white space and page footers left inside it by a wrap are taken out. */
  name: string
  start: number
  end: number
}

/** A piece of a note's text: `text` as written (trimmed), `start`/`end` around it. */
export interface TextSpan {
  text: string
  start: number
  end: number
}

/**
 * What a clause of a note is:
 * - `units`: a list of units, with or without a label or a role word;
 * - `deadline`: a time frame (`2024年底前`, `完成时限：持续推进`);
 * - `rule`: a rule for reading roles (`第一责任单位为牵头单位，下同`);
 * - `leader`: a person in charge (`分管省领导：林克庆`), never a unit;
 * - `remark`: a sentence after `。` that says something else (`以下任务均需…不再一一列出`);
 * - `unparsed`: words the grammar cannot place; kept so a caller can warn.
 */
export type ClauseKind = 'units' | 'deadline' | 'rule' | 'leader' | 'remark' | 'unparsed'

/** One clause of a note, in order of the text. */
export interface NoteClause extends TextSpan {
  kind: ClauseKind
}

/** A rule for reading roles stated inside a note; it applies to that note and the ones after it. */
export interface NoteRule extends TextSpan {
  /** `first-leads`: the first unit listed leads; `all-lead`: every unit listed leads. */
  rule: 'first-leads' | 'all-lead'
}

/** What a responsibility note says; indexes are into the note's inner text. */
export interface NoteParts {
  departments: NameSpan[]
  /** Role of each department, index-aligned with `departments`. */
  roles: Role[]
  /** The note itself names the roles (`牵头`, `牵头单位：`, `配合`); otherwise the first listed leads by convention. */
  explicit: boolean
  /** `按职责分工负责` and its like: each unit works within its own remit. */
  byDuty: boolean
  /** The list ends in `等` / `等部门` (or goes on `会同有关部门`): more bodies take part than are named. */
  open: boolean
  /** The words that leave the list open (`等有关部门和单位`), the first such tail of the note. */
  openTail?: TextSpan
  /** The first time frame of the note. */
  deadline?: TextSpan
  /** A rule for reading roles stated inside the note (`排在第一位的为牵头部门，下同`). */
  rule?: NoteRule
  /** Every clause, in order: unit lists, deadlines, rules, leaders, remarks and what could not be placed. */
  clauses: NoteClause[]
}

/** What a label names: a role of the units after it, or a clause of another kind. */
export type LabelKind = 'lead' | 'participant' | 'responsible' | 'division' | 'deadline' | 'leader'

/**
 * What a role word after a list of units says about them: `lead` (牵头),
 * `participant` (配合), `responsible` (负责: roles by the document's rule),
 * `by-duty` (按职责分工负责), `with` (会同: the units before it lead, those after it take part).
 */
export type RoleKind = 'lead' | 'participant' | 'responsible' | 'by-duty' | 'with'

/** What a rule word says (`第一`: the first listed leads; `均为牵头`: all lead). */
export type RuleKind = NoteRule['rule']
