import { lazy } from '../util/lazy.js'
import { isTraditional } from './traditional-set.js'

// Kept here too for the modules and tests that import them from the converter.
export { isTraditional, traditionalList } from './traditional-set.js'

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
 * builds OpenCC's converter from just the entries of the traditional
 * characters present (a handful), found in the
 * tables' text as OpenCC reads it, instead of tries of 15 000 entries that
 * cost some 35 ms to build. Should a table ever hold a longer key (or an
 * entry OpenCC would refuse), the whole tables are used, as before.
 *
 * The tables are loaded on first use, so importing this module costs nothing.
 */
type Entry = [string, string]
// An entry that is not one code point and a space (`衞 衛`): the per-character reading would not be OpenCC's.
const NOT_SINGLE = /(?:^|\|)(?![^ |] )/u
let loaded: { hk: string; ts: string; full: ((text: string) => string) | null } | null = null

function load(): NonNullable<typeof loaded> {
  const { HKVariantsRev, TSCharacters } = tables()
  const simple = !NOT_SINGLE.test(HKVariantsRev) && !NOT_SINGLE.test(TSCharacters)
  return { hk: HKVariantsRev, ts: TSCharacters, full: simple ? null : factory()([HKVariantsRev], [TSCharacters]) }
}

/**
 * The entry OpenCC keeps for the key `ch` (its loadDict splits at `|`, takes
 * the field after the first space, and a later entry overwrites an earlier one).
 */
function entryOf(dict: string, ch: string): Entry | null {
  let at = dict.lastIndexOf(`|${ch} `)
  if (at !== -1) at += 1
  else if (dict.startsWith(`${ch} `)) at = 0
  else return null
  const from = at + ch.length + 1
  let to = from
  while (to < dict.length && dict[to] !== ' ' && dict[to] !== '|') to++
  return [ch, dict.slice(from, to)]
}

/**
 * The entries of `dict` for the traditional characters of `text`, in OpenCC's
 * dictionary form, remembered per character in `cache`. Any other character
 * comes back to itself through both tables (that is how the list is made), so
 * leaving its entries out changes nothing.
 */
function present(text: string, dict: string, cache: Map<number, Entry | null>): Entry[] {
  const out: Entry[] = []
  const seen = new Set<number>()
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) as number
    if (c > 0xffff) i++
    if (!isTraditional(c) || seen.has(c)) continue
    seen.add(c)
    let entry = cache.get(c)
    if (entry === undefined) cache.set(c, (entry = entryOf(dict, String.fromCodePoint(c))))
    if (entry) out.push(entry)
  }
  return out
}

const hkCache = new Map<number, Entry | null>()
const tsCache = new Map<number, Entry | null>()

export function convertToSimplified(text: string): string {
  loaded ??= load()
  if (loaded.full) return loaded.full(text)
  const convert = factory()
  const variants = convert([present(text, loaded.hk, hkCache)])(text)
  return convert([present(variants, loaded.ts, tsCache)])(variants)
}

/** Have the conversion tables been loaded? (Simplified input must never load them.) */
export function converterBuilt(): boolean {
  return loaded !== null
}

let traditional: Set<number> | null = null

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
 * Code points the conversion really changes, computed from the tables: the
 * source of traditional-chars.ts (scripts/gen-traditional.mjs), checked by a
 * test. Hong Kong entries whose target comes back to the same character (`台 臺` → 台) do not count: simplified text has them.
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
