import { type Resolution, type ResolveOptions, resolveDepartment } from '../registry/resolve.js'
import type { Department, Position } from '../types.js'

/** Makes the department object for a name read from a note, standing at `position`. */
export type DepartmentFactory = (name: string, position: Position, original: string | undefined) => Department

interface Known {
  /** One string per distinct name, shared by every department of that name. */
  name: string
  resolution: Resolution
}

/**
 * Departments resolved against the registry as they are made, each name
 * resolved once per factory. Objects are made whole, in one literal: fields
 * added later move to a second store, and a plan has tens of thousands of
 * departments. Keys come in the order `name, position, original, id,
 * canonical, kind`, absent ones left out.
 *
 * @example
 * ```ts
 * const make = departmentFactory()
 * make('知识产权局', position, undefined) // { name: '知识产权局', position, id: 'cnipa', canonical: '国家知识产权局', kind: 'agency' }
 * make('某某委员会', position, undefined) // { name: '某某委员会', position, kind: 'unknown' }
 * ```
 */
export function departmentFactory(options: ResolveOptions = {}): DepartmentFactory {
  const known = new Map<string, Known>()
  return (written, position, original) => {
    let hit = known.get(written)
    if (hit === undefined) {
      hit = { name: written, resolution: resolveDepartment(written, options) }
      known.set(written, hit)
    }
    const { name, resolution: r } = hit
    if (r.id !== undefined) {
      return original === undefined
        ? { name, position, id: r.id, canonical: r.canonical, kind: r.kind }
        : { name, position, original, id: r.id, canonical: r.canonical, kind: r.kind }
    }
    // A name the registry cannot place is kept as written, and said to be unknown.
    const kind = r.kind ?? 'unknown'
    return original === undefined ? { name, position, kind } : { name, position, original, kind }
  }
}
