import { describe, expect, test } from 'vitest'
import { assembleText } from '../../src/document/pdf/assemble.js'
import { isPageNumber } from '../../src/document/pdf/furniture.js'
import { full, page, run } from './pdf-runs.js'

describe('running page numbers', () => {
  test.each(['— 3 —', '- 3 -', '3', '第3页', '第 3 页 共 12 页', '3/12', 'Page 3 of 12', '－12－'])('%s is a page number', (text) => {
    expect(isPageNumber(text)).toBe(true)
  })

  test.each(['2021年', '3. 加强领导', '（3）', '12345', '附件3'])('%s is not', (text) => {
    expect(isPageNumber(text)).toBe(false)
  })

  test('a page number in the bottom band is dropped where it stood, a number in the body stays', () => {
    const numbered = (n: number, lines: string[]) => page(lines, [run(`- ${n} -`, 140, 20)])
    const { text, dropped, pages } = assembleText([numbered(1, [full('正文'), '第一页完。', '2021']), numbered(2, ['第二页。'])])
    expect(text).toBe(`${full('正文')}第一页完。\n2021\n第二页。`)
    expect(dropped).toEqual([
      { text: '- 1 -', kind: 'page-number', at: pages?.[1], page: 1 },
      { text: '- 2 -', kind: 'page-number', at: text.length, page: 2 },
    ])
  })
})

describe('running headers and footers', () => {
  const withHeader = (lines: string[], n: number) =>
    page(lines, [run('某某市人民政府办公室文件', 90, 385), run(`${n}`, 150, 15), run('内部资料', 0, 10)])

  test('text repeated in the top or bottom band on most pages is dropped, by band', () => {
    const { text, dropped, pages } = assembleText([1, 2, 3].map((n) => withHeader([`第${n}页正文。`], n)))
    expect(text).toBe('第1页正文。\n第2页正文。\n第3页正文。')
    expect(dropped.filter((d) => d.page === 2)).toEqual([
      { text: '某某市人民政府办公室文件', kind: 'header', at: pages?.[1], page: 2 },
      { text: '2', kind: 'page-number', at: pages?.[2], page: 2 },
      { text: '内部资料', kind: 'footer', at: pages?.[2], page: 2 },
    ])
  })

  test('text in the band of only two pages of three stays (it is the text, not a running header)', () => {
    const pages = [page(['正文。'], [run('附表', 0, 385)]), page(['正文。'], [run('附表', 0, 385)]), page(['正文。'])]
    expect(assembleText(pages).text.split('\n')).toEqual(['附表', '正文。', '附表', '正文。', '正文。'])
  })
})
