import { isCjk } from '../../src/document/pdf/cjk-spacing.js'
import type { PageRuns, TextRun } from '../../src/document/pdf/runs.js'

/** Width of a string set at `size`: Chinese 1 em, anything else half of one. */
export const widthOf = (str: string, size = 10) => [...str].reduce((w, ch) => w + (isCjk(ch) ? size : size / 2), 0)

/** A run as pdf.js would give it, as wide as its characters. */
export function run(str: string, x: number, y: number, options: Partial<TextRun> = {}): TextRun {
  const size = options.size ?? 10
  return { str, x, y, width: widthOf(str, size), size, font: 'f1', family: 'serif', ...options }
}

/** A page of 300 × 400 units, body text 10 units high from x 0 to 300 (30 Chinese characters a line), lines 15 apart from y 350 down. */
export interface LineSpec {
  text: string
  /** Indent in characters (default 0). */
  indent?: number
  size?: number
  family?: string
  /** Baseline; by default 15 below the previous line's. */
  y?: number
}

export function page(lines: readonly (string | LineSpec)[], extra: TextRun[] = []): PageRuns {
  let y = 365
  const runs = lines.map((spec) => {
    const { text, indent = 0, size = 10, family = 'serif', y: at } = typeof spec === 'string' ? { text: spec } : spec
    y = at ?? y - 15
    return run(text, indent * 10, y, { size, family })
  })
  return { width: 300, height: 400, runs: [...runs, ...extra] }
}

/** A full line of 30 Chinese characters. */
export const full = (seed: string) => seed.repeat(Math.ceil(30 / seed.length)).slice(0, 30)
