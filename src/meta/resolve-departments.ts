import { type ResolveOptions, resolveDepartment } from '../registry/resolve.js'
import type { Department, Meta } from '../types.js'

/**
 * Resolve the departments of the notice (recipients, issuer, seal) at the
 * plan's date, once each: those of the notes were resolved as they were
 * made, at the same date, read from the notice before the first unit. A
 * name the registry cannot place gets `kind: 'unknown'`. Departments are made
 * anew in one literal each, in the key order of the notes' departments.
 */
export function resolveMetaDepartments(meta: Meta, options: ResolveOptions): void {
  const resolved = (d: Department): Department => {
    const r = resolveDepartment(d.name, options)
    const kind = r.kind ?? 'unknown'
    const { name, position } = d
    if (r.id !== undefined) return position === undefined ? { name, id: r.id, canonical: r.canonical, kind } : { name, position, id: r.id, canonical: r.canonical, kind }
    const out: Department = position === undefined ? { name, kind } : { name, position, kind }
    if (r.level !== undefined) out.level = r.level
    if (r.place !== undefined) out.place = r.place
    if (r.sameFunctionAs !== undefined) out.sameFunctionAs = r.sameFunctionAs
    return out
  }
  if (meta.recipients) meta.recipients.departments = meta.recipients.departments.map(resolved)
  if (meta.issuer) meta.issuer.departments = meta.issuer.departments.map(resolved)
  if (meta.seal) meta.seal.department = resolved(meta.seal.department)
}
