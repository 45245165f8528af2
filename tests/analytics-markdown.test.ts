import { describe, expect, it } from 'vitest'
import { toMarkdown } from '../src/analytics/index.js'
import { parsePlan } from '../src/index.js'

describe('toMarkdown', () => {
  it('renders headings, paragraphs and task bullets with their own numbers', () => {
    const plan = parsePlan('年度计划\n一、总则\n（一）立法\n3. 推进《专利法》修改。（市场监管总局、知识产权局负责）\n4. 做好宣传。\n二、保障\n5. 落实经费。（财政部、商务部按职责分工负责）')
    expect(toMarkdown(plan)).toBe(
      [
        '年度计划',
        '',
        '# 一、总则',
        '',
        '## （一）立法',
        '',
        '- **3.** 推进《专利法》修改。 — 牵头：市场监管总局；参与：知识产权局',
        '- **4.** 做好宣传。 — （无责任单位）',
        '',
        '# 二、保障',
        '',
        '- **5.** 落实经费。 — 牵头：财政部；参与：商务部；按职责分工负责',
        '',
      ].join('\n'),
    )
  })

  it('escapes characters Markdown would read as markup', () => {
    const md = toMarkdown(parsePlan('一、总则\n1. 推广*星号*与<标签>和[链接]。（商务部负责）'))
    expect(md).toContain('- **1.** 推广\\*星号\\*与\\<标签\\>和\\[链接\\]。')
  })
})
