import type { Dropped } from '../extracted.js'
import { joinRuns, type Line } from './lines.js'

/** A page's lines, and the size of the page they sit on. */
export interface PageLines {
  lines: Line[]
  height: number
}

/** A line left out of the text, and why. */
export interface FurnitureLine {
  line: Line
  text: string
  kind: Dropped['kind']
  /** In the top band (else the bottom one). */
  top: boolean
}

/** The share of the page height, from the top or the bottom edge, where running headers and footers sit. */
const BAND = 0.12

/**
 * Running page numbers as they are printed, white space taken out: `— 3 —`,
 * `- 3 -`, `3`, `第3页`, `第 3 页 共 12 页`, `3/12`, `Page 3 of 12`. One
 * pattern per form, each linear (no two parts can match the same text).
 */
const PAGE_NUMBERS = [
  /^[-—–－~～·•]*\d{1,4}[-—–－~～·•]*$/,
  /^第\d{1,4}页(?:[,，/]?共\d{1,4}页)?$/,
  /^\d{1,4}[/／]\d{1,4}$/,
  /^page\d{1,4}(?:(?:of|\/)\d{1,4})?$/i,
]

/** Is this the text of a running page number? */
export function isPageNumber(text: string): boolean {
  const bare = text.replace(/\s+/g, '')
  return PAGE_NUMBERS.some((pattern) => pattern.test(bare))
}

/** A header or footer repeats on at least this share of the pages (and on three pages at least). */
const REPEATED_SHARE = 0.5

/**
 * Split off each page's furniture: page numbers in the top or bottom band,
 * and text in those bands repeated on many pages (a running header such as
 * the document's title, a footer with the issuer's name). Digits are
 * ignored when comparing, so `2024年第3期` on every page counts as one text.
 * Only the outermost lines of a page are candidates, so a body line that
 * happens to sit low on a page is never taken.
 */
export function splitFurniture(pages: readonly PageLines[]): { body: Line[][]; furniture: FurnitureLine[][] } {
  const candidates = pages.map(bandLines)
  const counts = new Map<string, number>()
  for (const page of candidates) {
    for (const key of new Set(page.map((c) => repeatKey(c.text)))) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const needed = Math.max(3, Math.ceil(pages.length * REPEATED_SHARE))
  const body: Line[][] = []
  const furniture: FurnitureLine[][] = []
  pages.forEach((page, index) => {
    const dropped: FurnitureLine[] = []
    for (const c of candidates[index] as Candidate[]) {
      if (isPageNumber(c.text)) dropped.push({ line: c.line, text: c.text, kind: 'page-number', top: c.top })
      else if (pages.length >= 3 && (counts.get(repeatKey(c.text)) ?? 0) >= needed) {
        dropped.push({ line: c.line, text: c.text, kind: c.top ? 'header' : 'footer', top: c.top })
      }
    }
    const gone = new Set(dropped.map((d) => d.line))
    body.push(page.lines.filter((line) => !gone.has(line)))
    furniture.push(dropped)
  })
  return { body, furniture }
}

interface Candidate {
  line: Line
  text: string
  top: boolean
}

/** The lines of the top and bottom bands: the first two and last two lines, when inside the band. */
function bandLines(page: PageLines): Candidate[] {
  const { lines, height } = page
  const picked: Candidate[] = []
  const take = (line: Line | undefined, top: boolean): void => {
    if (line === undefined || picked.some((c) => c.line === line)) return
    const inBand = top ? line.y >= height * (1 - BAND) : line.y <= height * BAND
    if (inBand) picked.push({ line, text: joinRuns(line.runs), top })
  }
  take(lines[0], true)
  take(lines[1], true)
  take(lines.at(-1), false)
  take(lines.at(-2), false)
  // In reading order, as they are reported.
  return picked.sort((a, b) => lines.indexOf(a.line) - lines.indexOf(b.line))
}

function repeatKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, '')
}
