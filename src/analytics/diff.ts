import type { Department, Plan } from '../types.js'
import { matchTexts } from './similarity.js'
import { type DepartmentResolver, type TaskInContext, departmentKey, tasksOf } from './tasks.js'

export interface DiffOptions {
  /** Lowest bigram Dice similarity (0–1) for two tasks to be the same task. Default `0.5`. */
  threshold?: number
  /** Canonical id of a department name, for departments the parser gave no `id`. */
  resolve?: DepartmentResolver
}

/** A task as the diff refers to it. */
export interface TaskRef {
  id: string
  number: number
  /** Number of the chapter it sits in; `null` in a plan without chapters. */
  chapter: number | null
  text: string
}

/** A task found in both editions, and what changed about it. */
export interface TaskMatch {
  a: TaskRef
  b: TaskRef
  /** Bigram Dice similarity of the two texts, rounded to 3 decimals; 1 when identical. */
  similarity: number
  textChanged: boolean
  /** Lead department names (as written) before and after, when the lead changed. */
  lead: { from: string[]; to: string[] } | null
  /** Participants only in `b` (as written in `b`). */
  participantsAdded: string[]
  /** Participants only in `a` (as written in `a`). */
  participantsRemoved: string[]
  /** Chapter numbers, when the task moved to a chapter other than its old chapter's counterpart. */
  chapter: { from: number | null; to: number | null } | null
}

/** A department known by the same id under a different name. */
export interface DepartmentRename {
  id: string
  from: string[]
  to: string[]
}

export interface PlanDiff {
  /** Every task found in both editions, in `b`'s order. */
  matched: TaskMatch[]
  /** The matched tasks with at least one change (renumbering alone is not a change). */
  changed: TaskMatch[]
  /** Tasks only in `b`. */
  added: TaskRef[]
  /** Tasks only in `a`. */
  removed: TaskRef[]
  /** Sorted by id. Needs ids: from the registry or `options.resolve`. */
  renamedDepartments: DepartmentRename[]
}

const ref = ({ task, chapter }: TaskInContext): TaskRef => ({ id: task.id, number: task.number, chapter: chapter?.number ?? null, text: task.text })

/** Names per department key, in order of first appearance. */
function namesByKey(tasks: TaskInContext[], resolve?: DepartmentResolver): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const { task } of tasks) {
    for (const d of task.responsibility?.departments ?? []) {
      const key = departmentKey(d, resolve)
      const names = map.get(key) ?? []
      if (!names.includes(d.name)) names.push(d.name)
      map.set(key, names)
    }
  }
  return map
}

function renames(a: TaskInContext[], b: TaskInContext[], resolve?: DepartmentResolver): DepartmentRename[] {
  const before = namesByKey(a, resolve)
  const out: DepartmentRename[] = []
  for (const [id, after] of namesByKey(b, resolve)) {
    const old = before.get(id)
    if (!old) continue
    const from = old.filter((n) => !after.includes(n))
    const to = after.filter((n) => !old.includes(n))
    if (from.length && to.length) out.push({ id, from, to })
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
}

/**
 * Which chapter of `b` continues each chapter of `a`: the one with the same
 * title, else the one most of its matched tasks went to (ties: lowest number).
 */
function chapterCounterparts(pairs: { a: TaskInContext; b: TaskInContext }[], b: Plan): Map<number, number> {
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

function compare(a: TaskInContext, b: TaskInContext, similarity: number, counterpart: Map<number, number>, resolve?: DepartmentResolver): TaskMatch {
  const key = (d: Department) => departmentKey(d, resolve)
  const ra = a.task.responsibility
  const rb = b.task.responsibility
  const leadsA = ra?.leads ?? []
  const leadsB = rb?.leads ?? []
  const sameLead = leadsA.length === leadsB.length && leadsA.every((d, i) => key(d) === key(leadsB[i] as Department))
  const partA = ra?.participants ?? []
  const partB = rb?.participants ?? []
  const keysA = new Set(partA.map(key))
  const keysB = new Set(partB.map(key))
  const from = a.chapter?.number ?? null
  const to = b.chapter?.number ?? null
  const expected = from === null ? null : (counterpart.get(from) ?? from)
  return {
    a: ref(a),
    b: ref(b),
    similarity: Math.round(similarity * 1000) / 1000,
    textChanged: a.task.text !== b.task.text,
    lead: sameLead ? null : { from: leadsA.map((d) => d.name), to: leadsB.map((d) => d.name) },
    participantsAdded: partB.filter((d) => !keysA.has(key(d))).map((d) => d.name),
    participantsRemoved: partA.filter((d) => !keysB.has(key(d))).map((d) => d.name),
    chapter: expected === to ? null : { from, to },
  }
}

const isChanged = (m: TaskMatch) => m.textChanged || m.lead !== null || m.participantsAdded.length > 0 || m.participantsRemoved.length > 0 || m.chapter !== null

/**
 * Compare two editions of a plan series. Numbering changes between years,
 * so tasks are matched by content, not by number:
 *
 * 1. Each task text is reduced to letters, digits and ideographs (NFKC) and
 *    cut into character bigrams.
 * 2. An inverted index from bigram to the `b` tasks containing it yields,
 *    for each `a` task, the shared-bigram count with every `b` task it has
 *    anything in common with; pairs sharing nothing are never looked at.
 *    Similarity is Dice: `2·shared / (bigrams(a) + bigrams(b))`.
 * 3. Pairs at or above `threshold` are taken greedily, most similar first
 *    (ties: closest relative position, then lowest indexes), each task at
 *    most once. Unpaired `a` tasks are removed, unpaired `b` tasks added.
 *
 * Departments are compared by identity (`d.id ?? resolve(d.name) ?? d.name`),
 * so a renamed department is reported once in `renamedDepartments`, not as
 * a changed participant on every task. Output is deterministic.
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
  const tasksA = tasksOf(a)
  const tasksB = tasksOf(b)
  const matches = matchTexts(
    tasksA.map((t) => t.task.text),
    tasksB.map((t) => t.task.text),
    threshold,
  )
  const pairs = matches.map((m) => ({ a: tasksA[m.a] as TaskInContext, b: tasksB[m.b] as TaskInContext, similarity: m.similarity }))
  const counterpart = chapterCounterparts(pairs, b)
  const matched = pairs.map((p) => compare(p.a, p.b, p.similarity, counterpart, options.resolve))
  const usedA = new Set(matches.map((m) => m.a))
  const usedB = new Set(matches.map((m) => m.b))
  return {
    matched,
    changed: matched.filter(isChanged),
    added: tasksB.filter((_, j) => !usedB.has(j)).map(ref),
    removed: tasksA.filter((_, i) => !usedA.has(i)).map(ref),
    renamedDepartments: renames(tasksA, tasksB, options.resolve),
  }
}
