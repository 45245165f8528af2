import { isSpace, runText } from './cjk-spacing.js'
import type { TextRun } from './runs.js'

/** Runs that share a baseline, left to right. */
export interface Line {
  runs: TextRun[]
  /** Baseline (of the first run placed on it). */
  y: number
  /** Left edge of the first run. */
  left: number
  /** Right edge of the last run. */
  right: number
  /** Font size most of the line's characters are set in. */
  size: number
  /** Generic family most of the line's characters are set in. */
  family: string
}

/** Runs whose baselines differ by less than this share of the font size are on one line (sub/superscripts, mixed fonts). */
const BASELINE_TOLERANCE = 0.35

/**
 * Group a page's runs into lines by baseline, top to bottom, each ordered by x.
 * Sorting by baseline rather than trusting stream order: producers write
 * runs in any order (headers last, corrections appended).
 */
export function groupLines(runs: readonly TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: TextRun[][] = []
  let current: TextRun[] = []
  let baseline = Number.NaN
  for (const run of sorted) {
    const tolerance = BASELINE_TOLERANCE * Math.max(run.size, current[0]?.size ?? 0)
    if (current.length > 0 && Math.abs(baseline - run.y) <= tolerance) current.push(run)
    else {
      if (current.length > 0) groups.push(current)
      current = [run]
      baseline = run.y
    }
  }
  if (current.length > 0) groups.push(current)
  return groups.map(toLine)
}

function toLine(runs: TextRun[]): Line {
  runs.sort((a, b) => a.x - b.x)
  const first = runs[0] as TextRun
  const last = runs.reduce((a, b) => (b.x + b.width > a.x + a.width ? b : a))
  return {
    runs,
    y: first.y,
    left: first.x,
    right: last.x + last.width,
    size: dominant(runs, (r) => Math.round(r.size * 10) / 10) as number,
    family: dominant(runs, (r) => r.family) as string,
  }
}

/** The value most characters of the runs have. */
function dominant<T>(runs: readonly TextRun[], key: (run: TextRun) => T): T {
  const weights = new Map<T, number>()
  for (const run of runs) weights.set(key(run), (weights.get(key(run)) ?? 0) + run.str.length)
  let best = key(runs[0] as TextRun)
  for (const [value, weight] of weights) if (weight > (weights.get(best) ?? 0)) best = value
  return best
}

/**
 * The text of some runs of one line: each run's own text, with a space
 * between two runs where their gap is one ({@link isSpace}).
 */
export function joinRuns(runs: readonly TextRun[]): string {
  let text = ''
  let end = Number.NaN
  for (const run of runs) {
    const part = runText(run)
    if (part === '') continue
    if (text !== '' && isSpace(text.at(-1), part[0], (run.x - end) / run.size) && !text.endsWith(' ')) text += ' '
    text += part
    end = run.x + run.width
  }
  return text.trim()
}
