import { describe, expect, it } from 'vitest'
import { detectFormat } from '../src/input/format.js'
import { parsePlan, toText } from '../src/index.js'
import { withoutPositions } from './property/invariants.js'

describe('toText', () => {
  it('writes one line per heading, task and paragraph, gluing lines broken inside a task', () => {
    const text = '计划\n\n一、完善制度\n（一）健全法规\n1. 推进\n立法。\n（知识产权局负责）。\n说明。'
    expect(toText(parsePlan(text))).toBe('计划\n一、完善制度\n（一）健全法规\n1.推进立法。（知识产权局负责）。\n说明。')
  })

  it('puts the space back after a marker written with a space instead of a delimiter', () => {
    const plan = parsePlan('一 完善制度\n二 强化保护\n109 . 开展合作。（商务部负责）')
    expect(plan.children.map((c) => c.type === 'chapter' && c.marker)).toEqual(['一', '二'])
    expect(toText(plan)).toBe('一 完善制度\n二 强化保护\n109 .开展合作。（商务部负责）')
  })

  it('keeps tasks without a note, and text before the first heading', () => {
    expect(toText(parsePlan('前言\n1. 推进立法'))).toBe('前言\n1.推进立法')
  })

  it('renders an empty plan as an empty string', () => {
    expect(toText(parsePlan(' \n\u3000\n'))).toBe('')
  })

  it('writes a line that would start as Markdown or HTML after an ideographic space, so the text reads back as text', () => {
    const input = '说明\n  # 备注\n  **要点**\n  <div>附件</div>\n一、总体\n1. 推进。（知识产权局负责）'
    const plan = parsePlan(input)
    const text = toText(plan)
    expect(text).toBe('说明\n\u3000# 备注\n\u3000**要点**\n\u3000<div>附件</div>\n一、总体\n1.推进。（知识产权局负责）')
    expect(detectFormat(text)).toBe('text')
    expect(parsePlan(text).children.map((c) => (c.type === 'paragraph' ? c.text : 'title' in c ? c.title : c.text))).toEqual(['说明', '# 备注', '**要点**', '<div>附件</div>', '总体'])
  })

  it('repeated short lines after tasks it writes on one line are not read back as a wrapped text', () => {
    // Twelve tasks over two lines each and six same lines: toText's nineteen lines make the six a third of them.
    const tasks = Array.from({ length: 12 }, (_, k) => `${k + 1}. 甲乙丙\n丁戊${'己'.repeat(k % 3)}。`)
    const plan = parsePlan(['一、总体', ...tasks, ...Array(6).fill('说明说明说明说明说明说明')].join('\n'))
    const again = parsePlan(toText(plan))
    expect(again.children.filter((c) => c.type === 'paragraph')).toHaveLength(6)
    expect(withoutPositions(again)).toEqual(withoutPositions(plan))
  })
})

