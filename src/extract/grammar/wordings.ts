import type { LabelKind, RoleKind, RuleKind } from './types.js'

/**
 * Words a note grammar is made of, all optional: the built-in grammar is one
 * `Wordings` value, and a caller's wordings are combined on top of it
 * (`parsePlan(text, { wordings })`). Words are written in simplified
 * characters; their traditional forms are added when the grammar is compiled.
 *
 * @example
 * ```ts
 * const wordings: Wordings = {
 *   labels: { 主办单位: 'lead', 协办方: 'participant' },
 *   roleWords: { 统筹: 'lead' },
 *   suffixes: ['专班'],
 * }
 * ```
 */
export interface Wordings {
  /** Words read before a colon (`牵头单位：`), and what the list after them is; `null` removes a word. */
  labels?: Record<string, LabelKind | null>
  /** Words read after a list (`牵头`, `配合`, `按职责分工负责`), or between two (`会同`); `null` removes a word. */
  roleWords?: Record<string, RoleKind | null>
  /** Words after `等` (or after `会同`) that name no unit and leave the list open: `部门`, `有关部门和单位`. */
  tails?: string[]
  /** Phrases kept as one unit although they hold a separator: `国务院各部委、各直属机构`. */
  collectives?: string[]
  /** Endings of a unit's name (`局`, `委员会`, `中心`): they tell a unit from other words. */
  suffixes?: string[]
  /** Words `各` distributes over, so that `各县、市、区` stays one unit. */
  levels?: string[]
  /** Words that join two units when both sides are units (`和`, `及`), never inside a name. */
  joiners?: string[]
  /** Words of a rule stated inside a note (`第一` in `第一责任单位为牵头单位`); `null` removes a word. */
  ruleWords?: Record<string, RuleKind | null>
}

/** The combined wordings: records merged, lists joined, later ones winning. */
export type CombinedWordings = Required<Wordings>

/**
 * Combine several wordings into one, in order, as micromark's
 * `combineExtensions` does with syntax extensions: a word given again takes
 * its later meaning, `null` takes a word out, lists add up.
 *
 * @example
 * ```ts
 * combineWordings([{ labels: { 牵头单位: 'lead' } }, { labels: { 主办单位: 'lead', 牵头单位: null } }]).labels
 * // { 牵头单位: null, 主办单位: 'lead' }
 * ```
 */
export function combineWordings(list: readonly Wordings[]): CombinedWordings {
  const all: CombinedWordings = { labels: {}, roleWords: {}, tails: [], collectives: [], suffixes: [], levels: [], joiners: [], ruleWords: {} }
  for (const w of list) {
    Object.assign(all.labels, w.labels)
    Object.assign(all.roleWords, w.roleWords)
    Object.assign(all.ruleWords, w.ruleWords)
    if (w.tails) all.tails.push(...w.tails)
    if (w.collectives) all.collectives.push(...w.collectives)
    if (w.suffixes) all.suffixes.push(...w.suffixes)
    if (w.levels) all.levels.push(...w.levels)
    if (w.joiners) all.joiners.push(...w.joiners)
  }
  return all
}

const KINDS: Record<string, readonly string[] | null> = {
  labels: ['lead', 'participant', 'responsible', 'division', 'deadline', 'leader'],
  roleWords: ['lead', 'participant', 'responsible', 'by-duty', 'with'],
  ruleWords: ['first-leads', 'all-lead'],
  tails: null,
  collectives: null,
  suffixes: null,
  levels: null,
  joiners: null,
}

/**
 * Check that `value` is {@link Wordings}: known keys, lists of words, records
 * of words to known kinds (or `null`).
 *
 * @example
 * ```ts
 * checkWordings({ labels: { 主办单位: 'boss' } }, 'parsePlan: option “wordings”')
 * // TypeError: parsePlan: option “wordings”: labels.主办单位 must be one of 'lead', …, or null
 * ```
 * @throws {TypeError} naming what is wrong, after `what`.
 */
export function checkWordings(value: unknown, what: string): asserts value is Wordings {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new TypeError(`${what} must be an object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`)
  for (const [key, entry] of Object.entries(value)) {
    if (!(key in KINDS)) throw new TypeError(`${what}: unknown key “${key}”`)
    if (entry === undefined) continue
    const kinds = KINDS[key]
    if (kinds === null || kinds === undefined) {
      if (!Array.isArray(entry) || !entry.every((w) => typeof w === 'string' && w.length > 0)) throw new TypeError(`${what}: ${key} must be a list of words`)
      continue
    }
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw new TypeError(`${what}: ${key} must be an object of words`)
    for (const [word, kind] of Object.entries(entry)) {
      if (kind !== null && !kinds.includes(kind as string)) throw new TypeError(`${what}: ${key}.${word} must be one of ${kinds.map((k) => `'${k}'`).join(', ')}, or null`)
    }
  }
}
