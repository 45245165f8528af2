import { describe, expect, it } from 'vitest'
import { tokenize } from '../src/index.js'
import { formatNumeral, readNumeral } from '../src/lex/numerals.js'

const kinds = (text: string) => tokenize(text).map((t) => [t.kind, t.value, t.marker])

describe('Chinese numerals', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十九', 19], ['二十', 20], ['二十一', 21], ['九十九', 99],
  ])('reads %s as %i and writes it back', (numeral, value) => {
    expect(readNumeral(numeral + '、', 0)).toEqual({ value, length: numeral.length })
    expect(formatNumeral(value)).toBe(numeral)
  })

  it('rejects what is not a numeral', () => {
    expect(readNumeral('〇、', 0)).toBeNull()
    expect(readNumeral('是、', 0)).toBeNull()
  })
})

describe('tokenize', () => {
  it('recognises chapter markers with 、 ． or a space', () => {
    expect(kinds('一、总体要求\n二．主要任务\n三 保障措施')).toEqual([
      ['chapter', 1, '一、'],
      ['chapter', 2, '二．'],
      ['chapter', 3, '三'],
    ])
    expect(kinds('十一、甲\n二十、乙\n九十九、丙').map((k) => k[1])).toEqual([11, 20, 99])
  })

  it('recognises section markers in either bracket width, mixed too', () => {
    expect(kinds('一、甲\n（一）子\n(二)丑\n(三）寅\n（十二）卯').slice(1)).toEqual([
      ['section', 1, '（一）'],
      ['section', 2, '(二)'],
      ['section', 3, '(三）'],
      ['section', 12, '（十二）'],
    ])
  })

  it.each([
    ['1. 甲。', 1, '1.'],
    ['88．乙。', 88, '88．'],
    ['3、丙。', 3, '3、'],
    ['4.正文。', 4, '4.'],
    ['１２．丁。', 12, '１２．'],
    ['109 . 戊。', 109, '109 .'],
  ])('recognises the task marker in %s', (line, value, marker) => {
    expect(kinds(line)).toEqual([['task', value, marker]])
  })

  it('follows a run of tasks in sequence whatever their marker style', () => {
    expect(kinds('1. 甲。\n2．乙。\n3、丙。\n４．丁。').map((k) => k[1])).toEqual([1, 2, 3, 4])
  })

  it('gives offsets of the marker, the content and the line end', () => {
    const text = '一、总体要求\n  109 . 深入推进。（公安部负责）  \n'
    const [chapter, task] = tokenize(text)
    expect(chapter).toEqual({ kind: 'chapter', construct: 'chapter', rank: 2, value: 1, marker: '一、', start: 0, end: 6, contentStart: 2 })
    expect(task).toMatchObject({ kind: 'task', value: 109, marker: '109 .', start: 9, contentStart: 15 })
    expect(text.slice(task!.contentStart, task!.end)).toBe('深入推进。（公安部负责）')
  })

  it('reads numbers inside sentences as text', () => {
    const text = '1. 开展试点。\n2021 年新建 20 家\n2025年3月18日\n7. 5%\n3.5亿元'
    expect(kinds(text).map((k) => k[0])).toEqual(['task', 'text', 'text', 'text', 'text'])
  })

  it('uses the sequence: a wrapped sentence going on with a number stays text', () => {
    // `3、` follows an unfinished line and is not the next task number.
    const text = '一、甲\n11. 开展以下工作：一是加强领导，二是\n3、完善机制。（A负责）\n12. 推进。（B负责）'
    expect(kinds(text).map((k) => k[0])).toEqual(['chapter', 'task', 'text', 'task'])
  })

  it('accepts a gap after a finished task and any number right after a heading', () => {
    expect(kinds('一、甲\n1. 甲。（A负责）\n3. 丙。（B负责）').map((k) => k[1])).toEqual([1, 1, 3])
    expect(kinds('一、甲\n59. 甲。（A负责）\n二、乙\n24. 乙。（B负责）').map((k) => k[1])).toEqual([1, 59, 2, 24])
  })

  it('needs the sequence to confirm a chapter marked only by a space', () => {
    expect(kinds('一 完善制度\n三 是重点').map((k) => k[0])).toEqual(['chapter', 'text'])
  })
})

describe('a page that starts in the middle of a plan', () => {
  it('takes a first number out of turn when the next marker of its family goes on from it', () => {
    const text = '导航菜单\n（湖北省）某市工作任务分解方案\n123.完善服务圈。（A负责）\n124.开展活动。（B负责）\n（七）增进民生福祉。\n125.加强就业。（C负责）'
    expect(kinds(text).map((k) => [k[0], k[1]])).toEqual([
      ['text', null], ['text', null], ['task', 123], ['task', 124], ['section', 7], ['task', 125],
    ])
  })

  it('leaves a lone number out of turn, and one the next marker does not go on from, as text', () => {
    expect(kinds('某某通知\n27.加强管理\n说明').map((k) => k[0])).toEqual(['text', 'text', 'text'])
    expect(kinds('某某通知\n27.加强管理\n5.推进').map((k) => k[0])).toEqual(['text', 'text', 'text'])
  })
})

describe('task numbers past 9999', () => {
  it('are markers in turn: the 10 000th task and after do not fold into task 9999', () => {
    expect(kinds('一、总体\n9998. 甲。\n9999. 乙。\n10000. 丙。\n１０００１．丁。\n10002 . 戊。').map((k) => [k[0], k[1]])).toEqual([
      ['chapter', 1], ['task', 9998], ['task', 9999], ['task', 10000], ['task', 10001], ['task', 10002],
    ])
  })

  it('are text out of turn, even where any number up to 9999 is taken (right after a heading, after a finished line)', () => {
    expect(kinds('一、总体\n20210. 年底前完成。').map((k) => k[0])).toEqual(['chapter', 'text'])
    expect(kinds('一、总体\n1. 推进。\n100000. 元。\n10002. 推进。').map((k) => k[0])).toEqual(['chapter', 'task', 'text', 'text'])
    // A jump within the first 9999 is still a gap, as before.
    expect(kinds('一、总体\n1. 推进。\n3. 推进。').map((k) => k[0])).toEqual(['chapter', 'task', 'task'])
  })

  it('have at most nine digits; 第…条 keeps four', () => {
    expect(kinds('一、总体\n999999999. 甲。').map((k) => k[0])).toEqual(['chapter', 'text'])
    expect(kinds('1. 甲\n1000000000. 乙').map((k) => k[0])).toEqual(['task', 'text'])
    expect(kinds('第10000条 甲').map((k) => k[0])).toEqual(['text'])
  })
})
