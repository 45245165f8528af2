/**
 * A run of text as pdf.js places it on a page: the string, where its
 * baseline starts, how wide it is, and the font it is set in. Everything
 * after this module works on runs, never on pdf.js objects.
 */
export interface TextRun {
  str: string
  /** Left edge of the run, in PDF units from the page's left. */
  x: number
  /** Baseline, in PDF units from the page's bottom (up is larger). */
  y: number
  width: number
  /** Font size (the text matrix's vertical scale). */
  size: number
  /** pdf.js's font id (subsets of one face get different ids). */
  font: string
  /** The generic family pdf.js guessed for the font (`serif`, `sans-serif`, `monospace`). */
  family: string
}

/** The part of a pdf.js text item this reader uses. */
export interface PdfTextItem {
  str: string
  transform: number[]
  width: number
  height: number
  fontName: string
}

/** One page: its size and its runs, in content-stream order. */
export interface PageRuns {
  width: number
  height: number
  runs: TextRun[]
}

/**
 * Turn pdf.js items into runs. Empty items (pdf.js's end-of-line markers)
 * and white-space-only items are left out: spaces are decided from the gaps
 * between runs. Rotated or vertical text is kept with its horizontal scale.
 */
export function toRuns(items: readonly PdfTextItem[], styles: Record<string, { fontFamily?: string }>): TextRun[] {
  const runs: TextRun[] = []
  for (const item of items) {
    if (item.str.trim() === '') continue
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1
    runs.push({
      str: item.str,
      x: e,
      y: f,
      width: item.width,
      size,
      font: item.fontName,
      family: styles[item.fontName]?.fontFamily ?? '',
    })
  }
  return runs
}
