import { leadingPlace, levelOfWord, levelWord } from '../registry/level.js'
import { type Resolution, type ResolveOptions, resolveDepartment } from '../registry/resolve.js'
import type { Department, Position } from '../types.js'

/**
 * Makes the department object for a name read from a note, standing at
 * `position`. `reach` is the level word or place the first name of its list
 * starts with (`省` of `省统计局`), when this name is a later one: it reaches
 * over this name unless the name has a prefix of its own.
 */
export type DepartmentFactory = (name: string, position: Position, original: string | undefined, reach?: string) => Department

// Plans repeat a few hundred names: each is scanned once. Bounded, like the registry's memory.
const prefixOf = new Map<string, string>()
const MAX_PREFIXES = 4096

/**
 * The level word or place a name starts with (`省`, `杭州市`), or `''`:
 * what a list's first name reaches over the names after it with.
 *
 * @example
 * ```ts
 * listPrefix('省统计局')     // '省'
 * listPrefix('杭州市科技局') // '杭州市'
 * listPrefix('知识产权局')   // ''
 * ```
 */
export function listPrefix(name: string): string {
  let prefix = prefixOf.get(name)
  if (prefix === undefined) {
    if (prefixOf.size >= MAX_PREFIXES) prefixOf.clear()
    prefixOf.set(name, (prefix = levelWord(name) ?? leadingPlace(name)?.place ?? ''))
  }
  return prefix
}

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
  return (written, position, original, reach) => {
    // The first name's level reaches over the names after it that have none of their own.
    const prefix = reach === undefined || listPrefix(written) !== '' ? '' : reach
    const key = prefix === '' ? written : `${prefix}\u0000${written}`
    let hit = known.get(key)
    if (hit === undefined) {
      hit = { name: written, resolution: resolveDepartment(written, prefix === '' ? options : { ...options, listLevel: reachOf(prefix, options) }) }
      known.set(key, hit)
    }
    const { name, resolution: r } = hit
    if (r.id !== undefined) {
      return original === undefined
        ? { name, position, id: r.id, canonical: r.canonical, kind: r.kind }
        : { name, position, original, id: r.id, canonical: r.canonical, kind: r.kind }
    }
    if (r.kind === 'local' && r.level !== undefined) {
      const out: Department = original === undefined ? { name, position, kind: 'local', level: r.level } : { name, position, original, kind: 'local', level: r.level }
      if (r.place !== undefined) out.place = r.place
      if (r.sameFunctionAs !== undefined) out.sameFunctionAs = r.sameFunctionAs
      return out
    }
    // A name the registry cannot place is kept as written, and said to be unknown.
    const kind = r.kind ?? 'unknown'
    return original === undefined ? { name, position, kind } : { name, position, original, kind }
  }
}

/** What a list's first name's prefix says of the names after it, in this plan. */
function reachOf(prefix: string, options: ResolveOptions) {
  const placed = leadingPlace(`${prefix}局`)
  if (placed && placed.place === prefix) return { level: placed.level, place: placed.place }
  return levelOfWord(prefix, options.jurisdiction)
}
