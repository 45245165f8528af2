import { describe, expect, test } from 'vitest'
import { parsePlan } from '../src/parse-plan.js'
import type { Plan } from '../src/types.js'
import { markdownChunks } from '../src/markdown/chunks.js'
import { numbered } from './helpers/summary.js'

const shape = (plan: Plan) =>
  numbered(plan).map((n) => [n.type, n.number, n.type === 'task' ? n.text : n.title, n.position.start.offset])

describe('Markdown', () => {
  test('numbering decides the level, not heading depth; bold paragraphs can be sections', () => {
    const md = '# 一、完善制度\n\n#### （一）健全法规\n\n1. 推进立法。（知识产权局负责）\n\n**（二）加强保护**\n\n2. 推进修改。（农业农村部负责）\n'
    expect(shape(parsePlan(md))).toEqual([
      ['chapter', 1, '完善制度', md.indexOf('一、')],
      ['section', 1, '健全法规', md.indexOf('（一）')],
      ['task', 1, '推进立法。', md.indexOf('1.')],
      ['section', 2, '加强保护', md.indexOf('（二）')],
      ['task', 2, '推进修改。', md.indexOf('2.')],
    ])
  })

  test('bold next to CJK punctuation is bold (remark-cjk-friendly), and its marks do not reach the title', () => {
    const plan = parsePlan('## 一、总体要求\n\n**（一）加强保护。**加快完善制度。\n\n1. 推进立法。（知识产权局负责）\n', { format: 'markdown' })
    expect(numbered(plan)[1]).toMatchObject({ type: 'section', title: '加强保护。', text: '加快完善制度。' })
  })

  test('an ordered list gives task numbers from its start; items written `1.` keep `1.` as their marker, where they point', () => {
    const md = '一、完善制度\n=======\n\n3. 甲。（局负责）\n1. 乙。（局负责）\n1. 丙。（局负责）\n'
    const plan = parsePlan(md, { format: 'markdown' })
    const tasks = numbered(plan).filter((n) => n.type === 'task')
    expect(tasks.map((t) => [t.number, t.marker, md.slice(t.position.start.offset, t.position.start.offset + 2)])).toEqual([
      [3, '3.', '3.'],
      [4, '1.', '1.'],
      [5, '1.', '1.'],
    ])
    // A setext heading works like an ATX one.
    expect(numbered(plan)[0]).toMatchObject({ type: 'chapter', title: '完善制度' })
  })

  test('links, emphasis, escapes and block quotes give their text; positions stay in the source', () => {
    const md = '## 一、完善制度\n\n> 1\\. 推进*修订*《条例》。（[市场监管总局](https://www.samr.gov.cn)、知识产权局负责）\n'
    const plan = parsePlan(md)
    const task = numbered(plan)[1]
    expect(task).toMatchObject({ type: 'task', number: 1, text: '推进修订《条例》。' })
    if (task?.type !== 'task') return
    expect(task.responsibility?.departments).toMatchObject([{ name: '市场监管总局', id: 'samr' }, { name: '知识产权局', id: 'cnipa' }])
    expect(task.position.start).toEqual({ line: 3, column: 3, offset: md.indexOf('1\\.') })
    expect(task.position.end.offset).toBe(md.indexOf('负责）') + 3)
  })

  test('is detected from headings; plain text with numbered lines stays text', () => {
    const md = '## 一、完善制度\n1. 推进立法。（知识产权局负责）'
    expect(numbered(parsePlan(md))[0]?.position.start.offset).toBe(3)
    // As text, `## ` is not a marker: no chapter.
    expect(numbered(parsePlan(md, { format: 'text' })).map((n) => n.type)).toEqual(['task'])
  })
})

describe('Markdown in chapter-sized pieces', () => {
  const filler = (n: number) => `${n}. 推进${'知识产权'.repeat(1100)}。（知识产权局负责）\n\n`

  test('cut before top-level headings once a piece is long, never inside a fenced block', () => {
    const md = `## 一、甲\n\n${filler(1)}\`\`\`\n## 不是标题\n\`\`\`\n\n## 二、乙\n\n${filler(2)}## 三、丙\n`
    const starts = markdownChunks(md)
    expect(starts.map((s) => md.slice(s, s + 6))).toEqual(['## 一、甲', '## 二、乙', '## 三、丙'])
  })

  test('the tree does not depend on where the pieces were cut', () => {
    const md = `## 一、甲\n\n${filler(1)}${filler(2)}## 二、乙\n\n3. 丙。（局负责）\n1. 丁。（局负责）\n`
    // Cut before the second chapter, and inside the first one's list (each item is past 1 500 characters).
    expect(markdownChunks(md).map((s) => md.slice(s, s + 6))).toEqual(['## 一、甲', '2. 推进知', '## 二、乙'])
    const plan = parsePlan(md, { format: 'markdown' })
    expect(numbered(plan).map((n) => [n.type, n.number, md.startsWith(n.marker, n.position.start.offset)])).toEqual([
      ['chapter', 1, true],
      ['task', 1, true],
      ['task', 2, true],
      ['chapter', 2, true],
      ['task', 3, true],
      ['task', 4, true],
    ])
  })
})

test('a leading BOM, which remark drops, still counts in offsets', () => {
  const md = '\ufeff## 一、完善制度\r\n\r\n1. 推进立法。（知识产权局负责）'
  const [chapter, task] = numbered(parsePlan(md))
  expect(chapter?.position.start).toEqual({ line: 1, column: 5, offset: 4 })
  expect(task?.position.start).toEqual({ line: 3, column: 1, offset: md.indexOf('1.') })
})
