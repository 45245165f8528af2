/**
 * The seed and a second plan taken through every transformation a plan meets
 * on its way to an analyst: each variant must give the same tree, the same
 * departments and byDuty flags, and positions that slice the variant's own
 * input back to each marker.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parsePlan } from '../src/parse-plan.js'
import type { Plan } from '../src/types.js'
import { counts, misplaced, stripPinyin, summary, unescapeMarkdown } from './helpers/summary.js'
import * as V from './helpers/variants.js'

const PLANS = [
  { file: 'fixtures/ip-plan-2021-2022.txt', expected: { chapters: 7, sections: 11, tasks: 115, byDuty: 21, multi: 59 } },
  { file: 'fixtures/plan-b-standards-2023.txt', expected: { chapters: 3, sections: 4, tasks: 15, byDuty: 3, multi: 9 } },
]

type Variant = { name: string; make: (text: string) => string | Uint8Array; decode?: (bytes: Uint8Array) => string; clean?: (slice: string) => string }

const VARIANTS: Variant[] = [
  { name: 'Markdown, headings and paragraphs', make: V.markdownHeadings, clean: unescapeMarkdown },
  { name: 'Markdown, headings and ordered lists', make: V.markdownLists, clean: unescapeMarkdown },
  { name: 'HTML <p> blocks', make: V.html },
  { name: 'traditional characters', make: V.traditional },
  { name: 'traditional characters, Hong Kong forms', make: V.hongKong },
  { name: 'GB18030 bytes', make: V.gb18030, decode: (b) => new TextDecoder('gb18030').decode(b) },
  { name: 'UTF-16LE bytes with BOM', make: (t) => V.utf16(t, 'le'), decode: (b) => new TextDecoder('utf-16le', { ignoreBOM: true }).decode(b) },
  { name: 'UTF-16BE bytes with BOM', make: (t) => V.utf16(t, 'be'), decode: (b) => new TextDecoder('utf-16be', { ignoreBOM: true }).decode(b) },
  { name: 'ASCII punctuation', make: V.asciiPunctuation },
  { name: 'flattened to one line', make: V.flattened },
  { name: 'the whole page on one line, closing rule included', make: V.flattenedWhole },
  { name: 'hard-wrapped at 30 with page footers', make: (t) => V.pdfCopy(t, 30) },
  { name: 'pinyin injected', make: V.pinyin },
  { name: 'CRLF', make: V.crlf },
  { name: 'chapter marker with a space, full-width digits, NBSP and ideographic spaces', make: V.spaced },
  // Transformations come in combinations.
  { name: 'Markdown lists with CRLF, as GB18030 bytes', make: (t) => V.gb18030(V.crlf(V.markdownLists(t))), decode: (b) => new TextDecoder('gb18030').decode(b), clean: unescapeMarkdown },
  { name: 'HTML of a flattened web copy with pinyin', make: (t) => V.html(V.pinyin(V.flattened(t))), clean: stripPinyin },
  { name: 'PDF copy with CRLF and ASCII punctuation', make: (t) => V.crlf(V.pdfCopy(V.asciiPunctuation(t), 30)) },
]

// ASCII punctuation is kept as written in `text` (both widths are matched, nothing is rewritten).
const wide = (s: string) => s.replace(/\(/g, '（').replace(/\)/g, '）').replace(/,/g, '，').replace(/:/g, '：').replace(/;/g, '；')

describe.each(PLANS)('$file', ({ file, expected }) => {
  const plain = readFileSync(file, 'utf8')
  const reference = parsePlan(plain)

  const warnings = (plan: Plan) => plan.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.ruleId, d.reason])

  test('plain text gives the hand-checked counts and no diagnostics but names the registry lacks', () => {
    expect(counts(reference)).toEqual(expected)
    expect(misplaced(reference, plain)).toEqual([])
    expect(reference.diagnostics.filter((d) => d.ruleId !== 'unknown-department')).toEqual([])
  })

  test.each(VARIANTS)('$name', ({ name, make, decode, clean }) => {
    const variant = make(plain)
    const plan: Plan = parsePlan(variant)
    const input = typeof variant === 'string' ? variant : (decode as (b: Uint8Array) => string)(variant)

    expect(counts(plan)).toEqual(expected)
    expect(misplaced(plan, input, clean)).toEqual([])
    // The same warnings as the plain text (names the registry lacks), nothing else.
    expect(warnings(plan)).toEqual(warnings(reference))
    expect(plan.position.end.offset).toBe(input.length)

    const got = summary(plan)
    const want = summary(reference)
    if (name.startsWith('traditional characters')) {
      // Character-level conversion does not undo every word OpenCC's cn→tw
      // chose (瞭解 stays: 瞭 is also a simplified character); departments must match.
      const who = (s: typeof got) => s.map((n) => ('departments' in n ? [n.id, n.departments, n.byDuty] : [n.id]))
      expect(who(got)).toEqual(who(want))
    } else if (name.includes('ASCII punctuation')) {
      expect(JSON.parse(JSON.stringify(got), (_, v: unknown) => (typeof v === 'string' ? wide(v) : v))).toEqual(want)
    } else {
      expect(got).toEqual(want)
    }
  })

  test('page footers and pinyin are reported as dropped, where they stand in the input', () => {
    const pdf = V.pdfCopy(plain, 30)
    const footers = parsePlan(pdf).diagnostics.filter((d) => d.ruleId === 'page-footer')
    expect(footers).toHaveLength((pdf.match(/^(?:—|-) \d+ (?:—|-)$/gm) ?? []).length)
    for (const d of footers) expect(pdf.slice(d.place.start.offset, d.place.end.offset)).toMatch(/^(?:—|-) \d+ (?:—|-)$/)

    const annotated = V.pinyin(plain)
    const pinyin = parsePlan(annotated).diagnostics.filter((d) => d.ruleId === 'pinyin-annotation')
    expect(pinyin).toHaveLength((annotated.match(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/g) ?? []).length)
    for (const d of pinyin) expect(annotated.slice(d.place.start.offset, d.place.end.offset)).toMatch(/^\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)$/)
  })
})
