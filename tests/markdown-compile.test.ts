import fc from 'fast-check'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, test } from 'vitest'
import { markdownTree } from '../src/markdown/compile.js'
import { damagedMarkdown, MARKDOWN_FIXTURES, markdownPlan, PROPERTY } from './property/arbitraries.js'

const remark = unified().use(remarkParse).use(remarkCjkFriendly).freeze()

interface Seen {
  type: string
  at: [number | undefined, number | undefined]
  value?: string
  ordered?: boolean
  start?: number | null
  children?: Seen[]
}

/** What `extract.ts` reads of a node: type, offsets, values, a list's numbering, children. */
function seen(node: object): Seen {
  const n = node as { type: string; value?: string; ordered?: boolean; start?: number | null; children?: object[]; position?: { start: { offset?: number }; end: { offset?: number } } }
  const out: Seen = { type: n.type, at: [n.position?.start.offset, n.position?.end.offset] }
  if (n.value !== undefined) out.value = n.value
  if (n.type === 'list') {
    out.ordered = n.ordered as boolean
    out.start = n.start ?? null
  }
  if (n.children) out.children = n.children.map(seen)
  return out
}

// The root's own position is not read (remark sets it; the walker starts at its children).
const same = (md: string): void => {
  expect(seen(markdownTree(md)).children).toEqual(seen(remark.parse(md)).children)
}

describe('markdownTree reads Markdown as remark does', () => {
  test('a list: its items, their offsets and its first number', () => {
    const tree = seen(markdownTree('3. 推进\n4. 加强\n'))
    expect(tree.children).toEqual([
      {
        type: 'list',
        at: [0, 11],
        ordered: true,
        start: 3,
        children: [
          // An item ends where its last line does, not past the line ending.
          { type: 'listItem', at: [0, 5], children: [{ type: 'paragraph', at: [3, 5], children: [{ type: 'text', at: [3, 5], value: '推进' }] }] },
          { type: 'listItem', at: [6, 11], children: [{ type: 'paragraph', at: [9, 11], children: [{ type: 'text', at: [9, 11], value: '加强' }] }] },
        ],
      },
    ])
  })

  test('an entity is one text with the text around it, decoded; a hard break ends past its line ending', () => {
    const tree = seen(markdownTree('甲&amp;乙&#x4e19;\\\n丁'))
    expect(tree.children?.[0]?.children).toEqual([
      { type: 'text', at: [0, 15], value: '甲&乙丙' },
      { type: 'break', at: [15, 17] },
      { type: 'text', at: [17, 18], value: '丁' },
    ])
  })

  test.each([
    ['emphasis, CJK-friendly', '**（一）加强保护。**正文'],
    ['a link and an image', '见[知识产权局](https://www.cnipa.gov.cn "局")与![图](a.png)'],
    ['a link reference and its definition', '见[甲]。\n\n[甲]: https://example.org "题"'],
    ['an autolink', '见<https://example.org>和<a@b.cn>'],
    ['code spans over a line', '推进`工\n作`和``a`b``'],
    ['inline HTML and a `<br>`', '推进<b>工作</b><br>续行'],
    ['a trailing hard break', '推进  \n续行'],
    ['a fenced block, info and all', '```js 元\n代码\n\n行\n```\n后'],
    ['an unclosed fence in a list', '1. ```\n   代码'],
    ['indented code', '    代码\n\n    续\n'],
    ['an HTML block', '<div>\n推进\n</div>\n\n<!-- 注\n释 -->'],
    ['a setext heading over two lines', '推进\n工作\n===\n后'],
    ['ATX headings', '# 一、总体 #\n##\n####### 七'],
    ['a thematic break', '甲\n\n***\n乙'],
    ['quotes, nested and lazy', '> 甲\n> > 乙\n续\n\n> 1. 丙'],
    ['lists: loose, nested, bullets, `)`', '1. 甲\n\n2. 乙\n   - 丙\n   - 丁\n\n     戊\n3) 己\n* 庚\n'],
    ['an empty item and an item of code', '1.\n2.     代码\n3. 甲'],
    ['escapes, a NUL, CRs and tabs', '\\*推进\\\\\u0000\r\n甲\r乙\t丙\n\t1. 丁'],
    ['a BOM', '\ufeff推进'],
  ])('%s', (_, md) => same(md))

  test('the Markdown fixtures', () => {
    for (const md of MARKDOWN_FIXTURES.values()) same(md)
  })

  test('generated Markdown plans, whole and damaged', () => {
    fc.assert(fc.property(markdownPlan, same), PROPERTY)
    fc.assert(fc.property(damagedMarkdown, same), { ...PROPERTY, numRuns: Math.ceil(PROPERTY.numRuns / 10) })
  })
})
