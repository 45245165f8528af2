import { TRADITIONAL_GAPS } from './traditional-chars.js'

// One byte per BMP code unit: 1 where the conversion changes the character,
// 2 on a high surrogate that starts one of the (few) astral ones; a load per
// character, where a Set or a search would hash or branch.
// Built on first use (a single pass over the gaps string, no arrays in
// between), so importing costs nothing and simplified input pays ~0.1 ms once.
let bmp: Uint8Array | null = null
let astral: Set<number> | null = null

/** Calls `each` with every code point of traditional-chars.ts, in order. */
function decodeGaps(each: (cp: number) => void): void {
  let cp = 0
  let gap = 0
  for (let i = 0; i <= TRADITIONAL_GAPS.length; i++) {
    const c = i < TRADITIONAL_GAPS.length ? TRADITIONAL_GAPS.charCodeAt(i) : 0x2c
    if (c === 0x2c) {
      // `,` ends a gap (and the string ends the last one).
      cp += gap
      gap = 0
      each(cp)
    } else {
      // Base 36: `0`–`9` then `a`–`z`.
      gap = gap * 36 + (c <= 0x39 ? c - 0x30 : c - 0x57)
    }
  }
}

function build(): Uint8Array {
  const table = new Uint8Array(0x10000)
  const above = new Set<number>()
  decodeGaps((cp) => {
    if (cp > 0xffff) {
      above.add(cp)
      table[0xd800 + ((cp - 0x10000) >> 10)] = 2
    } else {
      table[cp] = 1
    }
  })
  astral = above
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
  const list: number[] = []
  decodeGaps((cp) => list.push(cp))
  return list
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
  for (let i = from; i < to; i++) {
    const found = table[text.charCodeAt(i)]
    if (found === 0) continue
    // 2: a high surrogate some astral character starts with; look the pair up.
    if (found === 1 || (astral as Set<number>).has(text.codePointAt(i) as number)) return i
  }
  return -1
}
