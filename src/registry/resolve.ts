import type { Department } from '../types.js'
import { findCollective } from './collectives.js'
import { isInternalName } from './internal.js'
import { isLocalName } from './local.js'
import type { RegistryEntry } from './entry.js'
import { type Registry, defaultRegistry } from './registry.js'

export interface ResolveOptions {
  /** The plan's date (`YYYY-MM-DD`): picks the body a name meant then (`广电总局` in 2016 vs 2021). */
  date?: string
  registry?: Registry
}

/** What the registry adds to a name: id, canonical name, kind. Empty when the name is unknown. */
export type Resolution = Pick<Department, 'id' | 'canonical' | 'kind'>

/**
 * Say which body a department name denotes: a central organ from the
 * registry, a collective, or a local unit (kept as written). Unknown names
 * resolve to `{}`; callers keep the name and report it.
 *
 * @example
 * ```ts
 * resolveDepartment('知识产权局')      // { id: 'cnipa', canonical: '国家知识产权局', kind: 'agency' }
 * resolveDepartment('联席会议办公室')  // { id: 'collective.joint-meeting-office', canonical: '联席会议办公室', kind: 'collective' }
 * resolveDepartment('市知识产权局')    // { kind: 'local' }
 * resolveDepartment('标准技术司')      // { kind: 'internal' }
 * ```
 */
export function resolveDepartment(name: string, options: ResolveOptions = {}): Resolution {
  // A copy: the shared resolution must not change under a caller's hands.
  return { ...resolution(name, options) }
}

/** Add the resolution to department objects in place (leads and participants share them). */
export function resolveAll(departments: readonly Department[], options: ResolveOptions = {}): void {
  for (const department of departments) Object.assign(department, resolution(department.name, options))
}

// Shared, never handed out: one object per registry entry, and one per name
// the registry does not know (those depend on the name alone). Plans repeat
// a few dozen names thousands of times; the patterns run once per name.
const ofEntry = new WeakMap<RegistryEntry, Resolution>()
const ofName = new Map<string, Resolution>()
/** How many unknown names are remembered; the map starts over past it. */
const MAX_NAMES = 4096

function resolution(name: string, options: ResolveOptions): Resolution {
  const entry = (options.registry ?? defaultRegistry()).find(name, options)
  if (entry) {
    let known = ofEntry.get(entry)
    if (!known) ofEntry.set(entry, (known = { id: entry.id, canonical: entry.name, kind: entry.kind }))
    return known
  }
  let other = ofName.get(name)
  if (!other) {
    if (ofName.size >= MAX_NAMES) ofName.clear()
    ofName.set(name, (other = fallback(name)))
  }
  return other
}

function fallback(name: string): Resolution {
  const collective = findCollective(name)
  if (collective) return { id: collective.id, canonical: collective.canonical, kind: 'collective' }
  if (isLocalName(name)) return { kind: 'local' }
  if (isInternalName(name)) return { kind: 'internal' }
  return {}
}
