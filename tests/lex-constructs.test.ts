/**
 * The construct table: each family's shape, the dispatch derived from it,
 * and the sequence rules per family (tests of the whole tokenizer on
 * hand-made documents are in lex-fixtures.test.ts).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize } from '../src/index.js'
import { constructNamed, constructs, constructsAt, findMarker, startChars } from '../src/lex/constructs/index.js'

const kinds = (text: string) => tokenize(text).map((t) => [t.construct ?? 'text', t.value])

describe('the table', () => {
  it('lists every family once, outermost first, with the ranks of the Token contract', () => {
    expect(constructs.map((c) => [c.name, c.level, c.rank])).toEqual([
      ['zhang', 'chapter', 0], ['jie', 'section', 1], ['chapter', 'chapter', 2], ['section', 'section', 3],
      ['task', 'task', 4], ['tiao', 'task', 4], ['paren-item', 'item', 5], ['half-paren-item', 'item', 6], ['circled', 'item', 7],
    ])
  })

  it('dispatches every start character to exactly the families that can start with it', () => {
    for (const construct of constructs) {
      for (const ch of startChars(construct)) expect(constructsAt(ch.charCodeAt(0))).toContain(construct)
    }
    expect(constructsAt('推'.charCodeAt(0))).toEqual([])
    expect(constructsAt(Number.NaN)).toEqual([])
  })

  it('has families that never overlap: at most one matches anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('第', '一', '十', '1', '２', '（', '(', '）', ')', '、', '.', '．', '章', '节', '条', '①', '⑳', ' ', '甲'), { maxLength: 8 }), (parts) => {
        const text = parts.join('')
        expect(constructs.filter((c) => c.match(text, 0, text.length) !== null).length).toBeLessThanOrEqual(1)
      }),
    )
  })
})

type Case = readonly [text: string, value: number | null, marker?: string]

const SHAPES: ReadonlyArray<readonly [string, readonly Case[]]> = [
  ['zhang', [['第一章 总则', 1, '第一章'], ['第12章总则', 12, '第12章'], ['第三章和第四章', null]]],
  ['jie', [['第一节 部门职责', 1, '第一节'], ['第二節保障', 2, '第二節'], ['第一节中', null]]],
  ['tiao', [['第三条 建立机制。', 3, '第三条'], ['第十二條本办法', 12, '第十二條'], ['第三条所称单位', null], ['第三条、第四条', null]]],
  ['paren-item', [['（1）建立台账', 1, '（1）'], ['(2）建立', 2, '(2）'], ['（ 4 ）建立', 4, '（ 4 ）'], ['（12）推进', 12, '（12）'], ['（2021）推进', null], ['（一）推进', null]]],
  ['half-paren-item', [['1）建立台账', 1, '1）'], ['2) 建立', 2, '2)'], ['１）建立', 1, '１）'], ['2021)建立', null], ['1.建立', null]]],
  ['circled', [['①摸清底数', 1, '①'], ['⑳ 推进', 20, '⑳'], ['㉑推进', null]]],
  ['chapter', [['一、总体要求', 1, '一、'], ['十一．保障', 11, '十一．'], ['四 、 加 强 保 障', 4, '四 、'], ['一 .5倍', null], ['一.5倍', null]]],
  ['section', [['（一）加强领导', 1, '（一）'], ['(十二）推进', 12, '(十二）'], ['（ 三 ）强化保障', 3, '（ 三 ）']]],
  ['task', [['1.推进', 1, '1.'], ['109 . 推进', 109, '109 .'], ['10001. 推进', 10001, '10001.'], ['7. 5%', null], ['1000000000.推进', null]]],
]

describe.each(SHAPES)('%s', (name, cases) => {
  const construct = constructNamed(name)!
  it.each(cases.map((c) => [c[0], c] as const))('%s', (_text, [text, value, marker]) => {
    const match = construct.match(text, 0, text.length)
    if (value === null) expect(match).toBeNull()
    else {
      expect(match).toMatchObject({ value, weak: false })
      expect(text.slice(0, match!.markerEnd)).toBe(marker)
      expect(findMarker(text, 0, text.length)?.construct).toBe(construct)
    }
  })
})

describe('a marker with nothing after it', () => {
  it('is weak: taken only as the next number', () => {
    expect(constructNamed('task')!.match('2.', 0, 2)).toMatchObject({ value: 2, weak: true, contentStart: 2 })
    expect(kinds('1.推进。\n2.')).toEqual([['task', 1], ['task', 2]])
    expect(kinds('1.推进。\n5.')).toEqual([['task', 1], ['text', null]])
  })
})

describe('sequence per family', () => {
  it('restarts sub-items under each task, section and chapter', () => {
    expect(kinds('一、甲\n1.乙。\n（1）丙；\n（2）丁。\n2.戊。\n（1）己。\n（二）庚\n①辛。\n二、壬\n①癸。')).toEqual([
      ['chapter', 1], ['task', 1], ['paren-item', 1], ['paren-item', 2], ['task', 2], ['paren-item', 1],
      ['section', 2], ['circled', 1], ['chapter', 2], ['circled', 1],
    ])
  })

  it('takes sub-items only in turn: a jump, a repeat or a step back stays text, even after a heading', () => {
    expect(kinds('1.甲。\n（1）乙。\n（3）丙。\n（1）丁。\n（2）戊。')).toEqual([['task', 1], ['paren-item', 1], ['text', null], ['text', null], ['paren-item', 2]])
    expect(kinds('一、甲\n（2）乙。')).toEqual([['chapter', 1], ['text', null]])
  })

  it('numbers articles on across chapters, and restarts 一、 under each 第…章', () => {
    expect(kinds('第一章 总则\n第一条 甲。\n一、乙\n第二章 职责\n第二条 丙。\n一、丁')).toEqual([
      ['zhang', 1], ['tiao', 1], ['chapter', 1], ['zhang', 2], ['tiao', 2], ['chapter', 1],
    ])
  })
})

describe('units mid-line, found by the sequence', () => {
  const pieces = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end))

  it('cuts a body flattened with nothing between its units', () => {
    expect(pieces('某某实施方案一、重点任务（一）强化组织领导1.建立协调机制。（市委负责）2.完善制度。（市政府办负责）二、保障措施1.落实经费。（财政局负责）')).toEqual([
      '某某实施方案', '一、重点任务', '（一）强化组织领导', '1.建立协调机制。（市委负责）', '2.完善制度。（市政府办负责）', '二、保障措施', '1.落实经费。（财政局负责）',
    ])
  })

  it('cuts sub-items after a full stop, a note or a semicolon, also after a space', () => {
    expect(pieces('1.深化改革。(1)落实甲。(A牵头负责)(2)完善乙； (3)推进丙。①摸清；②建立。')).toEqual([
      '1.深化改革。', '(1)落实甲。(A牵头负责)', '(2)完善乙；', '(3)推进丙。', '①摸清；', '②建立。',
    ])
  })

  it.each([
    ['a prose list after a full stop', '1.推进。一、二、三产业融合。'],
    ['统一、规范 inside a task', '1.坚持统一、规范、高效。'],
    ['a decimal', '1.增长。1.5倍以上。'],
    ['a reference', '1.推进。见附件（1）。（2）所列事项。'],
    ['a citation', '1.推进。第一条规定的事项。'],
    ['the next chapter after a Han character inside a task', '一、甲\n1.推进二、三产业'],
    ['a heading before any unit without a deeper first marker after its bare title', '为坚持统一、规范，制定本方案'],
    ['a number out of turn', '1.推进。3.完善。'],
    ['a first sub-item in a paragraph', '现将有关事项通知如下。（1）请报送计划。'],
  ])('leaves %s alone', (_what, text) => {
    expect(pieces(text)).toEqual(text.split('\n'))
  })
})
