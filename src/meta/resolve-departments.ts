import { type Resolution, type ResolveOptions, resolveDepartment } from '../registry/resolve.js'
import type { Department, Meta, Unit } from '../types.js'
import { notesOf } from '../util/units.js'

/**
 * Resolve every department of a plan against the registry, once, at the
 * plan's date, after the tree is built: the notes' departments and those of
 * the notice (recipients, issuer, seal). Each name is looked up once; a name
 * the registry cannot place gets `kind: 'unknown'`. Departments are made anew
 * in one literal each (fields added to an object later would move it to a
 * slower layout, and a plan has tens of thousands), so a note's `leads` and
 * `participants` are remade to hold the same objects as its `departments`.
 */
export function resolveDepartments(units: readonly Unit[], meta: Meta, options: ResolveOptions): void {
  const known = new Map<string, Resolution>()
  const resolved = (d: Department): Department => {
    let r = known.get(d.name)
    if (r === undefined) known.set(d.name, (r = resolveDepartment(d.name, options)))
    const kind = r.kind ?? 'unknown'
    const { name, position, original } = d
    if (r.id !== undefined) {
      if (position === undefined) return original === undefined ? { name, id: r.id, canonical: r.canonical, kind } : { name, original, id: r.id, canonical: r.canonical, kind }
      return original === undefined ? { name, position, id: r.id, canonical: r.canonical, kind } : { name, position, original, id: r.id, canonical: r.canonical, kind }
    }
    if (position === undefined) return original === undefined ? { name, kind } : { name, original, kind }
    return original === undefined ? { name, position, kind } : { name, position, original, kind }
  }

  for (const unit of units) {
    for (const note of notesOf(unit)) {
      const before = note.departments
      const after = before.map(resolved)
      // Leads and participants are some of the departments, in order: a few each, found by index.
      const same = (d: Department) => after[before.indexOf(d)] ?? resolved(d)
      note.departments = after
      note.leads = note.leads.map(same)
      note.participants = note.participants.map(same)
    }
  }
  if (meta.recipients) meta.recipients.departments = meta.recipients.departments.map(resolved)
  if (meta.issuer) meta.issuer.departments = meta.issuer.departments.map(resolved)
  if (meta.seal) meta.seal.department = resolved(meta.seal.department)
}
