import { TRADITIONAL_ASTRAL, TRADITIONAL_BASE, TRADITIONAL_GAPS } from './traditional-chars.js'

// One byte per BMP code unit: 1 where the conversion changes the character,
// 2 on a high surrogate that starts one of the (few) astral ones; a load per
// character, where a Set or a search would hash or branch.
// Built on first use, so importing costs nothing and simplified input pays
// some 0.3 ms once.
let bmp: Uint8Array | null = null
let astral: Set<number> | null = null

/**
 * Mark the BMP characters of traditional-chars.ts in `table` with 1. One
 * short pass over the gaps string: run cold, at start-up, it stays short
 * enough that V8 does not stop to optimise it (a longer decoding loop made
 * it compile the loop, some milliseconds).
 */
function markBmp(table: Uint8Array): void {
  let cp = TRADITIONAL_BASE
  for (let i = 0; i < TRADITIONAL_GAPS.length; i++) {
    let gap = TRADITIONAL_GAPS.charCodeAt(i) - 0x20
    // `~`: a longer gap, in the next two characters (base 93).
    if (gap === 0x5e) {
      gap = (TRADITIONAL_GAPS.charCodeAt(i + 1) - 0x20) * 93 + TRADITIONAL_GAPS.charCodeAt(i + 2) - 0x20
      i += 2
    }
    cp += gap
    table[cp] = 1
  }
}

function build(): Uint8Array {
  const table = new Uint8Array(0x10000)
  markBmp(table)
  for (const cp of TRADITIONAL_ASTRAL) table[0xd800 + ((cp - 0x10000) >> 10)] = 2
  astral = new Set(TRADITIONAL_ASTRAL)
  return table
}

/**
 * The code points of traditional-chars.ts, in order.
 *
 * @example
 * ```ts
 * traditionalList().includes(0x898b) // true (見)
 * ```
 */
export function traditionalList(): number[] {
  const table = new Uint8Array(0x10000)
  markBmp(table)
  const list: number[] = []
  for (let cp = 0; cp <= 0xffff; cp++) if (table[cp] === 1) list.push(cp)
  return [...list, ...TRADITIONAL_ASTRAL]
}

/**
 * Does the conversion change the character with code point `c`? Read from
 * the generated list (traditional-chars.ts), so no table is loaded to decide
 * that a text needs no conversion; a test checks the list against the tables.
 *
 * @example
 * ```ts
 * isTraditional(0x898b) // true (見)
 * isTraditional(0x89c1) // false (见)
 * ```
 */
export function isTraditional(c: number): boolean {
  bmp ??= build()
  return c > 0xffff ? (astral as Set<number>).has(c) : bmp[c] === 1
}

/**
 * Index of the first character in `text[from, to)` that the conversion
 * changes, or -1: one table load per UTF-16 unit, the only full scan
 * simplified text pays for.
 *
 * @example
 * ```ts
 * firstTraditional('关于意見') // 3
 * ```
 */
export function firstTraditional(text: string, from = 0, to = text.length): number {
  const table = (bmp ??= build())
  let i = from
  while (i < to) {
    // The inner loop is all simplified text ever runs: one load, one compare.
    while (i < to && table[text.charCodeAt(i)] === 0) i++
    if (i >= to) break
    // 2: a high surrogate some astral character starts with; look the pair up.
    if (table[text.charCodeAt(i)] === 1 || (astral as Set<number>).has(text.codePointAt(i) as number)) return i
    i++
  }
  return -1
}
