/**
 * Patterns rewritten for the ReDoS check (tests/redos.test.ts) must keep their
 * behaviour: each is compared with the pattern it replaced, edge cases
 * included, and the hand-written scans must stay linear.
 */
import { describe, expect, it } from 'vitest'
import { fromHtml } from '../src/html/extract.js'
import { findFooters } from '../src/input/footers.js'
import { findPinyin } from '../src/input/pinyin.js'
import { SpanList } from '../src/util/span-list.js'
import { extractMeta } from '../src/meta/extract-meta.js'
import { readNotice } from '../src/meta/notice.js'
import { readTitle } from '../src/meta/title.js'
import { isLocalName } from '../src/registry/local.js'
import type { Paragraph } from '../src/types.js'

// The patterns as they were.
const OLD = {
  softBreak: /[ \t\r\f\u00a0\u3000\u2000-\u200a]*\n[ \t\r\n\f\u00a0\u3000\u2000-\u200a]*/g,
  pageOf: /^第\s*[0-9０-９]{1,4}\s*页(?:\s*[，,/／]?\s*共\s*[0-9０-９]{1,4}\s*页)?$/,
  toned: /[\u00e0-\u01dc]|[aeiouü][a-z]*[1-5]/,
  cited: /《(.+)》/,
  seal: /^[（(]\s*(.+?)\s*代章\s*[）)]$/,
  titles: /《[^》]*》/g,
  place: /^[\u4e00-\u9fff]{1,8}?(?:省|自治区|特别行政区|市(?!场)|自治州|地区|州|盟|县|区|旗|新区)[\u4e00-\u9fff（）()]*(?:局|委|办|厅|部|院|会|政府|办公室|中心|所|站|队|处|科|馆|集团)$/,
}

let offset = 0
function para(text: string): Paragraph {
  const start = { line: 1, column: 1, offset }
  offset += text.length + 1
  return { type: 'paragraph', id: `p${offset}`, text, position: { start, end: { line: 1, column: 1 + text.length, offset: start.offset + text.length } } }
}

/**
 * Run the rewrite on an input the old pattern backtracked on for seconds.
 * Tests never time things: linearity is proved by recheck (redos.test.ts)
 * and measured by `npm run stress`; here the input must simply go through.
 */
function survives(run: () => unknown): void {
  expect(run).not.toThrow()
}

describe('patterns rewritten for ReDoS keep their behaviour', () => {
  it('soft line breaks in HTML', () => {
    const ascii = /[0-9A-Za-z]/
    const [before, after] = fromHtml('<p>x</p>').text.split('x') as [string, string]
    for (const body of ['a \n b', '中\u3000\n\u3000中', 'a  \t\n\n  \u00a0b', '中 \n 中 \n\n中', 'a\u2003 x \n y', '中\n']) {
      const text = `${before}${body}${after}`
      const expected = text.replace(OLD.softBreak, (m: string, at: number) => (ascii.test(text[at - 1] ?? '') && ascii.test(text[at + m.length] ?? '') ? ' ' : ''))
      expect(fromHtml(`<p>${body}</p>`).text).toBe(expected)
    }
    // A block of white space only makes a blank line, which is not added at all.
    expect(fromHtml('<p>  \n</p>').text).toBe('')
    survives(() => fromHtml(`<p>${' '.repeat(100_000)}x</p>`))
  })

  it('page footers', () => {
    for (const line of ['第2页', '第 2 页 共 10 页', '第2页，共10页', '第2页 / 共10页', '第2页，，共10页', '第2页共10页', '第２页 ／共１０页', '第2页 ，']) {
      expect(findFooters(line, SpanList.of({ start: 0, end: line.length })).length > 0, line).toBe(OLD.pageOf.test(line))
    }
  })

  it('tone marks or digits in pinyin', () => {
    for (const syllables of ['zhong4', 'rén', 'ng5', 'ang5', 'app', 'tisc', 'zhongg3', 'xyz1', 'lü', 'nv3', 'e2']) {
      expect(findPinyin(`中(${syllables})`).length, syllables).toBe(OLD.toned.test(syllables) ? 1 : 0)
    }
    survives(() => findPinyin(`中(${'a'.repeat(100_000)})`))
  })

  it('local unit names', () => {
    for (const name of ['浙江省知识产权局', '杭州市市场监管局', '杭州市场监管局', '某某新区管委会', '西湖区（高新区）政府', '浙江省', '杭州市局', '长长长长长长长长长市局']) {
      expect(isLocalName(name), name).toBe(OLD.place.test(name))
    }
    const long = `杭州市${'办区'.repeat(18)}局`
    expect(isLocalName(long)).toBe(OLD.place.test(long))
  })

  it('the title a notice cites', () => {
    const cases = [
      ['关于印发《甲计划》的通知', '甲计划'],
      ['关于印发《甲》和《乙》的通知', '甲》和《乙'],
      ['关于印发《》》的通知', '》'],
      ['关于印发《《甲计划》的通知', '《甲计划'],
    ] as const
    for (const [notice, cited] of cases) {
      expect(OLD.cited.exec(notice)?.[1]).toBe(cited)
      const meta = extractMeta([para(notice), para('乙方案'), para(cited), para('为做好工作，制定本计划。')])
      expect(meta.title?.raw, notice).toBe(cited)
    }
    survives(() => extractMeta([para(`关于印发${'《'.repeat(100_000)}的通知`)]))
  })

  it('the seal', () => {
    for (const text of ['（国家知识产权局代章）', '( 国家知识产权局 代章 )', '（　国家知识产权局　代章　）', '（ 代章）', '（\u3000\u3000代章）', '（\n代章）', '(代章)', '（甲\n乙代章）', '（甲代章代章）', '（甲代章', '（甲代 章）']) {
      expect(readNotice([para(text)]).meta.seal?.department.name, JSON.stringify(text)).toBe(OLD.seal.exec(text)?.[1])
    }
    survives(() => readNotice([para(`（${' '.repeat(50_000)}x${' '.repeat(50_000)}）`)]))
  })

  it('cited titles are left out of the period', () => {
    for (const text of ['《2021—2025年规划》2023年度推进计划', '《《2023年度', '《甲《2023年度》2022年度', '《2023年度》》2022年度', '2023年度']) {
      const blanked = text.replace(OLD.titles, (m) => '\u0000'.repeat(m.length))
      const year = /(\d{4})\s*年度/.exec(blanked)?.[1]
      expect(readTitle([para(text)], undefined).period?.from, text).toBe(year === undefined ? undefined : Number(year))
    }
    survives(() => readTitle([para('推进计划'), para(`${'《'.repeat(100_000)}2023年度`)], undefined))
  })
})
