import type { Department, Level, Plan } from '../types.js'
import { compared, roles } from './diff-units.js'
import { matchTexts } from './similarity.js'
import { type DepartmentResolver, departmentKey, departmentLevel } from './tasks.js'
import { type UnitInContext, type UnitLevel, unitWording } from './units.js'

export interface DiffOptions {
  /** Lowest bigram Dice similarity (0–1) for two units to be the same unit. Default `0.5`. */
  threshold?: number
  /** Canonical id of a department name, for departments the parser gave no `id`. */
  resolve?: DepartmentResolver
}

/**
 * A unit as the diff refers to it: a task, or a chapter, section or
 * sub-item (the name is from when only tasks were compared).
 */
export interface TaskRef {
  id: string
  /** Its own number at its level (`（三）` → 3 for a section). */
  number: number
  /** Number of the chapter it sits in (its own for a chapter); `null` in a plan without chapters. */
  chapter: number | null
  /** Its wording (see `unitWording`: a heading's title and run-in text). */
  text: string
  level: UnitLevel
}

/** A unit found in both editions, and what changed about it. */
export interface TaskMatch {
  a: TaskRef
  b: TaskRef
  /** Bigram Dice similarity of the two texts, rounded to 3 decimals; 1 when identical. */
  similarity: number
  textChanged: boolean
  /**
   * Lead department names (as written) before and after, when the lead
   * changed, with each one's level of government (`central`, `province`…;
   * `null` for collectives and unplaced names), in the same order: a
   * ministry handing a task to the province's bureau of the same name shows.
   */
  lead: { from: string[]; to: string[]; fromDepartmentLevels: (Level | null)[]; toDepartmentLevels: (Level | null)[] } | null
  /** Participants only in `b` (as written in `b`). */
  participantsAdded: string[]
  /** Participants only in `a` (as written in `a`). */
  participantsRemoved: string[]
  /** Chapter numbers, when the unit moved to a chapter other than its old chapter's counterpart (never for a chapter itself). */
  chapter: { from: number | null; to: number | null } | null
  /** Levels, when the unit is at another level in `b` (a run-in section become a numbered task). */
  level: { from: UnitLevel; to: UnitLevel } | null
}

/** A department known by the same id under a different name. */
export interface DepartmentRename {
  /** The registry id; for a local unit, `local.<level>.<place>.<central counterpart>` (see `departmentKey`). */
  id: string
  /** Its level of government: `central`, or a local unit's level. */
  departmentLevel: Level | null
  from: string[]
  to: string[]
}

/**
 * What changed between two editions. The units compared are every task,
 * every unit that carries a note, and every unit with no units under it.
 */
export interface PlanDiff {
  /** Every unit found in both editions, in `b`'s order. */
  matched: TaskMatch[]
  /** The matched units with at least one change (renumbering alone is not a change). */
  changed: TaskMatch[]
  /** Units only in `b`. */
  added: TaskRef[]
  /** Units only in `a`. */
  removed: TaskRef[]
  /** Sorted by id. Needs ids: from the registry or `options.resolve`. */
  renamedDepartments: DepartmentRename[]
}

const ref = ({ unit, level, chapter }: UnitInContext): TaskRef => ({ id: unit.id, number: unit.number, chapter: chapter?.number ?? null, text: unitWording(unit), level })

/** Names per department key, in order of first appearance, with the key's level of government. */
function namesByKey(units: UnitInContext[], resolve?: DepartmentResolver): Map<string, { names: string[]; level: Level | null }> {
  const map = new Map<string, { names: string[]; level: Level | null }>()
  for (const { notes } of units) {
    for (const d of notes.flatMap((r) => r.departments)) {
      const key = departmentKey(d, resolve)
      const known = map.get(key) ?? { names: [], level: departmentLevel(d) }
      if (!known.names.includes(d.name)) known.names.push(d.name)
      map.set(key, known)
    }
  }
  return map
}

function renames(a: UnitInContext[], b: UnitInContext[], resolve?: DepartmentResolver): DepartmentRename[] {
  const before = namesByKey(a, resolve)
  const out: DepartmentRename[] = []
  for (const [id, { names: after, level }] of namesByKey(b, resolve)) {
    const old = before.get(id)?.names
    if (!old) continue
    const from = old.filter((n) => !after.includes(n))
    const to = after.filter((n) => !old.includes(n))
    if (from.length && to.length) out.push({ id, departmentLevel: level, from, to })
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
}

/**
 * Which chapter of `b` continues each chapter of `a`: the one with the same
 * title, else the one most of its matched units went to (ties: lowest number).
 */
function chapterCounterparts(pairs: { a: UnitInContext; b: UnitInContext }[], b: Plan): Map<number, number> {
  const byTitle = new Map<string, number>()
  for (const c of b.children) if (c.type === 'chapter' && !byTitle.has(c.title)) byTitle.set(c.title, c.number)
  const votes = new Map<number, Map<number, number>>()
  const titles = new Map<number, string>()
  for (const p of pairs) {
    if (!p.a.chapter || !p.b.chapter) continue
    titles.set(p.a.chapter.number, p.a.chapter.title)
    const v = votes.get(p.a.chapter.number) ?? new Map<number, number>()
    v.set(p.b.chapter.number, (v.get(p.b.chapter.number) ?? 0) + 1)
    votes.set(p.a.chapter.number, v)
  }
  const out = new Map<number, number>()
  for (const [from, v] of votes) {
    const same = byTitle.get(titles.get(from) as string)
    const best = [...v].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0] as [number, number]
    out.set(from, same ?? best[0])
  }
  return out
}

function compare(a: UnitInContext, b: UnitInContext, similarity: number, counterpart: Map<number, number>, resolve?: DepartmentResolver): TaskMatch {
  const key = (d: Department) => departmentKey(d, resolve)
  const ra = roles(a.notes, key)
  const rb = roles(b.notes, key)
  const leadsA = ra.leads
  const leadsB = rb.leads
  const sameLead = leadsA.length === leadsB.length && leadsA.every((d, i) => key(d) === key(leadsB[i] as Department))
  const keysA = new Set(ra.participants.map(key))
  const keysB = new Set(rb.participants.map(key))
  const from = a.chapter?.number ?? null
  const to = b.chapter?.number ?? null
  const expected = from === null ? null : (counterpart.get(from) ?? from)
  // A chapter does not move into another chapter: renumbered chapters are matched, not moved.
  const moved = a.level !== 'chapter' && b.level !== 'chapter' && expected !== to
  const refA = ref(a)
  const refB = ref(b)
  return {
    a: refA,
    b: refB,
    similarity: Math.round(similarity * 1000) / 1000,
    textChanged: refA.text !== refB.text,
    lead: sameLead
      ? null
      : { from: leadsA.map((d) => d.name), to: leadsB.map((d) => d.name), fromDepartmentLevels: leadsA.map(departmentLevel), toDepartmentLevels: leadsB.map(departmentLevel) },
    participantsAdded: rb.participants.filter((d) => !keysA.has(key(d))).map((d) => d.name),
    participantsRemoved: ra.participants.filter((d) => !keysB.has(key(d))).map((d) => d.name),
    chapter: moved ? { from, to } : null,
    level: a.level === b.level ? null : { from: a.level, to: b.level },
  }
}

const isChanged = (m: TaskMatch) =>
  m.textChanged || m.lead !== null || m.participantsAdded.length > 0 || m.participantsRemoved.length > 0 || m.chapter !== null || m.level !== null

/**
 * Compare two editions of a plan series. The units compared are every task,
 * every chapter, section or sub-item that carries a note, and every unit
 * with no units under it, so a run-in section in one edition can be matched
 * with a numbered task in the next (reported in `level`). Numbering changes between years, so units
 * are matched by content, not by number or level:
 *
 * 1. Each unit's wording (a heading's title and run-in text) is reduced to letters, digits and ideographs (NFKC) and
 *    cut into character bigrams.
 * 2. Similarity is Dice: `2·shared / (bigrams(a) + bigrams(b))`. Candidates
 *    come from an inverted index over each text's rarest bigrams (prefix
 *    filtering), identical texts are scored once, and the work per text is
 *    bounded, so time and memory stay near-linear (28,000 alike tasks).
 * 3. Pairs at or above `threshold` are taken greedily, most similar first
 *    (ties: closest relative position, then lowest indexes), each task at
 *    most once. Unpaired `a` units are removed, unpaired `b` units added.
 *    This is exactly the assignment of scoring every pair, except on lists
 *    of thousands of alike texts, where a text's candidates are those
 *    nearest its place (see `matchTexts`).
 *
 * Departments are compared by identity (`d.id ?? resolve(d.name) ?? d.name`),
 * over every note of a unit, so a renamed department is reported once in
 * `renamedDepartments`, not as a changed participant on every task. Output
 * is deterministic.
 *
 * @example
 * ```ts
 * const d = diffPlans(parsePlan(edition2022), parsePlan(edition2023), { threshold: 0.5 })
 * d.added.map((t) => t.number)     // tasks new in 2023
 * d.changed.filter((m) => m.lead)  // tasks whose lead department changed
 * ```
 */
export function diffPlans(a: Plan, b: Plan, options: DiffOptions = {}): PlanDiff {
  const threshold = options.threshold ?? 0.5
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) throw new RangeError(`diffPlans: threshold must be in (0, 1], got ${threshold}`)
  const unitsA = compared(a)
  const unitsB = compared(b)
  const matches = matchTexts(
    unitsA.map((t) => unitWording(t.unit)),
    unitsB.map((t) => unitWording(t.unit)),
    threshold,
  )
  const pairs = matches.map((m) => ({ a: unitsA[m.a] as UnitInContext, b: unitsB[m.b] as UnitInContext, similarity: m.similarity }))
  const counterpart = chapterCounterparts(pairs, b)
  const matched = pairs.map((p) => compare(p.a, p.b, p.similarity, counterpart, options.resolve))
  const usedA = new Set(matches.map((m) => m.a))
  const usedB = new Set(matches.map((m) => m.b))
  return {
    matched,
    changed: matched.filter(isChanged),
    added: unitsB.filter((_, j) => !usedB.has(j)).map(ref),
    removed: unitsA.filter((_, i) => !usedA.has(i)).map(ref),
    renamedDepartments: renames(unitsA, unitsB, options.resolve),
  }
}
