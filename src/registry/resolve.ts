import type { Department } from '../types.js'
import { findCollective } from './collectives.js'
import { type KindStage, type RegistryEntry, stageAt } from './entry.js'
import { isInternalName } from './internal.js'
import { type Jurisdiction, leadingPlace, levelOfWord, levelWord } from './level.js'
import { centralCounterpart, isCentralOnly } from './local-bodies.js'
import { isLocalName } from './local.js'
import { type Registry, defaultRegistry } from './registry.js'

export interface ResolveOptions {
  /** The plan's date (`YYYY-MM-DD`): picks the body a name meant then (`广电总局` in 2016 vs 2021), and its kind then. */
  date?: string
  registry?: Registry
  /**
   * The plan's level and place (`meta.jurisdiction`). In a provincial, city
   * or county plan a bare name that local bodies also bear (`知识产权局`,
   * `国资委`) means the plan's own body. Absent or `central`: names resolve
   * to the central registry.
   */
  jurisdiction?: Jurisdiction
  /**
   * The level the first unit of this name's list names (`省统计局、知识产权局`:
   * the province), which reaches over the names after it that carry none.
   */
  listLevel?: Jurisdiction
}

/** What the registry adds to a name: id, canonical name, kind; a local unit's level, place and central counterpart. Empty when the name is unknown. */
export type Resolution = Pick<Department, 'id' | 'canonical' | 'kind' | 'level' | 'place' | 'sameFunctionAs'>

/**
 * Say which body a department name denotes: a central organ from the
 * registry, a collective, or a local unit (kept as written, with its level,
 * its place when known and the central body of the same function). Unknown
 * names resolve to `{}`; callers keep the name and report it.
 *
 * @example
 * ```ts
 * resolveDepartment('知识产权局')      // { id: 'cnipa', canonical: '国家知识产权局', kind: 'agency' }
 * resolveDepartment('知识产权局', { date: '2020-06-01' }).kind // 'administration' (under 市场监管总局, 2018–2023)
 * resolveDepartment('知识产权局', { jurisdiction: { level: 'province', place: '浙江省' } })
 * // { kind: 'local', level: 'province', place: '浙江省', sameFunctionAs: 'cnipa' }
 * resolveDepartment('联席会议办公室')  // { id: 'collective.joint-meeting-office', canonical: '联席会议办公室', kind: 'collective' }
 * resolveDepartment('市知识产权局')    // { kind: 'local', level: 'city', sameFunctionAs: 'cnipa' }
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

// Shared, never handed out: one object per registry entry (per stage of an
// entry that changed kind), and one per name the registry does not know
// (those depend on the name alone). Plans repeat a few dozen names
// thousands of times; the patterns run once per name.
const ofEntry = new WeakMap<RegistryEntry | KindStage, Resolution>()
const ofName = new Map<string, Resolution>()
/** How many unknown names are remembered; the map starts over past it. */
const MAX_NAMES = 4096

/** The local context a name is read in: its list's first unit's level, else the plan's when the plan is local. */
function localContext(options: ResolveOptions): Jurisdiction | undefined {
  if (options.listLevel) return options.listLevel
  const plan = options.jurisdiction
  return plan && plan.level !== 'central' ? plan : undefined
}

function resolution(name: string, options: ResolveOptions): Resolution {
  const registry = options.registry ?? defaultRegistry()
  const entry = registry.find(name, options)
  const context = localContext(options)
  if (entry) {
    if (context && !isCentralOnly(name, entry)) return local(context, centralCounterpart(name, registry, options.date))
    const stage = entry.kinds ? stageAt(entry, options.date) : undefined
    const key = stage ?? entry
    let known = ofEntry.get(key)
    if (!known) ofEntry.set(key, (known = { id: entry.id, canonical: entry.name, kind: stage?.kind ?? entry.kind }))
    return known
  }
  let other = ofName.get(name)
  if (!other) {
    if (ofName.size >= MAX_NAMES) ofName.clear()
    ofName.set(name, (other = fallback(name)))
  }
  if (other.kind === 'local') return ownPlace(name, registry, options)
  // A unit the plan does not place, read where it stands: `财政厅` in a provincial plan, or after `省统计局、`.
  if (context && other.kind === undefined && LOCAL_BODY.test(name)) return local(context, centralCounterpart(name, registry, options.date))
  return other
}

// How the name of a government body ends (局, 委, 办, 厅…). Not 科 or 处, a bureau's own sections.
const LOCAL_BODY = /(?:局|委|办|厅|院|会|政府|办公室|中心|站|队|馆)$/

function local(where: Jurisdiction, sameFunctionAs: string | undefined): Resolution {
  const out: Resolution = { kind: 'local', level: where.level }
  if (where.place !== undefined) out.place = where.place
  if (sameFunctionAs !== undefined) out.sameFunctionAs = sameFunctionAs
  return out
}

/** A local unit that names its own place or level: `杭州市市场监管局`, `省知识产权局`. */
function ownPlace(name: string, registry: Registry, options: ResolveOptions): Resolution {
  const placed = leadingPlace(name)
  if (placed) return local({ level: placed.level, place: placed.place }, centralCounterpart(placed.rest, registry, options.date))
  const word = levelWord(name)
  if (word) return local(levelOfWord(word, options.jurisdiction), centralCounterpart(name.slice(word.length), registry, options.date))
  return { kind: 'local' }
}

function fallback(name: string): Resolution {
  const collective = findCollective(name)
  if (collective) return { id: collective.id, canonical: collective.canonical, kind: 'collective' }
  if (isLocalName(name)) return { kind: 'local' }
  if (isInternalName(name)) return { kind: 'internal' }
  return {}
}
