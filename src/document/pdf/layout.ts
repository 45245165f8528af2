import type { Line } from './lines.js'

/** What the body text of a document looks like: its margins, size and line pitch. */
export interface Layout {
  /** Left edge of body lines that are not indented. */
  left: number
  /** Right edge full body lines reach. */
  right: number
  /** Font size of most of the text. */
  size: number
  /** Usual distance between the baselines of two lines of one paragraph, per font size. */
  pitch: Map<number, number>
}

/** How much wider than the left margin (in em) the right one may be. */
const ASYMMETRY = 3

/**
 * Measure the body text over the whole document (not page by page: a page
 * holding one short paragraph has no full line to measure its margin on).
 * The left margin is the smallest left edge many lines share, the right one
 * the edge that the longer lines reach (justified lines differ by a point or two).
 * `pageWidth` is the width of most pages.
 */
export function measureLayout(pages: readonly Line[][], pageWidth: number): Layout {
  const lines = pages.flat()
  const sizes = new Map<number, number>()
  for (const line of lines) sizes.set(line.size, (sizes.get(line.size) ?? 0) + chars(line))
  let size = 0
  for (const [s, weight] of sizes) if (weight > (sizes.get(size) ?? -1)) size = s

  const body = lines.filter((line) => line.size === size)
  const lefts = new Map<number, number>()
  for (const line of body) lefts.set(Math.round(line.left), (lefts.get(Math.round(line.left)) ?? 0) + 1)
  const shared = Math.max(2, body.length * 0.1)
  const common = [...lefts].filter(([, n]) => n >= shared).map(([x]) => x)
  const left = common.length > 0 ? Math.min(...common) : Math.min(...body.map((l) => l.left))
  const rights = body.map((l) => l.right).sort((a, b) => a - b)
  // A document of a few short lines has no full line to measure: there the
  // text block is taken to end where it would with margins alike on both
  // sides, less some room for a wider right one.
  const right = Math.max(rights[Math.floor((rights.length - 1) * 0.9)] ?? 0, pageWidth - left - ASYMMETRY * size)

  const steps = new Map<number, number[]>()
  for (const page of pages) {
    for (let i = 1; i < page.length; i++) {
      const [a, b] = [page[i - 1] as Line, page[i] as Line]
      if (a.size === b.size && a.y > b.y) (steps.get(a.size) ?? steps.set(a.size, []).get(a.size))?.push(a.y - b.y)
    }
  }
  const pitch = new Map<number, number>()
  for (const [s, list] of steps) pitch.set(s, median(list))
  return { left, right, size, pitch }
}

function chars(line: Line): number {
  let n = 0
  for (const run of line.runs) n += run.str.length
  return n
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}
