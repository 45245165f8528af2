import { inSet } from '../../chars.js'
import type { Construct, MarkerMatch } from '../construct.js'
import { ordinalNumerals } from '../numerals.js'
import { marker } from './scan.js'

const DI = 0x7b2c // 第

/**
 * What follows an ordinal that is cited rather than heading a unit:
 * `第一条、第二条`, `第三条规定的`… only the first character is looked at,
 * so `第一条规定` at a line start would still be taken (the sequence decides).
 */
const CITED_AFTER = '、，,。；;：:）)》”的中和及与至或第款项所'

/**
 * `第一章` `第12条` `第三節` — 第, a numeral (Chinese or digits), the unit word
 * (`suffix`: simplified and traditional), then a space or nothing.
 */
function matchOrdinal(suffix: string, text: string, start: number, end: number): MarkerMatch | null {
  // > | 第十二条 本办法自发布之日起施行。
  //     ^
  if (text.charCodeAt(start) !== DI) return null
  const number = ordinalNumerals.read(text, start + 1, end)
  if (!number) return null
  // > | 第十二条 本办法自发布之日起施行。
  //        ^
  const index = start + 1 + number.length
  if (!inSet(suffix, text.charCodeAt(index))) return null
  const found = marker(text, number.value, index + 1, end, false)
  return inSet(CITED_AFTER, text.charCodeAt(found.contentStart)) ? null : found
}

/**
 * A `第…X` family: 第, a numeral, the unit word `suffix` (simplified and
 * traditional, since clean-up looks at the text before conversion), cited
 * in prose too. Only the name, level, rank and numbering differ.
 */
export function ordinal(name: string, suffix: string, level: Construct['level'], rank: number, continues: boolean): Construct {
  return {
    name,
    level,
    rank,
    continues,
    strict: false,
    cited: true,
    numeral: ordinalNumerals,
    shape: { prefix: '第', open: '', close: suffix, spaceBeforeClose: false, spaceCloses: false, prose: [{ after: '', first: CITED_AFTER }] },
    // > | 第一章 总则
    //     ^
    match: (text, start, end) => matchOrdinal(suffix, text, start, end),
  }
}
