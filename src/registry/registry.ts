import { builtinEntries } from './data/builtin.js'
import { type RegistryEntry, aliasName } from './entry.js'
import { validateEntries } from './validate.js'

/** A date as `YYYY-MM-DD`; defaults to today where a date matters. */
export interface AtDate {
  date?: string
}

/** Look-ups over a list of registry entries, indexed once. */
export interface Registry {
  readonly entries: readonly RegistryEntry[]
  /** The entry a name (full or short) denotes at `date`, or the current one. */
  find(name: string, options?: AtDate): RegistryEntry | undefined
  byId(id: string): RegistryEntry | undefined
  /** The bodies that carry the entry's work at `date` (itself if it still exists), following renamings and mergers. */
  successors(id: string, options?: AtDate): RegistryEntry[]
}

/**
 * The central bodies shipped with the library (a fresh array each call).
 *
 * @example
 * ```ts
 * builtinDepartments().filter((e) => e.kind === 'ministry' && !e.until).length // 26
 * ```
 */
export function builtinDepartments(): RegistryEntry[] {
  return builtinEntries()
}

const PREFIXES = ['中华人民共和国', '中国共产党']
/** How many distinct names a registry remembers the look-up of. */
const MAX_REMEMBERED = 4096
const OPTIONAL = ['国家', '中国', '中共', '国务院']

// What nameKey rewrites; most names have none of it and come back as they are. White space here
// includes the characters that print nothing (chars.ts INVISIBLES): a soft hyphen or a zero-width
// space copied from a web page inside 知识产权局 is still 知识产权局.
const REWRITTEN = /[\s()\u0085\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069]/
const WHITE = /[\s\u0085\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069]+/g

/** The form names are indexed under: no white space, full-width brackets, no 中华人民共和国. */
export function nameKey(name: string): string {
  let key = REWRITTEN.test(name) ? name.replace(WHITE, '').replace(/\(/g, '（').replace(/\)/g, '）') : name
  for (const prefix of PREFIXES) if (key.startsWith(prefix) && key.length > prefix.length + 1) key = key.slice(prefix.length)
  return key
}

/** An entry under one of its names, with the days it carried that name (a dated alias narrows the entry's own). */
interface Named {
  entry: RegistryEntry
  from: string | undefined
  until: string | undefined
}

function validAt(named: Named, date: string): boolean {
  return (named.from === undefined || named.from <= date) && (named.until === undefined || date < named.until)
}

const later = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a > b ? a : b)
const earlier = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a < b ? a : b)

const today = () => new Date().toISOString().slice(0, 10)

/**
 * Index entries by every name they go by. Ids must be unique; a name may
 * belong to several entries of different times (`广电总局`), and the date of
 * the look-up picks one.
 *
 * @example
 * ```ts
 * const registry = createRegistry([...builtinDepartments(), entry('cnipa-ppac', '专利局', 'institution', [], { parent: 'cnipa' })])
 * registry.find('国家知识产权局')?.id // 'cnipa'
 * ```
 */
export function createRegistry(entries: readonly RegistryEntry[]): Registry {
  validateEntries(entries)
  return buildRegistry(entries)
}

/** A registry over entries known to be valid (the built-in ones, checked by the tests, not on every first parse). */
function buildRegistry(entries: readonly RegistryEntry[]): Registry {
  const byId = new Map<string, RegistryEntry>()
  for (const entry of entries) byId.set(entry.id, entry)
  // Names are indexed on the first look-up by name, not when the registry is
  // made: a CLI run that resolves nothing never pays for it.
  let byName: Map<string, Named[]> | null = null
  // Plans repeat a few dozen names thousands of times: each is keyed and
  // looked up once. Bounded, so that a long batch of odd names cannot grow it forever.
  const remembered = new Map<string, Named[] | null>()

  // Runs once, cold: plain loops, no array or set per entry.
  function index(): Map<string, Named[]> {
    const map = new Map<string, Named[]>()
    const add = (key: string, named: Named) => {
      const list = map.get(key)
      if (!list) map.set(key, [named])
      // A name an entry lists twice (or as its full name too) counts once.
      else if (list[list.length - 1]?.entry !== named.entry) list.push(named)
    }
    for (const entry of entries) {
      add(nameKey(entry.name), { entry, from: entry.from, until: entry.until })
      for (const alias of entry.short) {
        const named = typeof alias === 'string' ? { entry, from: entry.from, until: entry.until } : { entry, from: later(entry.from, alias.from), until: earlier(entry.until, alias.until) }
        add(nameKey(aliasName(alias)), named)
      }
    }
    return map
  }

  function lookUp(name: string): Named[] | undefined {
    byName ??= index()
    const key = nameKey(name)
    const exact = byName.get(key)
    if (exact) return exact
    // 国家统计局 / 统计局, 中国贸促会 / 贸促会: plans add or drop these freely.
    for (const prefix of OPTIONAL) {
      const other = key.startsWith(prefix) ? key.slice(prefix.length) : prefix + key
      const found = other.length > 1 ? byName.get(other) : undefined
      if (found) return found
    }
    return undefined
  }

  function candidates(name: string): Named[] | undefined {
    let list = remembered.get(name)
    if (list === undefined) {
      if (remembered.size >= MAX_REMEMBERED) remembered.clear()
      remembered.set(name, (list = lookUp(name) ?? null))
    }
    return list ?? undefined
  }

  function find(name: string, options: AtDate = {}): RegistryEntry | undefined {
    const list = candidates(name)
    if (!list) return undefined
    if (list.length === 1) return list[0]?.entry
    const date = options.date ?? today()
    return (list.find((e) => validAt(e, date)) ?? list.find((e) => e.until === undefined) ?? list[0])?.entry
  }

  function successors(id: string, options: AtDate = {}): RegistryEntry[] {
    const date = options.date ?? today()
    const out = new Map<string, RegistryEntry>()
    const seen = new Set<string>()
    const walk = (entry: RegistryEntry) => {
      if (seen.has(entry.id)) return
      seen.add(entry.id)
      if (entry.until === undefined || date < entry.until || !entry.successors?.length) out.set(entry.id, entry)
      else for (const next of entry.successors) { const e = byId.get(next); if (e) walk(e) }
    }
    const start = byId.get(id)
    if (start) walk(start)
    return [...out.values()]
  }

  return { entries, find, byId: (id) => byId.get(id), successors }
}

let builtin: Registry | undefined

/**
 * The built-in registry, indexed on first use so that importing the package costs nothing.
 *
 * @example
 * ```ts
 * defaultRegistry().successors('cbirc', { date: '2024-01-01' })[0]?.name // '国家金融监督管理总局'
 * ```
 */
export function defaultRegistry(): Registry {
  return (builtin ??= buildRegistry(builtinDepartments()))
}
