import { describe, expect, test } from 'vitest'
import { isSpace, runText } from '../../src/document/pdf/cjk-spacing.js'
import { joinRuns } from '../../src/document/pdf/lines.js'
import { run, widthOf } from './pdf-runs.js'

/** Runs side by side, each `gap` em after the previous one's end. */
function spaced(parts: string[], gap: number) {
  let x = 0
  return parts.map((str) => {
    const r = run(str, x, 0)
    x += r.width + gap * 10
    return r
  })
}

describe('spaces between runs', () => {
  test('a justified line’s spread between Chinese characters is no space', () => {
    expect(joinRuns(spaced(['用', '中', '华', '人民'], 0.11))).toBe('用中华人民')
  })

  test('a typed space between Chinese characters (a space glyph wide) stays', () => {
    expect(joinRuns(spaced(['“放管服”改革', '营造良好营商环境'], 0.3))).toBe('“放管服”改革 营造良好营商环境')
  })

  test('a gap between a digit and a Chinese character is kept as the space it may have been', () => {
    expect(joinRuns(spaced(['2021', '年新建', '20', '家'], 0.3))).toBe('2021 年新建 20 家')
  })

  test('no space beside full-width punctuation, which carries its own room', () => {
    expect(joinRuns(spaced(['（TISC', '）首期'], 0.105))).toBe('（TISC）首期')
    expect(joinRuns(spaced(['IP', '，', '知识'], 0.4))).toBe('IP，知识')
  })

  test('Latin words keep their spaces; glyphs that touch stay together', () => {
    expect(joinRuns(spaced(['IP', 'Office'], 0.25))).toBe('IP Office')
    expect(joinRuns(spaced(['T', 'ISC'], 0.02))).toBe('TISC')
  })

  test('the thresholds, one by one', () => {
    expect(isSpace('革', '营', 0.19)).toBe(false)
    expect(isSpace('革', '营', 0.2)).toBe(true)
    expect(isSpace('1', '年', 0.14)).toBe(false)
    expect(isSpace('1', '年', 0.15)).toBe(true)
    expect(isSpace('a', 'b', 0.1)).toBe(true)
    expect(isSpace('a', 'b', 0.09)).toBe(false)
  })
})

describe('spaces inside one run (pdf.js merged the glyphs)', () => {
  const inRun = (str: string, extraEm: number) => runText(run(str, 0, 0, { width: widthOf(str.replace(/ /g, '')) + extraEm * 10 }))

  test('spaces worth 0.11 em each between Chinese characters go', () => {
    expect(inRun('用 中 华 人', 0.33)).toBe('用中华人')
  })

  test('a space worth a space glyph between Chinese characters stays', () => {
    expect(inRun('改革 营造', 0.3)).toBe('改革 营造')
  })

  test('spaces pdf.js put beside a Latin letter or digit stay; beside full-width punctuation they go', () => {
    expect(inRun('1. 推进', 0.1)).toBe('1. 推进')
    expect(inRun('（TISC ）', 0.1)).toBe('（TISC）')
  })

  test('several spaces in a row count as one gap', () => {
    expect(inRun('目  录', 0.4)).toBe('目 录')
  })
})
