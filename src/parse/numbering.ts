import { diagnostic } from '../diagnostics.js'
import { isPartLine } from '../lex/part.js'
import { lowerBound } from '../util/lower-bound.js'
import type { Diagnostic, Plan, Task, Unit } from '../types.js'

type Numbered = Unit
type Node = Plan['children'][number]

const LABEL: Record<Numbered['type'], string> = { chapter: 'Chapter', section: 'Section', task: 'Task', item: 'Item' }

/**
 * The first and last numbers strictly between `prev` and `next` that appear
 * nowhere in `sorted` (distinct, ascending), or `null` if none is missing.
 * Found by binary search, not by walking the gap: a jump from 1 to 9999 after
 * every heading must not cost ten thousand steps each.
 */
export function missingBetween(sorted: readonly number[], prev: number, next: number): [number, number] | null {
  const i = lowerBound(sorted, prev + 1)
  const j = lowerBound(sorted, next)
  if (j - i >= next - prev - 1) return null
  // Distinct ascending integers: sorted[m] - m never decreases, so the run of
  // numbers present right after `prev` is a prefix, and right before `next` a suffix.
  let lo = i
  let hi = j
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] === prev + 1 + (mid - i)) lo = mid + 1
    else hi = mid
  }
  const first = prev + 1 + (lo - i)
  lo = i
  hi = j
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] === next - j + mid) hi = mid
    else lo = mid + 1
  }
  return [first, next - 1 - (j - lo)]
}

/**
 * How many diagnostics of one rule a plan's numbering reports one by one.
 * Past it the numbering is not what the parser takes it for (a list
 * restarted thousands of times), and one more diagnostic counts the rest,
 * at the first of them, as `unbalanced-brackets` does: each is some three
 * hundred bytes.
 */
export const MAX_NUMBERING_DIAGNOSTICS = 100

type RunRule = 'numbering-start' | 'numbering-duplicate' | 'numbering-out-of-order' | 'numbering-gap'

/** Reports of a plan's runs, one by one up to {@link MAX_NUMBERING_DIAGNOSTICS} per rule, then counted. */
class RunReport {
  private readonly shown = new Map<RunRule, number>()
  private readonly more = new Map<RunRule, { count: number; node: Numbered }>()

  constructor(private readonly out: Diagnostic[]) {}

  push(rule: RunRule, message: string, node: Numbered): void {
    const shown = this.shown.get(rule) ?? 0
    if (shown < MAX_NUMBERING_DIAGNOSTICS) {
      this.shown.set(rule, shown + 1)
      this.out.push(diagnostic(rule, message, node.position))
      return
    }
    const more = this.more.get(rule)
    if (more) more.count++
    else this.more.set(rule, { count: 1, node })
  }

  close(): void {
    for (const [rule, { count, node }] of this.more) {
      this.out.push(diagnostic(rule, `${count} more ${rule} from ${LABEL[node.type].toLowerCase()} ${node.number} (${node.marker}) on, not reported one by one`, node.position))
    }
  }
}

/**
 * Check one run of numbers that should count 1, 2, 3…. Missing numbers are
 * reported only when they appear nowhere in the run, so two swapped items
 * give one out-of-order report, not a gap and a step back.
 */
function checkRun(run: readonly Numbered[], out: Diagnostic[], report: RunReport, from = 1): void {
  const first = run[0]
  if (!first) return
  // A plan numbered 1, 2, 3… has nothing to report: no sets, no sort.
  let counted = 0
  while (counted < run.length && (run[counted] as Numbered).number === counted + from) counted++
  if (counted === run.length) return
  const sorted = [...new Set(run.map((n) => n.number))].sort((a, b) => a - b)
  const seen = new Set<number>()
  const label = LABEL[first.type]
  if (first.number !== from) {
    report.push('numbering-start', `${label} numbering starts at ${first.number} (${first.marker}), not 1`, first)
  }
  let prev = first.number - 1
  for (const node of run) {
    const n = node.number
    if (seen.has(n)) {
      report.push('numbering-duplicate', `${label} ${n} (${node.marker}) appears more than once`, node)
    } else if (n < prev) {
      report.push('numbering-out-of-order', `${label} ${n} (${node.marker}) comes after ${label.toLowerCase()} ${prev}`, node)
    } else if (n > prev + 1) {
      const missing = missingBetween(sorted, prev, n)
      if (missing) {
        const range = missing[0] === missing[1] ? `${missing[0]}` : `${missing[0]}–${missing[1]}`
        report.push('numbering-gap', `${label} numbering skips ${range} before ${label.toLowerCase()} ${n} (${node.marker})`, node)
      }
    }
    seen.add(n)
    prev = n
  }
}

/**
 * Check a run that may go on from the number where the same family stopped
 * under the parent before (`before`), as State Council documents number
 * sections on across chapters: then it is reported once as going on, and
 * checked from there. Gives the run's last number, or `before` if it is empty.
 */
function checkGoingOn(run: readonly Numbered[], before: number, parent: string, out: Diagnostic[], report: RunReport): number {
  const first = run[0]
  if (first && first.number !== 1 && first.number === before + 1) {
    out.push(diagnostic('numbering-continues', `${LABEL[first.type]} numbering goes on from ${parent} at ${first.number} (${first.marker})`, first.position))
    checkRun(run, out, report, first.number)
  } else checkRun(run, out, report)
  return run.length > 0 ? (run[run.length - 1] as Numbered).number : before
}

/**
 * Numbering diagnostics for a whole tree: chapters in one run, sections in a
 * run per chapter, tasks in one run that restarts where a container's first
 * task is numbered 1 again (plans that number tasks per section).
 */
export function checkNumbering(children: Plan['children']): Diagnostic[] {
  const out: Diagnostic[] = []
  const report = new RunReport(out)
  const chapters: Numbered[] = []
  const taskRuns: Task[][] = [[]]
  // The last section number of the chapter before: State Council documents number sections on across chapters.
  let lastSection = 0
  // The last sub-item number under the unit before: `（n）` tasks may number on across sections too.
  let lastItem = 0

  function visit(nodes: readonly Node[]): void {
    let firstTask = true
    const sections: Numbered[] = []
    const items: Numbered[] = []
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        // A part of the document (`第二部分 重点任务`) numbers its chapters afresh.
        if (nodes === children && isPartLine(node.text, 0, node.text.length) && chapters.length > 0) checkRun(chapters.splice(0), out, report)
        continue
      }
      if (node.type === 'chapter') chapters.push(node)
      else if (node.type === 'section') sections.push(node)
      else if (node.type === 'item') items.push(node)
      else {
        const run = taskRuns[taskRuns.length - 1] as Task[]
        if (firstTask && node.number === 1 && run.length > 0) taskRuns.push([node])
        else run.push(node)
        firstTask = false
      }
      if ('children' in node && node.children) visit(node.children)
    }
    lastSection = checkGoingOn(sections, lastSection, 'the previous chapter', out, report)
    lastItem = checkGoingOn(items, lastItem, 'the unit before', out, report)
  }

  visit(children)
  checkRun(chapters, out, report)
  for (const run of taskRuns) checkRun(run, out, report)
  report.close()
  return out
}
