import { describe, expect, test } from 'vitest'
import { detectFormat } from '../src/input/format.js'
import { parsePlan } from '../src/parse-plan.js'
import { numbered } from './helpers/summary.js'

describe('HTML', () => {
  const page = [
    '<html><head><title>一、不是正文</title><style>p{}</style></head><body>',
    '<p>&nbsp;&nbsp;一、完善制度</p>',
    '<p>　　<strong>（一）健全法规</strong></p>',
    '<p>&emsp;1. 推进修订&ldquo;条例&rdquo;。（市场监管总局、知识产权局负责）<br>2. 推进修改。（农业农村部负责）</p>',
    '<script>document.write("3. 假的。（局负责）")</script>',
    '</body></html>',
  ].join('\n')

  test('one line per block, <br> breaks, entities decoded, head and scripts left out', () => {
    const plan = parsePlan(page)
    expect(numbered(plan).map((n) => [n.type, n.number, n.type === 'task' ? n.text : n.title])).toEqual([
      ['chapter', 1, '完善制度'],
      ['section', 1, '健全法规'],
      ['task', 1, '推进修订“条例”。'],
      ['task', 2, '推进修改。'],
    ])
    // The <title> is the one thing left out that a reader sees: reported, at its text.
    expect(plan.diagnostics.map((d) => [d.ruleId, page.slice(d.place.start.offset, d.place.end.offset)])).toEqual([['html-title', '一、不是正文']])
  })

  test('positions point into the HTML source, past the entities before a marker', () => {
    const plan = parsePlan(page)
    for (const node of numbered(plan)) expect(page.startsWith(node.marker, node.position.start.offset)).toBe(true)
    const [, , t1] = numbered(plan)
    expect(t1?.position.start).toEqual({ line: 4, column: 10, offset: page.indexOf('1. 推进') })
    // The end of a task lies past the entities in it.
    expect(page.slice(t1?.position.start.offset, t1?.position.end.offset)).toBe('1. 推进修订&ldquo;条例&rdquo;。（市场监管总局、知识产权局负责）')
  })
})

describe('format detection', () => {
  test.each([
    ['<!DOCTYPE html><p>一、完善</p>', 'html'],
    ['  <div class="article"><p>一、完善</p></div>', 'html'],
    ['标题\n一、完善<br>\n1. 甲<br>\n2. 乙<br>', 'html'],
    ['## 一、完善', 'markdown'],
    ['一、完善\n**（一）加强**', 'markdown'],
    ['一、完善\n1. 甲。（局负责）\n2. 乙。（局负责）', 'text'],
    ['一、完善\n- 12 -\n1. 甲', 'text'],
  ])('%j → %s', (text, format) => {
    expect(detectFormat(text)).toBe(format)
  })

  test('an unknown format is API misuse', () => {
    expect(() => parsePlan('一、完善', { format: 'docx' as 'text' })).toThrow(TypeError)
  })
})

test('a line break of the HTML source inside a <p> is white space, not a new paragraph', () => {
  const html = '<p>一、完善制度</p>\n<p>\n  1. 推进修订《条例》。\n  推进研究论证。（市场监管总局、\n  知识产权局负责）\n</p>\n<p>2. Open data\n  portal。（知识产权局负责）</p>'
  const tasks = numbered(parsePlan(html)).filter((n) => n.type === 'task')
  expect(tasks.map((t) => t.type === 'task' && [t.text, t.responsibility?.departments.length])).toEqual([
    ['推进修订《条例》。推进研究论证。', 2],
    ['Open data portal。', 1],
  ])
  expect(tasks[0]?.position.start.offset).toBe(html.indexOf('1.'))
  expect(tasks[0]?.position.end.offset).toBe(html.indexOf('负责）') + 3)
})
