import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePlan } from '../../src/index.js'
import { ALL_FIXTURES, anyText, damagedFixture, FIXTURES, planLines, planNoise, PROPERTY } from './arbitraries.js'
import { violation } from './invariants.js'

/**
 * One property per input family: parsing never throws in lenient mode, and
 * the output keeps every invariant (schema, positions, lossless, round trip).
 */
describe.each([
  ['plan-shaped lines', planLines],
  ['plan-shaped noise', planNoise],
  ['arbitrary strings', anyText],
  ['damaged fixtures', damagedFixture],
])('%s', (_name, arbitrary) => {
  it('never throws and keeps every invariant', () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        expect(violation(input)).toBeNull()
      }),
      PROPERTY,
    )
  }, 300_000)
})

/** Inputs fast-check once shrank a failure to, kept so that they stay fixed whatever the seed. */
describe('past counterexamples', () => {
  it.each([
    // A note ahead of a title that starts like a marker after a bracket goes after the title.
    '一、1）（知识产权局负责）（）',
    // No space before a run-in label after a closing bracket: there a flattened body would be cut.
    '（1）（一）责任单位：\n（二）》（1）一、（负责）',
    // A note that runs on past the heading's line ends the title where it opens.
    '一、[责任单位：\n&一、】（负责）',
    // A flattened split the tokenizer does not take joins back with its space.
    '2．知识产权局 二十 二、一、',
    // A task's wording is not cut after a Han character, however toText lays it out.
    '1.（负责\n二 一、\r；',
    // Markdown text comes from the input, not from remark's U+FFFD for NUL.
    '__\u0000',
    // A thematic break is kept as written; emphasis marks are syntax, in no leaf.
    '___',
    '__\u0000_',
    // Diagnostics compare as a multiset: toText moves the sub-measure's note ahead of `)`.
    '一、）\ufeff１２．)（负责\n一、按职责分工分别负责)（知识产权局负责）',
    // toText breaks the line inside `一、`, which on one line would be cut off after `)`.
    '1.（三)\ufeff一、\n（负责）',
    // A marker kept as written (第三節), not as read (第三节).
    '第三節一、',
    // A bare 第1条 whose words, written after it, would make it a citation: it stays alone on its line.
    '第1条\n第1章，',
    // Mid-line, a unit starts only past what the markers before it were judged by (一、十一、 is a list).
    '第一章十一、十一、',
    '②(十二）一、十一、（1）（负责）',
    // A bare 第二条 where a line ends, joined with the next line in a task: toText breaks it.
    '一、加强第1条]第二条\n（二）（负责）',
    // A number out of turn is read by the run it starts only from the very next line (one task's text apart).
    '①\n（十一）.\n第1章\n第1条\n（十二）',
    // A sub-item at a line start is text until the tree has item nodes, whatever the count of those before it.
    '1.（负责）\n①（负责）\n①',
    // A sub-item whose words start with another marker is none, mid-line: toText cannot keep a ① followed by 一、 apart.
    '1.②一、（负责）.\n①（知识产权局负责）\n（知识产权局负责）',
    '第1条\n第二章（1）①一、（负责）',
    // A space clean-up leaves at a line's end is no chapter's delimiter; the flattened split asks whether the
    // unit the tokenizer may start last (after a closing bracket) is a task, not the line's first piece.
    '（2）（一）二十 一、一、',
    // Pinyin after a line a copy wrapped, and pinyin twice: dropped, not glued into the one-line task toText writes.
    '一、总体\n1. 推进知识产\n(chǎn)权保护。（知识产权局负责）',
    '一、总体\n1. 推进知(zhī)(zhī)识产权保护。（知识产权局负责）',
    // A paragraph starting `# ` (plain where it stood indented): toText's output is not read as Markdown.
    '说明\n  # 备注\n一、总体\n1. 推进。（知识产权局负责）',
    // A label clause run in after a heading's marker is written whole, not broken inside a marker it holds.
    '一、责任单位：；一、。',
    '一、责任单位：)一、2021',
    // A label clause on a line of its own under a unit with no wording stays there (run in, it took `9999.` along).
    '1.\n责任单位：\n9999.',
    // Under a heading (whose position runs over its body), and after one run in after the marker.
    '一、[\r责任单位：',
    '一、责任单位：\n责任单位：',
    // Punctuation after a parent's note on a line of its own after the sub-items is the parent's trailing leaf.
    '1.(二)1）。\n（负责）；',
    '（一）\n①…\u2028（负责）；',
    // toText's break inside `一、` left `（1）一` at a line's end, a sub-item with words: it is checked by the tokenizer too.
    '第1节\n一、知识产权局（1）一、。',
  ])('%j keeps every invariant', (input) => {
    expect(violation(input)).toBeNull()
  })
})

describe('undamaged fixtures', () => {
  it.each([...ALL_FIXTURES.keys()])('%s keeps every invariant', (name) => {
    expect(violation(ALL_FIXTURES.get(name) as string)).toBeNull()
  })

  it('the seed still parses to its known counts after the leaf-span changes', () => {
    const plan = parsePlan(FIXTURES.get('ip-plan-2021-2022.txt') as string)
    const chapters = plan.children.filter((c) => c.type === 'chapter')
    const sections = chapters.flatMap((c) => c.children.filter((s) => s.type === 'section'))
    const tasks = chapters.flatMap((c) => c.children.flatMap((n) => (n.type === 'task' ? [n] : n.type === 'section' ? n.children.filter((t) => t.type === 'task') : [])))
    expect([chapters.length, sections.length, tasks.length]).toEqual([7, 11, 115])
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 115 }, (_, k) => k + 1))
    expect(tasks.filter((t) => t.responsibility?.byDuty)).toHaveLength(21)
    expect(tasks.filter((t) => (t.responsibility?.departments.length ?? 0) > 1)).toHaveLength(59)
  })
})
