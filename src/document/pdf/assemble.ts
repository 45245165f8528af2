import type { Dropped, Extracted } from '../extracted.js'
import { splitFurniture, type FurnitureLine } from './furniture.js'
import { measureLayout } from './layout.js'
import { groupLines, joinRuns, type Line } from './lines.js'
import { groupParagraphs, lineJoint, type PlacedLine } from './paragraphs.js'
import type { PageRuns } from './runs.js'
import { findTables, rowText, type TableRow } from './tables.js'

/** A piece of the text: a paragraph of lines, or a table row of cells. */
type Block = { kind: 'paragraph'; lines: PlacedLine[] } | { kind: 'row'; row: TableRow }

/**
 * Rebuild the text of a document from the runs of its pages: lines by
 * baseline, page furniture split off, table rows as TSV lines, the other
 * lines joined into paragraphs across lines and pages. Pure: the pdf.js
 * side is in read-pdf.ts.
 */
export function assembleText(pages: readonly PageRuns[]): Omit<Extracted, 'format'> {
  const { body, furniture } = splitFurniture(pages.map((p) => ({ lines: groupLines(p.runs), height: p.height })))
  const layout = measureLayout(body, usualWidth(pages))
  const blocks: Block[] = []
  let flow: PlacedLine[] = []
  const flush = (): void => {
    for (const lines of groupParagraphs(flow, layout)) blocks.push({ kind: 'paragraph', lines })
    flow = []
  }
  const { rows, inTable } = findTables(body, layout)
  body.forEach((lines, page) => {
    for (const line of lines) {
      const row = rows.get(line)
      if (row !== undefined) {
        flush()
        blocks.push({ kind: 'row', row })
      } else if (!inTable.has(line)) flow.push({ line, page })
    }
  })
  flush()
  return write(blocks, furniture, pages.length)
}

/** Lay the blocks out as text, one line each, recording pages, layout lines and what was dropped where. */
function write(blocks: readonly Block[], furniture: readonly FurnitureLine[][], pageCount: number): Omit<Extracted, 'format'> {
  let text = ''
  const pages: number[] = []
  const lineStarts: number[] = []
  const dropped: Dropped[] = []
  let page = -1
  // Furniture goes where it stood: headers when its page starts, footers when the next page starts.
  const enterPage = (next: number): void => {
    while (page < next) {
      if (page >= 0) for (const f of furniture[page] ?? []) if (!f.top) dropped.push(drop(f, page, text.length))
      page++
      pages.push(text.length)
      for (const f of furniture[page] ?? []) if (f.top) dropped.push(drop(f, page, text.length))
    }
  }
  for (const block of blocks) {
    if (block.kind === 'row' && block.row.repeated) {
      enterPage(block.row.page)
      for (let i = 0; i < block.row.lineCount; i++) lineStarts.push(text.length)
      dropped.push({ text: block.row.cells.join('\t'), kind: 'header', at: text.length, page: block.row.page + 1 })
      continue
    }
    if (text !== '') text += '\n'
    if (block.kind === 'row') {
      enterPage(block.row.page)
      for (let i = 0; i < block.row.lineCount; i++) lineStarts.push(text.length)
      text += rowText(block.row.cells)
      continue
    }
    let previous = ''
    for (const { line, page: p } of block.lines) {
      const part = lineText(line)
      const joint = previous === '' ? '' : lineJoint(previous, part)
      text += joint
      enterPage(p)
      lineStarts.push(text.length)
      text += part
      previous = part
    }
  }
  enterPage(pageCount)
  pages.length = Math.min(pages.length, pageCount)
  return { text, pages, lines: lineStarts, dropped }
}

function lineText(line: Line): string {
  return joinRuns(line.runs)
}

function drop(f: FurnitureLine, page: number, at: number): Dropped {
  return { text: f.text, kind: f.kind, at, page: page + 1 }
}

/** The width most pages have (a landscape page or two among portrait ones do not count). */
function usualWidth(pages: readonly PageRuns[]): number {
  const counts = new Map<number, number>()
  for (const { width } of pages) counts.set(Math.round(width), (counts.get(Math.round(width)) ?? 0) + 1)
  let best = 0
  for (const [width, n] of counts) if (n > (counts.get(best) ?? 0)) best = width
  return best
}
