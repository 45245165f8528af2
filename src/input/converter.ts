import { lazy } from '../util/lazy.js'

// Loaded on the first input that needs them: simplified plans never load OpenCC.
const tables = lazy((require) => ({
  HKVariantsRev: (require('opencc-js/dict/HKVariantsRev') as typeof import('opencc-js/dict/HKVariantsRev')).default,
  TSCharacters: (require('opencc-js/dict/TSCharacters') as typeof import('opencc-js/dict/TSCharacters')).default,
}))
const factory = lazy((require) => (require('opencc-js/core') as typeof import('opencc-js/core')).ConverterFactory)

/**
 * OpenCC's traditional → simplified conversion at character level only:
 * Hong Kong variants to standard forms (`衞` → `衛`), then `TSCharacters`
 * (Taiwan forms such as 為, 裡, 眾 are in it). Phrase tables are left out on
 * purpose: they rewrite whole words (Taiwan 執行 → 运行) and change lengths;
 * so is the Taiwan variants table, which turns simplified 么 into 幺 and 著
 * into 着. The full entry would drag in the simplified → traditional tables.
 *
 * Every key of both tables is one code point, so OpenCC's longest-prefix match
 * only ever consults the entries of characters present in the text: each call
 * builds OpenCC's converter from just those entries (a handful), instead of
 * tries of 15 000 entries that cost some 35 ms to build. Should a table ever
 * hold a longer key, the whole tables are used, as before.
 *
 * The tables and their index are loaded or built on first use, so importing
 * this module costs nothing.
 */
type Entry = [string, string]
interface Index {
  /** Per table, the entry OpenCC keeps for each key (the last one listed). */
  hk: Map<number, Entry>
  ts: Map<number, Entry>
  /** Null when every key is one code point; otherwise the full converter. */
  full: ((text: string) => string) | null
}
let index: Index | null = null
let traditional: Set<number> | null = null

function entries(dict: string, into: Map<number, Entry>): boolean {
  for (const line of dict.split('|')) {
    // As OpenCC's loadDict reads it: the second field is the target.
    const [l, r] = line.split(' ') as [string, string | undefined]
    if (typeof r !== 'string' || !single(l)) return false
    into.set(l.codePointAt(0) as number, [l, r])
  }
  return true
}

function loadIndex(): Index {
  const { HKVariantsRev, TSCharacters } = tables()
  const hk = new Map<number, Entry>()
  const ts = new Map<number, Entry>()
  const simple = entries(HKVariantsRev, hk) && entries(TSCharacters, ts)
  return { hk, ts, full: simple ? null : factory()([HKVariantsRev], [TSCharacters]) }
}

/** The entries of `table` whose key occurs in `text`, in OpenCC's dictionary form. */
function present(text: string, table: Map<number, Entry>): Entry[] {
  const out: Entry[] = []
  const seen = new Set<number>()
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) as number
    if (c > 0xffff) i++
    if (seen.has(c)) continue
    seen.add(c)
    const entry = table.get(c)
    if (entry) out.push(entry)
  }
  return out
}

export function convertToSimplified(text: string): string {
  index ??= loadIndex()
  if (index.full) return index.full(text)
  const convert = factory()
  const variants = convert([present(text, index.hk)])(text)
  return convert([present(variants, index.ts)])(variants)
}

/** Have the conversion tables been loaded? (Simplified input must never load them.) */
export function converterBuilt(): boolean {
  return index !== null
}

function pairs(dict: string): Array<[string, string]> {
  return dict.split('|').map((entry) => {
    const space = entry.indexOf(' ')
    // An entry may list several targets (`乾 干 乾`): OpenCC takes the first.
    const rest = entry.slice(space + 1)
    const next = rest.indexOf(' ')
    return [entry.slice(0, space), next === -1 ? rest : rest.slice(0, next)]
  })
}

const single = (s: string) => s.length > 0 && String.fromCodePoint(s.codePointAt(0) as number) === s

/**
 * Code points the conversion really changes; a cheap membership test to
 * decide whether to convert at all. Hong Kong entries whose target comes back
 * to the same character (`台 臺` → 台) do not count: simplified text has them.
 */
export function traditionalCodePoints(): Set<number> {
  if (traditional) return traditional
  const set = new Set<number>()
  const simplified = new Map<string, string>()
  const { HKVariantsRev, TSCharacters } = tables()
  for (const [from, to] of pairs(TSCharacters)) {
    if (!single(from)) continue
    simplified.set(from, to)
    if (to !== from) set.add(from.codePointAt(0) as number)
  }
  for (const [from, to] of pairs(HKVariantsRev)) {
    if (single(from) && (simplified.get(to) ?? to) !== from) set.add(from.codePointAt(0) as number)
  }
  traditional = set
  return set
}
