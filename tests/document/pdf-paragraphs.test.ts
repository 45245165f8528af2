import { describe, expect, test } from 'vitest'
import { assembleText } from '../../src/document/pdf/assemble.js'
import { groupLines } from '../../src/document/pdf/lines.js'
import { full, page, run } from './pdf-runs.js'

const textOf = (...pages: ReturnType<typeof page>[]) => assembleText(pages).text

/** Enough plain body lines that the margins are measured on them. */
const body = [full('正文正文'), full('正文正文'), '正文结束。']

describe('lines', () => {
  test('runs group by baseline whatever their order, a raised run included, and read left to right', () => {
    const lines = groupLines([run('第二行', 0, 330), run('尾', 40, 351.5, { size: 6 }), run('第一', 0, 350), run('行', 20, 350)])
    expect(lines.map((l) => l.runs.map((r) => r.str).join(''))).toEqual(['第一行尾', '第二行'])
  })
})

describe('paragraphs', () => {
  test('lines of one paragraph join with nothing between them; a short line ends it; an indent starts one', () => {
    const text = textOf(page([{ text: full('一二三').slice(0, 28), indent: 2 }, full('四五六'), '七八。', { text: '新段落开始。', indent: 2 }, ...body]))
    expect(text.split('\n').slice(0, 2)).toEqual([full('一二三').slice(0, 28) + full('四五六') + '七八。', '新段落开始。'])
  })

  test('a new paragraph starts at a larger font, another font family, or a larger gap', () => {
    const text = textOf(
      page([
        { text: '一、大标题', size: 14, y: 340 },
        full('正文正文'),
        { text: full('黑体标题'), family: 'sans-serif' },
        full('正文正文'),
        { text: full('隔开很远'), y: 250 },
        ...body,
      ]),
    )
    expect(text.split('\n')).toEqual([
      '一、大标题',
      full('正文正文'),
      full('黑体标题'),
      full('正文正文'),
      full('隔开很远') + body.join(''),
    ])
  })

  test('a paragraph broken by the page break goes on on the next page', () => {
    const first = page([...body, { text: full('跨页段落').slice(0, 28), indent: 2 }, full('跨页段落')])
    const second = page(['续完。', ...body])
    const { text, pages } = assembleText([first, second])
    const lines = text.split('\n')
    expect(lines).toContain(full('跨页段落').slice(0, 28) + full('跨页段落') + '续完。')
    expect(text.slice(pages?.[1])).toMatch(/^续完。\n/)
  })

  test('a page starting with an indented line starts a paragraph there', () => {
    const { text } = assembleText([page([...body, full('上页段落')]), page([{ text: '新段。', indent: 2 }, ...body])])
    expect(text.split('\n')).toContain('新段。')
  })

  test('hanging indents (Word’s numbered lists): deeper and equally deep lines continue, a line back out starts', () => {
    const text = textOf(
      page([
        full('一、第一条'),
        { text: full('续行').slice(0, 27), indent: 3 },
        { text: '完。', indent: 3 },
        full('二、第二条'),
        { text: full('续行').slice(0, 27), indent: 3 },
        { text: full('再续').slice(0, 27), indent: 3 },
        full('三、第三条'),
        ...body,
      ]),
    )
    expect(text.split('\n').slice(0, 3)).toEqual([
      full('一、第一条') + full('续行').slice(0, 27) + '完。',
      full('二、第二条') + full('续行').slice(0, 27) + full('再续').slice(0, 27),
      full('三、第三条') + body.join(''),
    ])
  })

  test('a Latin word wrapped at the line end is joined with a space', () => {
    const text = textOf(page([{ text: 'World Intellectual Property Organization and', indent: 0 }, 'the TISC centres.', ...body]))
    // 44 Latin characters of half an em: 22 em of a 30 em line is short, so make the first line full.
    expect(text.split('\n')[0]).toBe('World Intellectual Property Organization and')
    const wide = textOf(page([full('中文').slice(0, 8) + ' support for the World Intellectual Property', 'Organization work.', ...body]))
    expect(wide.split('\n')[0]).toBe(full('中文').slice(0, 8) + ' support for the World Intellectual Property Organization work.')
  })

  test('a centred title set large over two lines stays one line', () => {
    const title = (text: string, y: number) => ({ text, y, size: 15, indent: (300 - text.length * 15) / 20 })
    const text = textOf(page([title('关于印发年度推进计划的通知关于印发年', 360), title('度推进计划的通知', 340), ...body]))
    expect(text.split('\n')[0]).toBe('关于印发年度推进计划的通知关于印发年度推进计划的通知')
  })
})
