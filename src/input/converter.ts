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
 * The tables, the converter and the set of characters it changes are all
 * loaded or built on first use, so importing this module costs nothing.
 */
let converter: ((text: string) => string) | null = null
let traditional: Set<number> | null = null

export function convertToSimplified(text: string): string {
  if (!converter) {
    const { HKVariantsRev, TSCharacters } = tables()
    converter = factory()([HKVariantsRev], [TSCharacters])
  }
  return converter(text)
}

/** Has the converter been built? (Simplified input must never build it.) */
export function converterBuilt(): boolean {
  return converter !== null
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
