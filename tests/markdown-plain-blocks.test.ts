import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { markdownChunks } from '../src/markdown/chunks.js'
import { fromMarkdown, type MarkdownText } from '../src/markdown/extract.js'
import { plainBlocks } from '../src/markdown/plain-blocks.js'
import { damagedMarkdown, FIXTURES, MARKDOWN_FIXTURES, markdownPlan, PROPERTY } from './property/arbitraries.js'

const { toMarkdown } = (await import(new URL('../bench/markdown.mjs', import.meta.url).href)) as {
  toMarkdown: (text: string, style: 'list' | 'paragraphs') => string
}

/** The text, both offset maps index by index, and the numbers as written: all the rest of the parser sees. */
function seen(mapped: MarkdownText): { text: string; starts: number[]; ends: number[]; written: [number, string][] } {
  const indices = Array.from({ length: mapped.text.length + 1 }, (_, i) => i)
  return { text: mapped.text, starts: indices.map(mapped.start), ends: indices.map(mapped.end), written: [...mapped.written] }
}

const whole = (md: string) => plainBlocks(md, 0, md.length)

describe('which pieces are read without remark', () => {
  test('headings, paragraphs and numbered items with no syntax, with their offsets', () => {
    const md = '## 一、总体\n\n3. 推进立法。\n续行\n\n4. 加强执法。\n\n（一）段落\n第二行\n'
    expect(whole(md)).toEqual([
      { type: 'heading', start: 3, end: 7 },
      // `续行` is a lazy line of item 3; the blank line keeps the list open for item 4.
      { type: 'list', start: 3, items: [{ start: 9, marker: 11, text: 12, end: 20 }, { start: 22, marker: 24, text: 25, end: 30 }] },
      { type: 'paragraph', start: 32, end: 41 },
    ])
  })

  test('text at the margin after a blank line ends the list: the next item starts another', () => {
    const md = '1. 甲\n\n乙\n\n1. 丙\n'
    expect(whole(md)).toEqual([
      { type: 'list', start: 1, items: [{ start: 0, marker: 2, text: 3, end: 4 }] },
      { type: 'paragraph', start: 6, end: 7 },
      { type: 'list', start: 1, items: [{ start: 9, marker: 11, text: 12, end: 13 }] },
    ])
    expect(fromMarkdown(md).text).toBe('1.甲\n乙\n1.丙\n')
  })

  test('a list written `007)` starts at 7; `1.推进` (no space) is a paragraph', () => {
    expect(whole('007) 甲\n1) 乙')).toEqual([{ type: 'list', start: 7, items: [{ start: 0, marker: 4, text: 5, end: 6 }, { start: 7, marker: 9, text: 10, end: 11 }] }])
    expect(whole('1.推进工作')).toEqual([{ type: 'paragraph', start: 0, end: 6 }])
  })

  // Each looks like a plain line, but remark reads it otherwise: the piece goes to remark.
  test.each([
    ['an escaped backslash, then emphasis', '推进\\\\*工作*'],
    ['a backslash before a letter or an ideograph', '推进\\工作'],
    ['a named entity', '推进&amp;工作'],
    ['a numeric entity', '推进&#38;工作'],
    ['inline HTML', '推进<b>工作</b>'],
    ['an autolink', '见<https://example.org>'],
    ['a hard break (two trailing spaces)', '推进工作  \n续行'],
    ['a hard break (backslash)', '推进工作\\\n续行'],
    ['a trailing space', '推进工作 '],
    ['a link reference used', '见[甲]。'],
    ['a link definition', '[甲]: https://example.org'],
    ['emphasis', '推进*工作*'],
    ['strong emphasis with underscores', '__推进__'],
    ['a code span', '推进`工作`'],
    ['an image', '![图](a.png)'],
    ['a setext underline `===`', '推进工作\n==='],
    ['a setext underline `---`', '推进工作\n---'],
    ['a thematic break', '***'],
    ['a bullet', '- 要点'],
    ['a quote', '> 引文'],
    ['a fence', '```\n代码\n```'],
    ['an indented line (code, or an item’s content)', '1. 甲\n   续行'],
    ['an indent of four', '    缩进'],
    ['a tab', '推进\t工作'],
    ['a CR', '推进工作\r\n'],
    ['a NUL', '推进\u0000工作'],
    ['a BOM', '\ufeff推进工作'],
    ['a closing sequence on a heading', '# 总体 #'],
    ['an empty heading', '#'],
    ['seven hashes', '####### 总体'],
    ['two spaces after the hashes', '#  总体'],
    ['an empty item', '1.'],
    ['an item of indented code', '1.     代码'],
    ['a nested item', '1. 2. 推进'],
    ['an item interrupting a paragraph', '段落\n2. 推进'],
    ['a change of delimiter', '1. 甲\n2) 乙'],
    ['a line of spaces', '甲\n   \n乙'],
  ])('%s', (_, md) => {
    expect(whole(md)).toBeNull()
  })

  test('backslash escapes of punctuation stay plain: converters write `1\\.` so a numbered paragraph is no list', () => {
    const md = '1\\. 推进工作。\n\\# 不是标题\n\n## （一）加强\\*保护\n'
    expect(whole(md)).toEqual([
      { type: 'paragraph', start: 0, end: 17 },
      { type: 'heading', start: 22, end: 31 },
    ])
    const fast = fromMarkdown(md)
    expect(fast.text).toBe('1. 推进工作。\n# 不是标题\n（一）加强*保护\n')
    // The backslashes are syntax: the text's `1.` maps to the source's `1` and `.`, past the backslash.
    expect([fast.start(0), fast.start(1), fast.end(2)]).toEqual([0, 2, 3])
    expect(seen(fast)).toEqual(seen(fromMarkdown(md, undefined, { remarkOnly: true })))
  })

  test('a piece of plain items is not given to remark, and reads as remark reads it', () => {
    const md = '# 一、总体\n\n' + Array.from({ length: 40 }, () => '1. 推进工作。（知识产权局负责）\n').join('')
    const fast = fromMarkdown(md)
    expect(fast.text.split('\n').slice(0, 3)).toEqual(['一、总体', '1.推进工作。（知识产权局负责）', '2.推进工作。（知识产权局负责）'])
    expect(fast.written.get(md.indexOf('1. 推进', 20))).toBe('1.')
    expect(seen(fast)).toEqual(seen(fromMarkdown(md, undefined, { remarkOnly: true })))
  })
})

describe('pieces read without remark give what remark gives', () => {
  // Lines that are plain, that look plain and are not, and that change what a plain line after them is.
  // No link definition: a document that may hold one is never cut (see `markdownChunks`), nor read apart.
  const LINES = [
    '', '', '', '## 一、总体要求', '# （一）加强领导', '加快完善制度。（知识产权局负责）', '1.推进', '2021年底前完成', '续行文字',
    '1. 推进立法。', '1. 推进立法。', '1. 推进立法。', '2. 推进修改。', '007. 编号', '1) 甲', '1) 甲', '3) 乙', '1.', '- 要点', '> 引文',
    '   续行', '    缩进', '===', '---', '```', '**（二）加强保护**', '推进\\*工作', '1\\. 推进立法。', '\\# 标题', '推进\\\\*工作*', '推进工作\\', '\\\\', '&amp;实体', '推进工作  ', '见[甲]。', '#标签',
  ]
  const documents = fc.array(fc.constantFrom(...LINES), { maxLength: 40 }).map((lines) => lines.join('\n'))
  const finest = (md: string) => markdownChunks(md, { min: 1, list: 1 })

  test('for any document, in the usual pieces and cut as finely as the rules allow', () => {
    fc.assert(
      fc.property(documents, (md) => {
        expect(seen(fromMarkdown(md))).toEqual(seen(fromMarkdown(md, undefined, { remarkOnly: true })))
        expect(seen(fromMarkdown(md, finest(md)))).toEqual(seen(fromMarkdown(md, finest(md), { remarkOnly: true })))
      }),
      PROPERTY,
    )
  }, 120_000)

  test('for plan-shaped lines dressed as Markdown, and damaged Markdown fixtures', () => {
    fc.assert(
      fc.property(fc.oneof(markdownPlan, damagedMarkdown), (md) => {
        expect(seen(fromMarkdown(md, markdownChunks(md, { min: 1, list: 1 })))).toEqual(seen(fromMarkdown(md, markdownChunks(md, { min: 1, list: 1 }), { remarkOnly: true })))
      }),
      // A damaged fixture is some 15 KB: a tenth of the runs, sized by count.
      { ...PROPERTY, numRuns: Math.max(10, Math.ceil(PROPERTY.numRuns / 10)) },
    )
  }, 300_000)

  test.each([...MARKDOWN_FIXTURES.keys()])('%s', (name) => {
    const md = MARKDOWN_FIXTURES.get(name) as string
    expect(seen(fromMarkdown(md))).toEqual(seen(fromMarkdown(md, undefined, { remarkOnly: true })))
  })

  test.each([...FIXTURES.keys()])('%s as Markdown, tasks as lists and as paragraphs, cut finely', (name) => {
    for (const style of ['list', 'paragraphs'] as const) {
      const md = toMarkdown(FIXTURES.get(name) as string, style)
      const starts = markdownChunks(md, { min: 1, list: 1 })
      expect(seen(fromMarkdown(md, starts))).toEqual(seen(fromMarkdown(md, starts, { remarkOnly: true })))
    }
  })
})
