import { diagnostic } from '../diagnostics.js'
import { leavesOf } from '../util/leaves.js'
import { type Registry, defaultRegistry } from '../registry/registry.js'
import { type Resolution, resolveAll, resolveDepartment } from '../registry/resolve.js'
import type { Department, Diagnostic, Meta, Plan, Position, Responsibility } from '../types.js'

type Node = Plan['children'][number]


/** The day the plan speaks from: signed, else published, else the start of its period. */
export function planDate(meta: Meta): string | undefined {
  return meta.signed?.date ?? meta.published?.date ?? (meta.period ? `${meta.period.from}-01-01` : undefined)
}

/**
 * Resolve every department of the plan against the registry (at the plan's
 * date), apply the closing rule to notes that name no roles, and report
 * names the registry does not know, names the notice was not sent to, and
 * names of bodies that no longer existed at the plan's date.
 */
export function annotatePlan(children: readonly Node[], meta: Meta, fallback: Position, registry: Registry = defaultRegistry()): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const date = planDate(meta)
  const options = date ? { date, registry } : { registry }

  const check = (d: Department, where: Position) => {
    const place = d.position ?? where
    if (!d.kind) diagnostics.push(diagnostic('unknown-department', 'warning', `“${d.name}” is not in the department registry; kept as written`, place))
    const entry = d.id ? registry.byId(d.id) : undefined
    if (entry?.until && date && date >= entry.until) {
      const next = registry.successors(entry.id, options).map((e) => e.name).join('、')
      diagnostics.push(diagnostic('department-renamed', 'info', `“${d.name}” (${entry.name}) was replaced on ${entry.until}${next ? ` by ${next}` : ''}`, place))
    }
  }

  const metaDepartments = [...(meta.recipients?.departments ?? []), ...(meta.issuer?.departments ?? []), ...(meta.seal ? [meta.seal.department] : [])]
  resolveAll(metaDepartments, options)
  for (const d of metaDepartments) check(d, fallback)

  // A collective among the recipients (各有关部门) covers names we cannot match one by one.
  const recipients = meta.recipients?.departments
  const checkRecipients = recipients && recipients.length > 0 && !recipients.some((d) => d.kind === 'collective')
  // The issuers and the sealing body need not send the notice to themselves.
  const known = [...(recipients ?? []), ...(meta.issuer?.departments ?? []), ...(meta.seal ? [meta.seal.department] : [])]
  const sentTo = new Set(known.flatMap((d) => [d.name, ...(d.id ? [d.id] : [])]))

  // Task departments were resolved as they were made, at today's date; the
  // plan's own date may pick another body of the same name (广电总局 in 2016
  // and in 2021). A name has an id at any date or at none, so only values change.
  const atDate = new Map<string, Resolution>()
  const redate = (d: Department) => {
    if (date === undefined || d.id === undefined) return
    let r = atDate.get(d.name)
    if (r === undefined) atDate.set(d.name, (r = resolveDepartment(d.name, options)))
    if (r.id !== d.id) (d.id = r.id), (d.canonical = r.canonical), (d.kind = r.kind)
  }

  for (const task of leavesOf(children, 'task')) {
    const notes: Responsibility[] = task.notes ?? (task.responsibility ? [task.responsibility] : [])
    for (const note of notes) {
      applyRule(note, meta.closingRule?.rule)
      for (const d of note.departments) {
        redate(d)
        check(d, note.position)
        if (checkRecipients && d.kind !== 'collective' && !sentTo.has(d.id ?? d.name) && !sentTo.has(d.name)) {
          diagnostics.push(diagnostic('department-not-in-recipients', 'warning', `Task ${task.number} names “${d.name}”, which is not among the notice's recipients`, d.position ?? note.position))
        }
      }
    }
  }
  return diagnostics
}

/** Roles the note leaves open follow the document's rule; `all-lead` makes every listed body a lead. */
function applyRule(note: Responsibility, rule: NonNullable<Meta['closingRule']>['rule'] | undefined): void {
  if (!rule || note.rolesFrom === 'note') return
  note.rolesFrom = 'closing-rule'
  if (rule === 'all-lead') {
    note.leads = [...note.departments]
    note.participants = []
  }
}
