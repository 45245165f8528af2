import type { Alias, EntryKind, KindStage, RegistryEntry } from './entry.js'

const KINDS: ReadonlySet<string> = new Set<EntryKind>(['party', 'ministry', 'agency', 'administration', 'institution', 'judicial', 'legislature', 'military', 'people-organization'])
const ISO = /^\d{4}-\d{2}-\d{2}$/

const isName = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0

/**
 * Check entries handed to `createRegistry` before indexing them: a wrong
 * field would otherwise surface much later, as a wrong id in some plan.
 * Throws a `TypeError` naming the entry (by id, else by position) and the field.
 */
export function validateEntries(entries: readonly RegistryEntry[]): void {
  if (!Array.isArray(entries)) throw new TypeError(`createRegistry: expected an array of entries, got ${entries === null ? 'null' : typeof entries}`)
  const ids = new Set<string>()
  entries.forEach((e, i) => {
    const where = typeof (e as Partial<RegistryEntry> | null)?.id === 'string' && e.id ? `entry “${e.id}”` : `entry ${i}`
    const fail = (field: string, what: string): never => {
      throw new TypeError(`createRegistry: ${where}: “${field}” ${what}`)
    }
    if (e === null || typeof e !== 'object') throw new TypeError(`createRegistry: entry ${i} is not an object (build entries with registryEntry())`)
    if (!isName(e.id)) fail('id', 'must be a non-empty string')
    if (ids.has(e.id)) throw new TypeError(`createRegistry: duplicate id “${e.id}” (entry ${i}): “id” must be unique`)
    ids.add(e.id)
    if (!isName(e.name)) fail('name', 'must be a non-empty string')
    if (!KINDS.has(e.kind)) fail('kind', `must be one of ${[...KINDS].join(', ')}; got ${JSON.stringify(e.kind)}`)
    if (!Array.isArray(e.short)) fail('short', 'must be an array of names')
    e.short.forEach((a: Alias, k: number) => {
      if (typeof a === 'string') {
        if (!isName(a)) fail(`short[${k}]`, 'must be a non-empty string')
        return
      }
      if (a === null || typeof a !== 'object' || !isName(a.name)) fail(`short[${k}]`, 'must be a name or { name, from?, until? }')
      for (const key of ['from', 'until'] as const) if (a[key] !== undefined && !(typeof a[key] === 'string' && ISO.test(a[key]))) fail(`short[${k}].${key}`, 'must be a date YYYY-MM-DD')
    })
    for (const key of ['from', 'until'] as const) if (e[key] !== undefined && !(typeof e[key] === 'string' && ISO.test(e[key]))) fail(key, `must be a date YYYY-MM-DD; got ${JSON.stringify(e[key])}`)
    if (e.from !== undefined && e.until !== undefined && e.from >= e.until) fail('until', `must be after “from” (${e.from})`)
    if (e.successors !== undefined && (!Array.isArray(e.successors) || !e.successors.every(isName))) fail('successors', 'must be an array of ids')
    if (e.successors !== undefined && e.until === undefined) fail('successors', 'needs “until”, the day they took over')
    if (e.parent !== undefined && !isName(e.parent)) fail('parent', 'must be an id')
    if (e.source !== undefined && !isName(e.source)) fail('source', 'must be a non-empty string')
    if (e.centralOnly !== undefined && e.centralOnly !== true && !(Array.isArray(e.centralOnly) && e.centralOnly.every(isName))) fail('centralOnly', 'must be true or an array of names')
    if (e.kinds !== undefined) {
      if (!Array.isArray(e.kinds) || e.kinds.length === 0) fail('kinds', 'must be a non-empty array of { from?, kind, parent? }')
      let previous = ''
      e.kinds.forEach((s: KindStage, k: number) => {
        if (!KINDS.has(s?.kind)) fail(`kinds[${k}].kind`, `must be one of ${[...KINDS].join(', ')}`)
        if (k > 0 && !(typeof s.from === 'string' && ISO.test(s.from) && s.from > previous)) fail(`kinds[${k}].from`, 'must be a date YYYY-MM-DD, later than the stage before')
        previous = s.from ?? ''
      })
      const last = e.kinds[e.kinds.length - 1]
      if (last?.kind !== e.kind || last.parent !== e.parent) fail('kinds', 'must end with the entry’s own kind and parent')
    }
  })
  // References last, once every id is known.
  for (const e of entries) {
    const refs = [...(e.successors ?? []), ...(e.parent ? [e.parent] : []), ...(e.kinds ?? []).flatMap((s: KindStage) => (s.parent ? [s.parent] : []))]
    for (const ref of refs) if (!ids.has(ref)) throw new TypeError(`createRegistry: entry “${e.id}”: names “${ref}” (as parent or successor), which is no entry's id`)
  }
}
