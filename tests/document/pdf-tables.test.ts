import { describe, expect, test } from 'vitest'
import { assembleText } from '../../src/document/pdf/assemble.js'
import { rowText } from '../../src/document/pdf/tables.js'
import { full, run } from './pdf-runs.js'

/** A table line: cells placed at the columns' left edges (序号 0, 任务 40, 牵头 190, 责任 250), at baseline y. */
const COLUMNS = [0, 40, 190, 250]
const cells = (y: number, ...texts: string[]) => texts.flatMap((text, k) => (text === '' ? [] : [run(text, COLUMNS[k] as number, y)]))
const pageOf = (...runs: ReturnType<typeof run>[][]) => ({ width: 300, height: 400, runs: runs.flat() })

describe('tables', () => {
  test('lines in columns become TSV rows; a cell’s wrapped lines join; body text after the table stays a paragraph', () => {
    const { text, lines } = assembleText([
      pageOf(
        [run('附件', 0, 370)],
        cells(350, '序号', '重点任务', '牵头单位', '责任单位'),
        cells(330, '1', '推进修订专利法实施细则推进修', '知识产权局', '司法部'),
        cells(318, '', '订工作。', '', '财政部'),
        cells(298, '2', '加强保护。', '公安部'),
        [run(full('正文'), 0, 270), run('完。', 0, 258)],
      ),
    ])
    expect(text.split('\n')).toEqual([
      '附件',
      '序号\t重点任务\t牵头单位\t责任单位',
      '1\t推进修订专利法实施细则推进修订工作。\t知识产权局\t司法部财政部',
      '2\t加强保护。\t公安部\t',
      full('正文') + '完。',
    ])
    // Each layout line has its offset; the wrapped line of row 1 points at its row.
    expect(lines).toHaveLength(7)
  })

  test('a row broken by a page break continues on the next page; a numbered row there starts a new one', () => {
    const { text } = assembleText([
      pageOf(cells(350, '序号', '重点任务', '牵头单位'), cells(330, '1', '推进修订专利法实施细则推进修', '知识产权局')),
      pageOf(cells(370, '', '订工作。'), cells(350, '2', '加强保护。', '公安部')),
    ])
    expect(text.split('\n')).toEqual(['序号\t重点任务\t牵头单位', '1\t推进修订专利法实施细则推进修订工作。\t知识产权局', '2\t加强保护。\t公安部'])
  })

  test('the header row printed again on the next page is dropped as a header, where it stood', () => {
    const { text, dropped, pages } = assembleText([
      pageOf(cells(340, '序号', '重点任务', '牵头单位'), cells(320, '1', '加强保护。', '公安部')),
      pageOf(cells(340, '序号', '重点任务', '牵头单位'), cells(320, '2', '加强宣传。', '中央宣传部')),
    ])
    expect(text.split('\n')).toEqual(['序号\t重点任务\t牵头单位', '1\t加强保护。\t公安部', '2\t加强宣传。\t中央宣传部'])
    expect(dropped).toEqual([{ text: '序号\t重点任务\t牵头单位', kind: 'header', at: pages?.[1], page: 2 }])
  })

  test('one line with a wide gap is not a table, nor is a justified paragraph', () => {
    const { text } = assembleText([
      pageOf([run(full('正文'), 0, 350), run(full('正文'), 0, 338), run('特此通知。', 0, 326), run('2021年', 250, 326)]),
    ])
    expect(text).not.toContain('\t')
  })

  test('a cell holding a tab, a line break or a quote is quoted, quotes doubled', () => {
    expect(rowText(['1', '加强"保护"', '知识产权局'])).toBe('1\t"加强""保护"""\t知识产权局')
    expect(rowText(['a\tb', 'c\nd'])).toBe('"a\tb"\t"c\nd"')
  })
})
