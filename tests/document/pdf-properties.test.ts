import fc from 'fast-check'
import { expect, test } from 'vitest'
import { assembleText } from '../../src/document/pdf/assemble.js'
import type { PageRuns } from '../../src/document/pdf/runs.js'
import { PROPERTY } from '../property/arbitraries.js'
import { run } from './pdf-runs.js'

/** Lines of 30 Chinese characters on pages of 20 lines, first lines indented by 2, a `- n -` footer. */
const WIDTH = 30
const LINES_PER_PAGE = 20

/**
 * Set paragraphs as a word processor would: wrapped at the right margin,
 * pages filled to the bottom (a paragraph goes on over the break) and
 * numbered in the footer. Indents are first-line (公文: first lines 2
 * characters in) or hanging (Word's numbered lists: `1.` at the margin,
 * the lines after it 3 characters in).
 */
function typeset(paragraphs: readonly string[], style: 'first-line' | 'hanging'): PageRuns[] {
  const lines: Array<{ text: string; indent: number }> = []
  for (const paragraph of paragraphs) {
    let rest = paragraph
    let indent = style === 'first-line' ? 2 : 0
    while (rest !== '') {
      const take = WIDTH - indent
      lines.push({ text: rest.slice(0, take), indent })
      rest = rest.slice(take)
      indent = style === 'first-line' ? 0 : 3
    }
  }
  const pages: PageRuns[] = []
  for (let start = 0; start < lines.length; start += LINES_PER_PAGE) {
    const runs = lines.slice(start, start + LINES_PER_PAGE).map((line, i) => run(line.text, line.indent * 10, 365 - 15 * i))
    runs.push(run(`- ${pages.length + 1} -`, 140, 20))
    pages.push({ width: 300, height: 400, runs })
  }
  return pages
}

const HAN = [...'知识产权保护运用管理服务强国建设推进计划实施加强完善制度体系']
const sentence = (minLength: number) => fc.array(fc.constantFrom(...HAN), { minLength, maxLength: 70 }).map((chars) => `${chars.join('')}。`)
// Some paragraphs of several lines, as in any plan, so that the margins can be measured.
const document = fc.tuple(fc.array(sentence(1), { maxLength: 30 }), fc.array(sentence(WIDTH * 2), { minLength: 2, maxLength: 4 }))
  .chain(([short, long]) => fc.shuffledSubarray([...short, ...long], { minLength: short.length + long.length }))

test.each(['first-line', 'hanging'] as const)('paragraphs set with %s indents over lines and pages read back as they were, page numbers dropped', (style) => {
  fc.assert(
    fc.property(document, (drawn) => {
      // Numbered as list items, as hanging indents are.
      const paragraphs = style === 'hanging' ? drawn.map((p, i) => `${i + 1}.${p}`) : drawn
      const pages = typeset(paragraphs, style)
      const { text, dropped } = assembleText(pages)
      expect(text).toBe(paragraphs.join('\n'))
      expect(dropped.map((d) => [d.kind, d.page])).toEqual(pages.map((_, i) => ['page-number', i + 1]))
    }),
    { ...PROPERTY, numRuns: Math.min(PROPERTY.numRuns, 200) },
  )
}, 60_000)
