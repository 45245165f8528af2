import { diagnostic } from '../diagnostics.js'
import { type Registry, defaultRegistry } from '../registry/registry.js'
import type { Department, Diagnostic, Meta, Position, Responsibility, Unit } from '../types.js'
import { forEachNote } from '../util/units.js'

/** The day the plan speaks from: signed, else published, else the start of its period. */
export function planDate(meta: Meta): string | undefined {
  return meta.signed?.date ?? meta.published?.date ?? (meta.period ? `${meta.period.from}-01-01` : undefined)
}

const LABEL: Record<Unit['type'], string> = { chapter: 'Chapter', section: 'Section', task: 'Task', item: 'Item' }

/**
 * Report, for notes whose departments are resolved at the plan's date: words
 * of a note the grammar could not place, names the registry does not know,
 * names of bodies that no longer existed under that name at the plan's date,
 * and names the notice was not sent to.
 */
export function checkDepartments(units: readonly Unit[], meta: Meta, fallback: Position, registry: Registry = defaultRegistry()): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const date = planDate(meta)
  const options = date ? { date, registry } : { registry }

  const check = (d: Department, where: Position) => {
    const place = d.position ?? where
    if (d.kind === 'unknown') diagnostics.push(diagnostic('unknown-department', `“${d.name}” is not in the department registry; kept as written`, place))
    const entry = d.id ? registry.byId(d.id) : undefined
    if (entry?.until && date && date >= entry.until) {
      const next = registry.successors(entry.id, options).map((e) => e.name).join('、')
      diagnostics.push(diagnostic('department-renamed', `“${d.name}” (${entry.name}) was replaced on ${entry.until}${next ? ` by ${next}` : ''}`, place))
    }
  }

  for (const d of [...(meta.recipients?.departments ?? []), ...(meta.issuer?.departments ?? []), ...(meta.seal ? [meta.seal.department] : [])]) check(d, fallback)

  // A collective among the recipients (各有关部门) covers names we cannot match one by one.
  const recipients = meta.recipients?.departments
  const checkRecipients = recipients && recipients.length > 0 && !recipients.some((d) => d.kind === 'collective')
  // The issuers and the sealing body need not send the notice to themselves.
  const sentTo = new Set<string>()
  for (const list of [recipients ?? [], meta.issuer?.departments ?? [], meta.seal ? [meta.seal.department] : []]) {
    for (const d of list) {
      sentTo.add(d.name)
      if (d.id) sentTo.add(d.id)
    }
  }

  // What the registry says of a name is the same for every department of that name.
  const quiet = new Set<string>()
  const checkNote = (unit: Unit, note: Responsibility) => {
    if (note.clauses) {
      for (const clause of note.clauses) {
        if (clause.kind === 'unparsed') diagnostics.push(diagnostic('unparsed-note', `“${clause.text}” in a note names nothing the note grammar can place; kept as an unparsed clause`, clause.position ?? note.position))
      }
    }
    for (const d of note.departments) {
      if (!quiet.has(d.name)) {
        const count = diagnostics.length
        check(d, note.position)
        if (diagnostics.length === count) quiet.add(d.name)
      }
      if (checkRecipients && d.kind !== 'collective' && !sentTo.has(d.id ?? d.name) && !sentTo.has(d.name)) {
        diagnostics.push(diagnostic('department-not-in-recipients', `${LABEL[unit.type]} ${unit.number} names “${d.name}”, which is not among the notice's recipients`, d.position ?? note.position))
      }
    }
  }
  for (const unit of units) forEachNote(unit, (note) => checkNote(unit, note))
  return diagnostics
}
