import { ConverterFactory } from 'opencc-js/core'
import TSCharacters from 'opencc-js/dict/TSCharacters'

/**
 * OpenCC's traditional → simplified conversion at character level only
 * (`TSCharacters`). Phrase tables are left out on purpose: they rewrite whole
 * words (Taiwan 執行 → 运行) and would change lengths, and the full entry
 * would drag in the simplified → traditional tables. Hong Kong and Taiwan
 * forms (為, 裡, 眾) are in the same table.
 *
 * Both the converter and the set of characters it changes are built on first
 * use, so importing this module costs only loading the table's text.
 */
let converter: ((text: string) => string) | null = null
let traditional: Set<number> | null = null

export function convertToSimplified(text: string): string {
  if (!converter) {
    converter = ConverterFactory([TSCharacters])
  }
  return converter(text)
}

/** Code points the table converts; a cheap membership test to decide whether to convert at all. */
export function traditionalCodePoints(): Set<number> {
  if (!traditional) {
    traditional = new Set()
    for (const entry of TSCharacters.split('|')) {
      const space = entry.indexOf(' ')
      const from = entry.slice(0, space)
      // Single characters only (one code point); identity entries change nothing.
      if (from.codePointAt(0) !== undefined && String.fromCodePoint(from.codePointAt(0) as number) === from && entry.slice(space + 1) !== from) {
        traditional.add(from.codePointAt(0) as number)
      }
    }
  }
  return traditional
}
