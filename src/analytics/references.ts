import type { Plan } from '../types.js'
import { tasksOf } from './tasks.js'

/** A `《…》` title cited in a text. */
export interface Reference {
  /** The title without its outer brackets: `“十四五”国家知识产权保护和运用规划`. */
  title: string
  /** Index of `《` in the text (UTF-16). */
  start: number
  /** Index just past the matching `》`. */
  end: number
}

const OPEN = '《〈'
const CLOSE = '》〉'

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
  const refs: Reference[] = []
  let from = 0
  while (from < text.length) {
    const open = text.indexOf('《', from)
    if (open < 0) break
    const close = matchingClose(text, open)
    if (close < 0) {
      // An unclosed 《 must not swallow the titles after it: skip it alone.
      from = open + 1
      continue
    }
    const title = text.slice(open + 1, close).trim()
    if (title) refs.push({ title, start: open, end: close + 1 })
    from = close + 1
  }
  return refs
}

/** Index of the bracket closing the `《` at `open`, counting nested 《〈 by depth; -1 if none. */
function matchingClose(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const ch = text[i] as string
    if (OPEN.includes(ch)) depth++
    else if (CLOSE.includes(ch) && --depth === 0) return i
  }
  return -1
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
  return [...new Set(extractReferences(text).map((r) => r.title))]
}

/** The titles one task cites. */
export interface TaskReferences {
  taskId: string
  task: number
  /** Distinct titles in order of first citation (see {@link citedTitles}). */
  titles: string[]
}

/**
 * The titles every task of a plan cites, in document order; tasks citing
 * nothing are left out.
 *
 * @example
 * ```ts
 * planReferences(parsePlan(text))[0]
 * // { taskId: 'c1.s1.t1', task: 1, titles: ['中华人民共和国反垄断法', …] }
 * ```
 */
export function planReferences(plan: Plan): TaskReferences[] {
  return tasksOf(plan)
    .map(({ task }) => ({ taskId: task.id, task: task.number, titles: citedTitles(task.text) }))
    .filter((t) => t.titles.length > 0)
}
