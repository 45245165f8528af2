import type { DepartmentKind } from '../types.js'

/** The kinds a registry entry can have: collectives, local and internal units are never entries. */
export type EntryKind = Exclude<DepartmentKind, 'collective' | 'local' | 'internal' | 'unknown'>

/**
 * Another name of a body. A plain string is a name it always went by; an
 * object is a name it carried for a time only, such as a second plate
 * (一个机构两块牌子: 国家版权局 on 中央宣传部 since 2018) or a name a body
 * took over (国家外国专家局 on 科学技术部 from 2018, on 人力资源社会保障部 from 2023).
 */
export type Alias = string | { name: string; from?: string; until?: string }

/**
 * What kind of body an entry was from a day on, and what managed it: dated
 * because bodies change category (国家知识产权局: State Council body, then
 * an administration under 市场监管总局 from 2018, then a State Council body
 * again from 2023).
 */
export interface KindStage {
  /** First day of this stage; absent on the first stage (as far back as recorded). */
  from?: string
  kind: EntryKind
  /** The body that managed it (or that it was seated in) during this stage. */
  parent?: string
}

/**
 * One body in the department registry. Dates are ISO `YYYY-MM-DD`; `until`
 * is the first day the body no longer existed under this name.
 */
export interface RegistryEntry {
  /** Stable id: an official English acronym where one is used (`cnipa`, `ndrc`), a slug otherwise. */
  id: string
  /** Official full name (the name this entry carried). */
  name: string
  /** Other names plans use for it: short forms (`知识产权局`), former spellings, dated second plates. */
  short: readonly Alias[]
  /** Its kind today (or when it ended): the last of `kinds` when those are given. */
  kind: EntryKind
  /** The body that manages it today (administrations under a ministry): the last of `kinds`' parents when those are given. */
  parent?: string
  /** Its kind over time, oldest first, when it changed category; `kind` and `parent` are the last stage's. */
  kinds?: readonly KindStage[]
  /** Day it took this name or shape. */
  from?: string
  /** First day it no longer existed as such (renamed, merged, abolished). */
  until?: string
  /** Ids of the bodies that took over its work on `until`. */
  successors?: readonly string[]
  /**
   * Names of it that no local body bears (`国知局`, `证监会`), or `true` when
   * none of its names is a local body's (`新华社`). In a provincial or city
   * plan every other bare name means the local body of that function: see
   * `docs/metadata-and-registry.md`. Names that start with 国家/中央/国务院…,
   * a ministry's `…部` and a `…总局`/`…署` are central without being listed.
   */
  centralOnly?: true | readonly string[]
  /** What the entry was checked against: a document's title or number and its date. */
  source?: string
}

type Extra = Partial<Pick<RegistryEntry, 'parent' | 'kinds' | 'from' | 'until' | 'successors' | 'centralOnly' | 'source'>>

/**
 * Build a registry entry (the data modules use it, and so can you to extend
 * the registry). With `kinds`, the entry's `kind` and `parent` are taken
 * from the last stage.
 *
 * @example
 * ```ts
 * registryEntry('cnipa-patent-office', '国家知识产权局专利局', 'institution', ['专利局'], { parent: 'cnipa', source: '国家知识产权局 website, 2024' })
 * ```
 */
export function entry(id: string, name: string, kind: EntryKind, short: readonly Alias[] = [], extra: Extra = {}): RegistryEntry {
  const last = extra.kinds?.[extra.kinds.length - 1]
  if (last === undefined) return { id, name, kind, short, ...extra }
  const { parent: _ignored, ...rest } = extra
  return last.parent === undefined ? { id, name, kind: last.kind, short, ...rest } : { id, name, kind: last.kind, short, ...rest, parent: last.parent }
}

/** The stage of `entry` in force on `date` (its only stage when it never changed kind). */
export function stageAt(entry: RegistryEntry, date: string | undefined): KindStage {
  const kinds = entry.kinds
  if (!kinds || kinds.length === 0) return entry.parent === undefined ? { kind: entry.kind } : { kind: entry.kind, parent: entry.parent }
  if (date === undefined) return kinds[kinds.length - 1] as KindStage
  let stage = kinds[0] as KindStage
  for (const k of kinds) if (k.from === undefined || k.from <= date) stage = k
  return stage
}

/** The name of an alias. */
export const aliasName = (alias: Alias): string => (typeof alias === 'string' ? alias : alias.name)
