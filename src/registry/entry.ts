import type { DepartmentKind } from '../types.js'

/**
 * One body in the department registry. Dates are ISO `YYYY-MM-DD`; `until`
 * is the first day the body no longer existed under this name.
 */
export interface RegistryEntry {
  /** Stable id: an official English acronym where one is used (`cnipa`, `ndrc`), a slug otherwise. */
  id: string
  /** Official full name (the name this entry carried). */
  name: string
  /** Other names plans use for it: short forms (`知识产权局`), former spellings. */
  short: readonly string[]
  kind: Exclude<DepartmentKind, 'collective' | 'local' | 'internal'>
  /** The body that manages it (administrations under a ministry). */
  parent?: string
  /** Day it took this name or shape. */
  from?: string
  /** First day it no longer existed as such (renamed, merged, abolished). */
  until?: string
  /** Ids of the bodies that took over its work on `until`. */
  successors?: readonly string[]
}

type Extra = Partial<Pick<RegistryEntry, 'parent' | 'from' | 'until' | 'successors'>>

/**
 * Build a registry entry (the data modules use it, and so can you to extend the registry).
 *
 * @example
 * ```ts
 * registryEntry('cnipa-patent-office', '国家知识产权局专利局', 'institution', ['专利局'], { parent: 'cnipa' })
 * ```
 */
export function entry(id: string, name: string, kind: RegistryEntry['kind'], short: readonly string[] = [], extra: Extra = {}): RegistryEntry {
  return { id, name, kind, short, ...extra }
}
