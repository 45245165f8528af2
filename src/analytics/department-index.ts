import type { Department, Level, Plan, Unit } from '../types.js'
import { type DepartmentResolver, departmentId, departmentKey, departmentLevel } from './tasks.js'
import { UNIT_LEVELS, type UnitLevel, forEachUnit } from './units.js'

/** What a department is charged with at one level. */
export interface LevelCount {
  /** Units of this level it leads. */
  led: number
  /** Units of this level it takes part in. */
  participated: number
  /** Units of this level (led or joined) whose note says `按职责分工负责`. */
  byDuty: number
}

/** What one department is charged with across a plan. */
export interface DepartmentEntry {
  /** The name as first written in the document. */
  name: string
  /** Canonical registry id; `null` when unknown. */
  id: string | null
  /** Every spelling met for this department (more than one only when ids merge them). */
  names: string[]
  /** Numbers of the tasks (level `task`) it leads, ascending. Every level's units are in `ledUnits`. */
  led: number[]
  /** Numbers of the tasks it participates in, ascending. */
  participated: number[]
  /** How many of its tasks (led or participated) are `按职责分工负责`. */
  byDuty: number
  /** Numbers of the chapters its units sit in (a chapter it is charged with itself included), ascending. */
  chapters: number[]
  /** Ids of every unit it leads, at any level (`c2`, `c1.s3`, `c1.s3.t2`, `c1.t4.i1`), in document order. */
  ledUnits: string[]
  /** Ids of every unit it participates in, at any level, in document order. */
  participatedUnits: string[]
  /** The same per level; a level with no unit counts zeros. */
  levels: Record<UnitLevel, LevelCount>
  /**
   * The level of government: `central` for a body of the central registry,
   * `province`, `city` or `county` for a local unit (a provincial plan's bare
   * `知识产权局` is the province's), `null` for collectives and unplaced names.
   */
  departmentLevel: Level | null
  /** A local unit's place when known (`浙江省`), else `null`. */
  place: string | null
  /** A local unit's central counterpart (`cnipa` for a 知识产权局), to group by function; `null` when none is known. */
  sameFunctionAs: string | null
}

export interface DepartmentIndexOptions {
  /** Fallback for canonical ids when the parsed departments carry none. */
  resolve?: DepartmentResolver
}

const ascending = (a: number, b: number) => a - b

/**
 * An entry while it is gathered. Units come one at a time, each with all its
 * notes, so "already counted for this unit" is a comparison with the last
 * unit counted, not a set look-up: a department named in 70 000 units stays
 * cheap.
 */
interface Gathering {
  name: string
  id: string | null
  names: Set<string>
  led: Set<number>
  participated: Set<number>
  duty: Set<number>
  chapters: Set<number>
  ledUnits: string[]
  participatedUnits: string[]
  lastLed: Unit | null
  lastJoined: Unit | null
  lastDuty: Unit | null
  levels: Record<UnitLevel, LevelCount>
  department: Department
}

const zeros = (): Record<UnitLevel, LevelCount> =>
  Object.fromEntries(UNIT_LEVELS.map((level) => [level, { led: 0, participated: 0, byDuty: 0 }])) as Record<UnitLevel, LevelCount>

/**
 * Index a plan by department: the units it leads and takes part in at every
 * level (chapter, section, task, sub-item), from every note of each unit's
 * paragraph; per level, how many and how many `按职责分工负责`; chapters
 * touched; and, as before units had notes, the task numbers it leads and
 * joins. A unit counts once per role, however many of its notes name the
 * department. Departments are the same when their canonical id is
 * (`d.id ?? resolve(name)`); local units when their level, place and
 * central counterpart are (`省知识产权局` and a provincial plan's bare
 * `知识产权局`); else when their names are. Each entry says its level of
 * government, so that an index over provincial plans never credits a
 * ministry with a province's work. Sorted by units
 * (descending), then units led (descending), then by name in code-point
 * order, so the result is the same on every machine.
 *
 * @example
 * ```ts
 * departmentIndex(parsePlan('（一）加强监管。完善规则。（市场监管总局负责）\n（二）强化执法。（公安部、市场监管总局负责）'))[0]
 * // { name: '市场监管总局', id: 'samr', names: ['市场监管总局'], led: [], participated: [], byDuty: 0, chapters: [],
 * //   ledUnits: ['s1'], participatedUnits: ['s2'],
 * //   levels: { chapter: {…0}, section: { led: 1, participated: 1, byDuty: 0 }, task: {…0}, item: {…0} },
 * //   departmentLevel: 'central', place: null, sameFunctionAs: null }
 * ```
 */
export function departmentIndex(plan: Plan, options: DepartmentIndexOptions = {}): DepartmentEntry[] {
  const byKey = new Map<string, Gathering>()
  const entryOf = (d: Department): Gathering => {
    const key = departmentKey(d, options.resolve)
    let entry = byKey.get(key)
    if (!entry) {
      entry = {
        name: d.name,
        id: departmentId(d, options.resolve) ?? null,
        names: new Set(),
        led: new Set(),
        participated: new Set(),
        duty: new Set(),
        chapters: new Set(),
        ledUnits: [],
        participatedUnits: [],
        lastLed: null,
        lastJoined: null,
        lastDuty: null,
        levels: zeros(),
        department: d,
      }
      byKey.set(key, entry)
    }
    entry.names.add(d.name)
    return entry
  }
  forEachUnit(plan, ({ unit, level, chapter, notes }) => {
    const count = (d: Department, lead: boolean, byDuty: boolean) => {
      const entry = entryOf(d)
      const counts = entry.levels[level]
      if (lead && entry.lastLed !== unit) {
        entry.lastLed = unit
        entry.ledUnits.push(unit.id)
        counts.led++
      } else if (!lead && entry.lastJoined !== unit) {
        entry.lastJoined = unit
        entry.participatedUnits.push(unit.id)
        counts.participated++
      }
      if (byDuty && entry.lastDuty !== unit) {
        entry.lastDuty = unit
        counts.byDuty++
      }
      if (unit.type === 'task') {
        ;(lead ? entry.led : entry.participated).add(unit.number)
        if (byDuty) entry.duty.add(unit.number)
      }
      if (chapter) entry.chapters.add(chapter.number)
    }
    for (const r of notes) {
      for (const d of r.leads) count(d, true, r.byDuty)
      for (const d of r.participants) count(d, false, r.byDuty)
    }
  })
  const entries: DepartmentEntry[] = [...byKey.values()].map((g) => ({
    name: g.name,
    id: g.id,
    names: [...g.names],
    led: [...g.led].sort(ascending),
    participated: [...g.participated].sort(ascending),
    byDuty: g.duty.size,
    chapters: [...g.chapters].sort(ascending),
    ledUnits: g.ledUnits,
    participatedUnits: g.participatedUnits,
    levels: g.levels,
    departmentLevel: departmentLevel(g.department),
    place: g.department.place ?? null,
    sameFunctionAs: g.department.sameFunctionAs ?? null,
  }))
  const total = (e: DepartmentEntry) => e.ledUnits.length + e.participatedUnits.length
  return entries.sort((a, b) => total(b) - total(a) || b.ledUnits.length - a.ledUnits.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
