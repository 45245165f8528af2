import type { ResolveOptions } from '../registry/resolve.js'
import type { Department, NoteClause, Position, Responsibility } from '../types.js'
import { createLocator } from '../util/location.js'
import { type DepartmentFactory, departmentFactory, listPrefix } from './departments.js'
import { type NoteMatch, findFinalNote, findNotes } from './note.js'
import { compileGrammar } from './grammar/compile.js'
import { type Wordings, checkWordings } from './grammar/wordings.js'
import type { Role } from './grammar/types.js'

/**
 * The departments of one role, in an array of exactly their number: `filter`
 * grows a backing store of 17 slots for one lead, and a plan has thousands.
 */
function withRole(departments: readonly Department[], roles: readonly Role[], role: Role): Department[] {
  let count = 0
  for (const r of roles) if (r === role) count++
  const out = new Array<Department>(count)
  for (let i = 0, k = 0; k < count; i++) if (roles[i] === role) out[k++] = departments[i] as Department
  return out
}

/**
 * Attach departments and roles to a found note; `place` turns its indexes into
 * a position and `make` makes (and resolves) each department. `written` is
 * `text` as written before traditional → simplified (same length, index for
 * index): `raw` comes from it, and names that differ keep it as `original`.
 */
export function toResponsibility(
  text: string,
  note: NoteMatch,
  place: (start: number, end: number) => Position,
  make: DepartmentFactory,
  written: string | null = null,
  covers?: Position,
): Responsibility {
  // A bracket's words start after it; a label clause's at its label.
  const inner = note.form === 'label' ? note.start : note.start + 1
  const { parts } = note
  // The note is one list: a level on its first name (`省统计局、知识产权局`) reaches over the rest.
  const first = parts.departments[0]?.name
  const reach = first === undefined || parts.departments.length < 2 ? '' : listPrefix(first)
  const departments: Department[] = parts.departments.map((d, i) => {
    const original = written?.slice(inner + d.start, inner + d.end)
    const differs = original !== undefined && original !== text.slice(inner + d.start, inner + d.end)
    return make(d.name, place(inner + d.start, inner + d.end), differs ? original : undefined, i === 0 || reach === '' ? undefined : reach)
  })
  const raw = (written ?? text).slice(note.start, note.end)
  const leads = withRole(departments, parts.roles, 'lead')
  const participants = withRole(departments, parts.roles, 'participant')
  const rolesFrom = parts.explicit ? 'note' : 'first-listed'
  const position = place(note.start, note.end)
  // Made whole in one literal: a field added afterwards moves the object to
  // a slower layout with a second store, on every note of a plan.
  const responsibility: Responsibility =
    covers === undefined
      ? { raw, departments, leads, participants, byDuty: parts.byDuty, openList: parts.open, rolesFrom, form: note.form, position }
      : { raw, departments, leads, participants, byDuty: parts.byDuty, openList: parts.open, rolesFrom, form: note.form, position, covers }
  // Rarer fields, added where a note has them.
  if (parts.deadline) responsibility.deadline = parts.deadline.text
  if (parts.openTail) responsibility.openTail = parts.openTail.text
  const clauses = otherClauses(parts, inner, place)
  if (clauses) responsibility.clauses = clauses
  return responsibility
}

/** The clauses of a note that name no department and are no deadline, with where they stand; `undefined` for most notes. */
function otherClauses(parts: NoteMatch['parts'], inner: number, place: (start: number, end: number) => Position): NoteClause[] | undefined {
  let clauses: NoteClause[] | undefined
  for (const c of parts.clauses) {
    if (c.kind === 'units' || c.kind === 'deadline') continue
    const position = place(inner + c.start, inner + c.end)
    // A note states one rule at most: the grammar's reading of it.
    const clause: NoteClause = c.kind === 'rule' && parts.rule ? { kind: c.kind, text: c.text, rule: parts.rule.rule, position } : { kind: c.kind, text: c.text, position }
    ;(clauses ??= []).push(clause)
  }
  return clauses
}

/** Options of {@link extractResponsibility}. */
export interface ExtractOptions extends ResolveOptions {
  /** Words added to the built-in note grammar (labels, role words, …), as `parsePlan` takes them. */
  wordings?: Wordings
}

/**
 * Find the responsibility note that ends a task's text and say who leads and
 * who participates. Roles come from the note's own words when it has them
 * (`牵头`, `参与`, `配合`, `牵头单位：`), otherwise the first department listed
 * leads; `按职责分工负责` sets `byDuty`, `等部门` sets `openList`, a time frame
 * in the note becomes `deadline`. Names are resolved against the department
 * registry. Positions are into `text`.
 *
 * @example
 * ```ts
 * const r = extractResponsibility('推进修改《国防专利条例》。（中央军委装备发展部、国防科工局、知识产权局负责）')
 * r?.leads[0]            // { name: '中央军委装备发展部', id: 'cmc-equipment', canonical: '中央军委装备发展部', kind: 'military', position: … }
 * r?.participants.length // 2
 * extractResponsibility('完善制度。（知识产权局牵头，商务部参与，6月底完成）')?.deadline // '6月底完成'
 * ```
 * @returns `null` when the text ends with no such note.
 */
export function extractResponsibility(text: string, options: ExtractOptions = {}): Responsibility | null {
  if (typeof text !== 'string') throw new TypeError(`extractResponsibility: expected a string, got ${typeof text}`)
  if (options.wordings !== undefined) checkWordings(options.wordings, 'extractResponsibility: option “wordings”')
  const note = findFinalNote(text, compileGrammar(options.wordings))
  return note ? toResponsibility(text, note, createLocator(text).position, departmentFactory(options)) : null
}

/**
 * Every responsibility note of a text, in order: one per sub-measure
 * (`做好A。（甲负责）做好B。（乙负责）`), a note in the middle of a paragraph
 * (`审议《…条例》（省文化厅负责），修改…`), and a run-in label clause at the
 * end (`…工作。责任单位：市商务局`).
 *
 * @example
 * ```ts
 * extractNotes('做好A。（商务部负责）做好B。（海关总署负责）').map((r) => r.leads[0]?.name) // ['商务部', '海关总署']
 * ```
 */
export function extractNotes(text: string, options: ExtractOptions = {}): Responsibility[] {
  if (typeof text !== 'string') throw new TypeError(`extractNotes: expected a string, got ${typeof text}`)
  if (options.wordings !== undefined) checkWordings(options.wordings, 'extractNotes: option “wordings”')
  const { position } = createLocator(text)
  const make = departmentFactory(options)
  return findNotes(text, compileGrammar(options.wordings)).map((note) => toResponsibility(text, note, position, make))
}
