import type { Edit } from './edits.js'

// A bracketed run of lowercase pinyin syllables right after a Han character:
// `人(rén)民`, `民（mín）`, `重(zhong4)`. Tone marks or tone digits are required,
// so that an English word or abbreviation in brackets (`(TISC)`, `(app)`) is kept.
// The look-behind comes after the bracket so the scan only stops at brackets.
const PINYIN = /[(（](?<=[\u3400-\u9fff].)\s*([a-zü\u00e0-\u01dc]+[1-5]?(?:\s+[a-zü\u00e0-\u01dc]+[1-5]?)*)\s*[)）]/g
// Only consonants between the (last) vowel and the digit: the same strings, in linear time.
const TONED = /[\u00e0-\u01dc]|[aeiouü][b-df-hj-np-tv-z]*[1-5]/

/**
 * Pinyin annotations injected after characters by reposting sites, to be
 * dropped from the normalised text.
 *
 * @example
 * ```ts
 * findPinyin('人(rén)民') // [{ start: 1, end: 6, text: '' }]
 * ```
 */
export function findPinyin(text: string): Edit[] {
  const edits: Edit[] = []
  // Cheap guard: no ASCII lowercase letters, no pinyin.
  if (!/[a-z\u00e0-\u01dc]/.test(text)) return edits
  for (const match of text.matchAll(PINYIN)) {
    if (!TONED.test(match[1] as string)) continue
    edits.push({ start: match.index, end: match.index + match[0].length, text: '' })
  }
  return edits
}
