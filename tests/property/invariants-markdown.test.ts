import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { damagedMarkdown, MARKDOWN_FIXTURES, markdownPlan, PROPERTY } from './arbitraries.js'
import { markdownViolation } from './invariants.js'

/**
 * Markdown-decorated inputs read as Markdown keep the positional invariants:
 * never a throw, positions in order, and every leaf's span slices its own
 * text out of the input, the syntax left out (headings, quotes, lists,
 * emphasis, links, code spans and fenced or indented code blocks).
 */
describe.each([
  // A damaged fixture is some 15 KB, a hundred times a generated plan: a fifth of the runs, sized by count.
  ['plan-shaped lines as Markdown', markdownPlan, PROPERTY],
  ['damaged Markdown fixtures', damagedMarkdown, { ...PROPERTY, numRuns: Math.max(10, Math.ceil(PROPERTY.numRuns / 5)) }],
] as const)('%s', (_name, arbitrary, parameters) => {
  it('never throws and keeps schema, positions and lossless', () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        expect(markdownViolation(input)).toBeNull()
      }),
      parameters,
    )
  }, 300_000)
})

describe('Markdown counterexamples', () => {
  it.each([
    // A fenced block: every line of it where it stands, not the whole block at one place.
    '# 一、总体\n\n```\n1. 甲。（知识产权局负责）\n2. 乙。（知识产权局负责）\n```\n',
    // An indented block, in a list item and at the margin.
    '# 一、总体\n\n    1. 甲。（知识产权局负责）\n    2. 乙。（知识产权局负责）\n',
    '1. 推进\n\n       3. 甲。（知识产权局负责）\n       4. 乙。（知识产权局负责）\n',
    // A quote's continuation lines: the `>` of the second line lies in no leaf.
    '# 一、总体\n\n> 1. 推进\n> 工作。（知识产权局负责）\n',
    // Lazy numbering: the markers are the `1.` written, not the `2.` read.
    '# 一、总体\n\n1. 甲。（知识产权局负责）\n1. 乙。（知识产权局负责）\n1. 丙。（知识产权局负责）\n',
    // A lone CR ends the fence's line: the block's text starts on the next.
    '~~~~1.\r\r\n1.（负责）\n',
    // A tab the list item's indent took part of.
    '- ~~~~（负责）\n\t[]第1章(\n',
    // A <br> is syntax: in no leaf.
    '<br>1.\n',
    // A code span over a line break.
    '# 一、总体\n\n1. 推进`工\n作`。（知识产权局负责）\n',
    // micromark drops a BOM a piece starts with: a second BOM after the first must not shift offsets.
    '\ufeff\ufeff](2)',
    '\ufeff\ufeff\ufeff# 一、总体\n\n1. 甲。（知识产权局负责）\n',
  ])('%j keeps every invariant', (input) => {
    expect(markdownViolation(input)).toBeNull()
  })

  it.each([...MARKDOWN_FIXTURES.keys()])('the bundled %s keeps every invariant', (name) => {
    expect(markdownViolation(MARKDOWN_FIXTURES.get(name) as string)).toBeNull()
  })
})
