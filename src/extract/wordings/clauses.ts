import { CLAUSE_SEPARATOR, CLOSE, OPEN, charIs, isJsSpaceCode } from '../../chars.js'
import { isDeadline } from './deadline.js'
import { BY_DUTY, COLONS, LABELS, LEAD, PARTICIPATE, RESPONSIBLE, TOGETHER_WITH, type LabelRole, endingOf } from './keywords.js'
import { type NameSpan, splitNameSpans } from './names.js'

export type Role = 'lead' | 'participant'

/** What a responsibility note says; indexes are into the note's inner text. */
export interface NoteParts {
  departments: NameSpan[]
  /** Role of each department, index-aligned with `departments`. */
  roles: Role[]
  /** The note itself names the roles (`牵头`, `牵头单位：`, `配合`); otherwise the first listed leads by convention. */
  explicit: boolean
  byDuty: boolean
  /** The list ends in `等` / `等部门`: more bodies take part than are named. */
  open: boolean
  deadline?: { text: string; start: number; end: number }
}

interface Clause {
  start: number
  end: number
}

/** Is `text[from, to)` more than white space? */
function hasContent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isJsSpaceCode(text.charCodeAt(i))) return true
  return false
}

/** Cut `text` at `；` `，` outside brackets. */
function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = []
  let depth = 0
  let begin = 0
  for (let i = 0; i <= text.length; i++) {
    // NaN past the end, in no set.
    const c = text.charCodeAt(i)
    if (charIs(c, OPEN)) depth++
    else if (charIs(c, CLOSE)) depth = Math.max(0, depth - 1)
    else if (i === text.length || (depth === 0 && charIs(c, CLAUSE_SEPARATOR))) {
      if (hasContent(text, begin, i)) clauses.push({ start: begin, end: i })
      begin = i + 1
    }
  }
  return clauses
}

type ClauseRole = LabelRole | 'duty'

/** First characters of the {@link DEADLINE_LABEL} words: most clauses skip the expression. */
const DEADLINE_LABEL_START = '完时時'
const DEADLINE_LABEL = /^(?:完成时限|完成时间|时间节点|时间要求|完成時限|完成時間|時間節點)\s*[：:]\s*/

interface Assigned {
  names: NameSpan[]
  role: ClauseRole
  /** Names after `会同` in `A会同B负责`. */
  together: NameSpan[]
  open: boolean
  /** The clause ends in `按职责分工负责`, whatever its label says. */
  duty: boolean
}

function hasColon(text: string): boolean {
  for (let k = 0; k < COLONS.length; k++) if (text.includes(COLONS[k] as string)) return true
  return false
}

function trimEnd(text: string, end: number, word: string): number {
  let index = end
  while (index > 0 && /\s/.test(text[index - 1] as string)) index--
  return index - word.length
}

/**
 * Read one clause that names departments: `A、B牵头`, `B配合`, `A负责`,
 * `牵头单位：A`, `责任单位：A、B按职责分工负责`, `A会同B负责`.
 */
function readClause(text: string, clause: Clause, pending: Clause | null): Assigned | null {
  let { start, end } = clause
  const body = text.slice(start, end).trim()
  let role: ClauseRole | undefined
  // A label is followed by a colon: most clauses have none and skip the list.
  const label = hasColon(body) ? LABELS.find((l) => body.startsWith(l.word) && COLONS.includes(body[l.word.length] ?? '')) : undefined
  if (label) {
    role = label.role
    start = text.indexOf(body, start) + label.word.length + 1
  }
  const duty = endingOf(body, BY_DUTY)
  const word = duty ?? endingOf(body, LEAD) ?? endingOf(body, PARTICIPATE) ?? endingOf(body, RESPONSIBLE)
  if (word) {
    end = trimEnd(text, end, word)
    if (duty) role = role === 'lead' || role === 'participant' ? role : 'duty'
    else if (!label) role = LEAD.includes(word) ? 'lead' : PARTICIPATE.includes(word) ? 'participant' : 'responsible'
  }
  if (role === undefined) return null
  // Names cut off by a `，` before this clause belong to it: `A，B负责`.
  if (pending && !label) start = pending.start
  const inner = text.slice(start, end)
  const join = TOGETHER_WITH.map((w) => inner.indexOf(w)).find((i) => i > 0)
  if (join !== undefined) {
    const lead = splitNameSpans(text, start, start + join)
    const rest = splitNameSpans(text, start + join + 2, end)
    return { names: lead.names, role: 'lead', together: rest.names, open: lead.open || rest.open, duty: duty !== undefined }
  }
  const list = splitNameSpans(text, start, end)
  return { names: list.names, role, together: [], open: list.open, duty: duty !== undefined }
}

/**
 * Read the inside of a bracketed note as an assignment of responsibility and,
 * or only, a deadline.
 *
 * @example
 * ```ts
 * const p = parseNoteParts('市场监管总局牵头，农业农村部、知识产权局参与，2022年底前完成')
 * p?.departments.map((d) => d.name) // ['市场监管总局', '农业农村部', '知识产权局']
 * p?.roles                          // ['lead', 'participant', 'participant']
 * p?.deadline?.text                 // '2022年底前完成'
 * ```
 * @returns `null` when the words assign nothing and set no deadline (`2021—2035年`, `TISC`).
 */
export function parseNoteParts(inner: string): NoteParts | null {
  const assigned: Assigned[] = []
  let deadline: NoteParts['deadline']
  let pending: Clause | null = null
  for (const clause of clausesOf(inner)) {
    const body = inner.slice(clause.start, clause.end)
    // `完成时限：2022年底` names its value whatever it says; unlabelled, the clause must read as a date.
    const trimmed = body.trimStart()
    const label = DEADLINE_LABEL_START.includes(trimmed[0] as string) ? DEADLINE_LABEL.exec(trimmed)?.[0] : undefined
    if (!deadline && (label || isDeadline(body))) {
      const value = body.trim().slice(label?.length ?? 0).trimStart()
      const start = clause.start + body.lastIndexOf(value)
      deadline = { text: value, start, end: start + value.length }
      continue
    }
    const read = readClause(inner, clause, pending)
    if (read) {
      assigned.push(read)
      pending = null
    } else if (pending) {
      pending = { start: pending.start, end: clause.end }
    } else {
      pending = clause
    }
  }
  // Words that neither assign nor date: this bracket is prose, not a note.
  if (pending) return null
  if (assigned.length === 0) return deadline ? { departments: [], roles: [], explicit: false, byDuty: false, open: false, deadline } : null

  const open = assigned.some((a) => a.open)
  const byDuty = assigned.some((a) => a.duty)
  const hasLead = assigned.some((a) => a.role === 'lead')
  const hasParticipant = assigned.some((a) => a.role === 'participant')
  const explicit = hasLead || hasParticipant
  const departments: NameSpan[] = []
  const roles: Role[] = []
  for (const a of assigned) {
    // With a lead named, everyone else participates; with only `配合` named, the responsible lead.
    const role: Role = a.role === 'lead' || (!hasLead && hasParticipant && a.role !== 'participant') ? 'lead' : 'participant'
    for (const name of a.names) departments.push(name), roles.push(role)
    for (const name of a.together) departments.push(name), roles.push('participant')
  }
  if (!explicit) roles.forEach((_, i) => (roles[i] = i === 0 ? 'lead' : 'participant'))
  if (departments.length === 0) return deadline ? { departments, roles, explicit: false, byDuty, open, deadline } : null
  return { departments, roles, explicit, byDuty, open, ...(deadline ? { deadline } : {}) }
}
