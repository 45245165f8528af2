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
 * each first line indented, pages filled to the bottom (a paragraph goes
 * on over the break) and numbered in the footer.
 */
function typeset(paragraphs: readonly string[]): PageRuns[] {
  const lines: Array<{ text: string; indent: number }> = []
  for (const paragraph of paragraphs) {
    let rest = paragraph
    let indent = 2
    while (rest !== '') {
      const take = WIDTH - indent
      lines.push({ text: rest.slice(0, take), indent })
      rest = rest.slice(take)
      indent = 0
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

test('paragraphs set over lines and pages read back as they were, page numbers dropped', () => {
  fc.assert(
    fc.property(document, (paragraphs) => {
      const pages = typeset(paragraphs)
      const { text, dropped } = assembleText(pages)
      expect(text).toBe(paragraphs.join('\n'))
      expect(dropped.map((d) => [d.kind, d.page])).toEqual(pages.map((_, i) => ['page-number', i + 1]))
    }),
    { ...PROPERTY, numRuns: Math.min(PROPERTY.numRuns, 200) },
  )
}, 60_000)
