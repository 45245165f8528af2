import { diagnostic } from '../diagnostics.js'
import type { Diagnostic } from '../types.js'
import type { Locator } from '../util/location.js'

// Round brackets of either width pair with each other (`(一）` is common); book-title marks pair apart.
const PAIRS: Record<string, string> = { '（': 'round', '(': 'round', '）': 'round', ')': 'round', '《': 'title', '》': 'title', '〔': 'tortoise', '〕': 'tortoise' }
const OPENERS = '（(《〔'
// Jump from bracket to bracket in native code instead of visiting every character.
const BRACKET = /[（()）《》〔〕]/g

/**
 * Report the first bracket in `source[start, end)` that has no partner, so a
 * lost `）` that swallowed a responsibility note is easy to find.
 */
export function checkBrackets(source: string, start: number, end: number, locator: Locator): Diagnostic | null {
  const stack: { kind: string; at: number }[] = []
  // A slice shares the source's characters and keeps the search from running past `end`.
  const text = source.slice(start, end)
  BRACKET.lastIndex = 0
  for (let m = BRACKET.exec(text); m !== null; m = BRACKET.exec(text)) {
    const i = start + m.index
    const ch = m[0]
    const kind = PAIRS[ch] as string
    if (OPENERS.includes(ch)) stack.push({ kind, at: i })
    else if (stack[stack.length - 1]?.kind === kind) stack.pop()
    else return diagnostic('unbalanced-brackets', 'warning', `Closing “${ch}” has no opening partner`, locator.position(i, i + 1))
  }
  const open = stack[0]
  if (!open) return null
  const ch = source[open.at] as string
  return diagnostic('unbalanced-brackets', 'warning', `Opening “${ch}” is never closed`, locator.position(open.at, open.at + 1))
}
