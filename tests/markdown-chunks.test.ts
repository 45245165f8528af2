import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { markdownChunks } from '../src/markdown/chunks.js'
import { fromMarkdown } from '../src/markdown/extract.js'
import { parsePlan } from '../src/parse-plan.js'
import type { MappedText } from '../src/util/mapped-text.js'
import { FIXTURES, PROPERTY } from './property/arbitraries.js'
import { numbered } from './helpers/summary.js'

// The bench's Markdown renditions of a plain-text plan; loading by URL keeps tsc out of the .mjs.
const { toMarkdown } = (await import(new URL('../bench/markdown.mjs', import.meta.url).href)) as {
  toMarkdown: (text: string, style: 'list' | 'paragraphs') => string
}

/** The text and both offset maps, index by index: what the rest of the parser sees. */
function seen(mapped: MappedText): { text: string; starts: number[]; ends: number[] } {
  const indices = Array.from({ length: mapped.text.length + 1 }, (_, i) => i)
  return { text: mapped.text, starts: indices.map(mapped.start), ends: indices.map(mapped.end) }
}

/** Cut wherever the rules allow, however short the pieces. */
const finest = (md: string) => markdownChunks(md, { min: 1, list: 1 })

/** The pieces' first lines, to read cut points at a glance. */
const heads = (md: string, starts: number[]) => starts.map((s) => md.slice(s, md.indexOf('\n', s)))

describe('pieces parse to what the whole document parses to', () => {
  // Lines chosen to stress the cut rules: lists of both delimiters and bullets,
  // lazy and indented continuations, fences, HTML blocks, setext underlines,
  // block quotes, bold section titles, escaped numbers, definitions.
  const LINES = [
    '', '', '', '## 一、总体要求', '# （一）加强领导', '加快完善制度。（知识产权局负责）', '**（二）加强保护**', '*强调*正文',
    '1. 推进立法。', '2. 推进修改。', '1) 甲', '3) 乙', '10.     缩进代码', '1.', '- 要点', '* 要点', '+ 要点',
    '   续行', '    缩进', '\t制表', '续行文字', '2021年底前完成', '> 引文', '> 1. 引文列表', '===', '---', '***', '___',
    '```', '~~~', '   ```', '<!-- 注释', '-->', '<div>', '</div>', '<pre>', '</pre>', '<?php', '?>', '<![CDATA[', ']]>',
    '3\\. 转义编号', '[甲]: https://example.org', '见[甲]。', '[乙', '乙]: https://example.org', '见[乙\n乙]。', '| 表 | 格 |', '#标签', '&nbsp;一、实体',
  ]
  const documents = fc.array(fc.constantFrom(...LINES), { maxLength: 40 }).map((lines) => lines.join('\n'))

  test('for any document, cut as finely as the rules allow', () => {
    fc.assert(
      fc.property(documents, (md) => {
        expect(seen(fromMarkdown(md, finest(md)))).toEqual(seen(fromMarkdown(md, [0])))
      }),
      PROPERTY,
    )
  }, 60_000)

  // Cases the property found while the rules were written, kept as examples.
  test.each([
    ['a fence in a list item, then one at the margin', '1) 甲\n   ```\n3\\. 转义编号\n   ```\n## 一、总体要求'],
    ['a closing tag in a paragraph is text, and a fence after it opens', '   续行\n</pre>\n   ```\n\n# （一）加强领导'],
    ['an empty item cannot interrupt a paragraph', '\t制表\n\n2. 推进修改。\n1.'],
    ['after indented code and a blank line, `2.` starts no list (micromark)', '\t制表\n\n2. 推进修改。\n2. 推进修改。'],
    ['an item of indented code', '    缩进\n\n10.     缩进代码\n10.     缩进代码'],
  ])('%s', (_, md) => {
    expect(seen(fromMarkdown(md, finest(md)))).toEqual(seen(fromMarkdown(md, [0])))
  })

  test.each([...FIXTURES.keys()])('%s as Markdown, tasks as lists and as paragraphs', (name) => {
    for (const style of ['list', 'paragraphs'] as const) {
      const md = toMarkdown(FIXTURES.get(name) as string, style)
      const starts = finest(md)
      // The rules find places to cut in a real plan (a title, headings, paragraphs).
      expect(starts.length).toBeGreaterThan(3)
      expect(seen(fromMarkdown(md, starts))).toEqual(seen(fromMarkdown(md, [0])))
    }
  })
})

describe('where pieces are cut', () => {
  test('before headings and paragraphs after a blank line, not before lists, quotes, fences or underlines', () => {
    const md = '序言\n\n## 一、甲\n正文\n\n1. 乙\n\n> 引\n\n```\n码\n```\n\n**（一）丙**\n丁\n===\n\n戊\n'
    expect(heads(md, finest(md))).toEqual(['序言', '## 一、甲', '**（一）丙**', '戊'])
  })

  test('never inside an HTML block or a fenced block, even past blank lines', () => {
    const md = '<!-- 注\n\n一、不是正文\n-->\n\n<div>\n## 也不是标题\n\n甲\n\n```\n\n乙\n```\n\n丙\n'
    expect(heads(md, finest(md))).toEqual(['<!-- 注', '甲', '丙'])
  })

  test('a document that may define link references is not cut: a reference may be anywhere', () => {
    const md = '[甲]: https://example.org\n\n## 一、总体要求\n\n正文\n\n## 二、主要任务\n\n见[甲]。\n'
    expect(finest(md)).toEqual([0])
    // The reference far from its definition is a link: its text has no brackets.
    expect(fromMarkdown(md).text).toContain('见甲。')
  })

  test('inside an open ordered list only, between items at the margin', () => {
    const md = '1. 甲\n续行\n2. 乙\n   缩进\n\n3. 丙\n\n段落\n4. 丁\n5. 戊\n- 己\n6. 庚\n7. 辛\n'
    // After the paragraph, `4.` and `5.` are lazy lines of it (only `1.` may interrupt a
    // paragraph); `6.` starts a list of its own after the bullet, not followed (no blank line before).
    const starts = finest(md)
    expect(heads(md, starts)).toEqual(['1. 甲', '2. 乙', '3. 丙', '段落'])
    expect(seen(fromMarkdown(md, starts))).toEqual(seen(fromMarkdown(md, [0])))
  })
})

describe('a long list cut between its items', () => {
  const item = (n: number | string) => `${n}. 推进${'知识产权'.repeat(600)}。（知识产权局负责）\n`

  test('numbers run on across pieces, however the items are written', () => {
    const md = `## 一、甲\n\n${item(3)}${item(1)}${item(1)}${item(1)}${item(1)}${item(1)}${item(1)}${item(1)}`
    const starts = markdownChunks(md)
    // Eight items of some 2 400 characters: a cut before each item after the first (each piece is past 1 500 characters by then).
    expect(heads(md, starts).map((h) => h.slice(0, 4))).toEqual(['## 一', ...Array(7).fill('1. 推')])
    expect(starts.slice(1)).toEqual([...md.matchAll(/^1\. 推/gm)].map((m) => m.index))
    const tasks = numbered(parsePlan(md, { format: 'markdown' })).filter((n) => n.type === 'task')
    expect(tasks.map((t) => t.number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10])
    expect(tasks.map((t) => t.marker)).toEqual(['3.', '1.', '1.', '1.', '1.', '1.', '1.', '1.'])
    expect(tasks.map((t) => t.position.start.offset)).toEqual([...md.matchAll(/^[0-9]\./gm)].map((m) => m.index))
  })
})

describe('after a closed fence', () => {
  test('a list that starts after a closed fence and a blank line starts a piece: nothing is left open', () => {
    const block = (k: number) => '```\n' + `${k}. 代码\n` + '```\n\n' + `${k + 2}. 推进${'知识产权'.repeat(200)}\n`
    const md = Array.from({ length: 6 }, (_, k) => block(4 * k + 1)).join('')
    const starts = markdownChunks(md)
    expect(starts.length).toBeGreaterThan(1)
    for (const s of starts.slice(1)) expect(md.slice(s)).toMatch(/^[0-9]+\. 推进/)
    expect(seen(fromMarkdown(md, starts))).toEqual(seen(fromMarkdown(md, [0])))
  })
})
