import { TITLE_CLOSE, TITLE_OPEN, charIs } from '../chars.js'

/** A `《…》` title cited in a text. */
export interface Reference {
  /** The title without its outer brackets: `“十四五”国家知识产权保护和运用规划`. */
  title: string
  /** Index of `《` in the text (UTF-16). */
  start: number
  /** Index just past the matching `》`. */
  end: number
}

/** `《`: only a pair opened by it is a title (`〈…〉` sits inside one). */
const BOOK_TITLE = 0x300a

/**
 * The titles of laws, regulations and plans a text cites, in order. Brackets
 * are matched by depth, so a title citing another
 * (`《关于印发〈专利审查指南〉的通知》`, or `《…《…》…》`) is one reference;
 * quotes inside a title (`《“十四五”国家知识产权保护和运用规划》`) are part of
 * it. An unclosed `《` cites nothing. Repeated titles are listed each time.
 *
 * @example
 * ```ts
 * extractReferences('落实《“十四五”国家知识产权保护和运用规划》和《专利法》。').map((r) => r.title)
 * // ['“十四五”国家知识产权保护和运用规划', '专利法']
 * ```
 */
export function extractReferences(text: string): Reference[] {
  // One pass with a stack: every matched pair is a candidate; the titles are
  // the pairs no other pair contains. An unclosed 《 then cites nothing and
  // hides nothing, and 5 MB of 《 stay linear.
  const pairs: Reference[] = []
  const stack: number[] = []
  for (let i = 0; i < text.length; i++) {
    // Codes, not `text[i]`, which allocates a string per Han character.
    const c = text.charCodeAt(i)
    if (charIs(c, TITLE_OPEN)) stack.push(i)
    else if (charIs(c, TITLE_CLOSE)) {
      const open = stack.pop()
      if (open !== undefined && text.charCodeAt(open) === BOOK_TITLE) pairs.push({ title: text.slice(open + 1, i).trim(), start: open, end: i + 1 })
    }
  }
  // Pairs close inner first; by start, an outer pair comes before what it contains.
  // Titles side by side close in order already: most texts need no sort (a sort allocates).
  if (!inOrder(pairs)) pairs.sort((x, y) => x.start - y.start)
  const refs: Reference[] = []
  let coveredTo = -1
  for (const pair of pairs) {
    if (pair.start < coveredTo) continue
    coveredTo = pair.end
    if (pair.title) refs.push(pair)
  }
  return refs
}

function inOrder(pairs: readonly Reference[]): boolean {
  for (let k = 1; k < pairs.length; k++) if ((pairs[k - 1] as Reference).start > (pairs[k] as Reference).start) return false
  return true
}

/**
 * The distinct titles a text cites, in order of first citation.
 *
 * @example
 * ```ts
 * citedTitles('修改《专利法》，落实《专利法》。') // ['专利法']
 * ```
 */
export function citedTitles(text: string): string[] {
  // Most tasks cite nothing: no scan, and an empty array has no backing store.
  if (!text.includes('《')) return []
  // A task cites a few titles: a look through those kept is all it takes to keep each once.
  const titles: string[] = []
  for (const { title } of extractReferences(text)) if (!titles.includes(title)) titles.push(title)
  // An array of exactly its length: pushes leave spare slots, on every task of a plan.
  return titles.slice()
}

