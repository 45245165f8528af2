import { describe, expect, it } from 'vitest'
import { toMarkdown } from '../src/analytics/index.js'
import { parsePlan } from '../src/index.js'
import { CHAPTERS_ONLY, ITEMS, LABELS, RUN_IN, TWO_NOTES, itemsPlan, parsesItems } from './helpers/forms.js'

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

  it('puts a run-in heading’s text and who its note assigns in a paragraph under the heading', () => {
    expect(toMarkdown(parsePlan(RUN_IN))).toBe(
      [
        '# 一、加强市场监管',
        '',
        '## （一）完善监管规则。',
        '',
        '健全市场监管规则体系。 — 牵头：市场监管总局；参与：公安部',
        '',
        '## （二）强化执法协作。',
        '',
        '建立跨部门执法协作机制。 — 牵头：公安部；参与：司法部、市场监管总局',
        '',
        '## （三）做好宣传引导。',
        '',
      ].join('\n'),
    )
  })

  it('gives a chapter-only plan’s chapters who their notes assign; two notes of a paragraph parted by a full-width bar', () => {
    expect(toMarkdown(parsePlan(CHAPTERS_ONLY))).toBe(
      [
        '某市2024年优化营商环境工作要点',
        '',
        '# 一、深化政务服务改革，推行“一网通办”。',
        '',
        '牵头：市政务服务局',
        '',
        '# 二、加强企业信用建设。',
        '',
        '牵头：市发展改革委；参与：市市场监管局；按职责分工负责',
        '',
        '# 三、做好政策宣传解读。',
        '',
      ].join('\n'),
    )
    expect(toMarkdown(parsePlan(TWO_NOTES)).split('\n\n')[2]).toBe('完善监管规则。健全执法协作机制。 — 牵头：市场监管总局 ｜ 牵头：公安部；参与：司法部\n')
  })

  it('writes a deadline from a label line', () => {
    expect(toMarkdown(parsePlan(LABELS)).split('\n')).toContain('- **1.** 培育外贸新业态。 — 牵头：市商务局；参与：市财政局；时限：2024年底前')
  })

  const itemsMarkdown = [
    '# 一、重点任务',
    '',
    '- **1.** 推进标准化建设。',
    '  - **（1）** 制定行业标准。 — 牵头：市场监管总局',
    '  - **（2）** 开展标准宣贯。 — 牵头：市场监管总局；参与：工业和信息化部',
    '- **2.** 加强人才培养。 — 牵头：教育部',
    '  - **①** 建立培训基地。 — 牵头：人力资源社会保障部',
    '  - **②** 开展岗位培训。',
    '',
  ].join('\n')

  it('nests sub-items under their task, with their own markers', () => {
    expect(toMarkdown(itemsPlan())).toBe(itemsMarkdown)
  })

  it.runIf(parsesItems)('nests the sub-items as parsed the same way', () => {
    expect(toMarkdown(parsePlan(ITEMS))).toBe(itemsMarkdown)
  })
})
