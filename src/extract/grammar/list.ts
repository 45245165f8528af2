import { type Grammar, compileGrammar } from './compile.js'
import type { NameSpan } from './types.js'
import { readPiece, splitPieces } from './units.js'

/**
 * Split `text[from, to)` into unit names at `、` `，` `,` `；` `;` outside
 * brackets, keeping collectives whole (`各省、自治区、直辖市人民政府`,
 * `联席会议（有关）成员单位`) and cutting an open tail off (`等部门`). `和`
 * is left alone: a list of recipients or signatories joins no units by it.
 *
 * @example
 * ```ts
 * splitNameSpans('中央宣传部、商务部等部门').names.map((n) => n.name) // ['中央宣传部', '商务部']
 * ```
 */
export function splitNameSpans(text: string, from = 0, to = text.length, grammar: Grammar = compileGrammar()): { names: NameSpan[]; open: boolean } {
  const names: NameSpan[] = []
  let open = false
  for (const piece of splitPieces(text, from, to, grammar)) {
    const read = readPiece(text, piece, grammar, false)
    for (const unit of read.units) names.push(unit)
    if (read.tail) open = true
  }
  return { names, open }
}
