import { describe, expect, it } from 'vitest'
import { parsePlan } from '../../src/index.js'
import type { Chapter, Plan, Section, Task } from '../../src/types.js'
import { names, tasks } from './helpers.js'

const slice = (input: string, p: { start: { offset: number }; end: { offset: number } } | undefined) => (p ? input.slice(p.start.offset, p.end.offset) : undefined)

describe('an HTML task table', () => {
  const html = [
    '<h2>一、优化营商环境</h2>',
    '<table border="1">',
    '<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th></tr>',
    '<tr><td colspan="4">（一）提升政务服务</td></tr>',
    '<tr><td>1</td><td><p>推行“一网通办”，</p><p>压缩办理时限。</p></td><td rowspan="2">市政务服务局</td><td>市大数据局</td></tr>',
    '<tr><td>2</td><td>推行“跨省通办”。</td><td>市公安局、市人社局</td></tr>',
    '<tr><td>3</td><td>建设“智慧监管”平台。</td><td>市市场监管局</td><td>市财政局</td></tr>',
    '</table>',
  ].join('\n')
  const plan = parsePlan(html)

  it('reads the header, a colspan heading row and each row', () => {
    const chapter = plan.children[0] as Chapter
    expect(chapter.title).toBe('优化营商环境')
    const section = chapter.children.find((c) => c.type === 'section') as Section
    expect(section.title).toBe('提升政务服务')
    expect(section.children.map((t) => [(t as Task).number, (t as Task).text])).toEqual([
      [1, '推行“一网通办”，压缩办理时限。'],
      [2, '推行“跨省通办”。'],
      [3, '建设“智慧监管”平台。'],
    ])
  })

  it('keeps columns in place under a rowspan: the covered cell is empty, the next cell stays a participant', () => {
    const [t1, t2, t3] = tasks(plan)
    expect(names(t1?.responsibility?.leads)).toEqual(['市政务服务局'])
    expect(names(t1?.responsibility?.participants)).toEqual(['市大数据局'])
    // The lead cell spans rows 1 and 2: its names are written once, in row 1.
    expect(t2?.responsibility?.leads).toEqual([])
    expect(names(t2?.responsibility?.participants)).toEqual(['市公安局', '市人社局'])
    expect(names(t3?.responsibility?.leads)).toEqual(['市市场监管局'])
  })

  it('positions names in the page source', () => {
    const [t1] = tasks(plan)
    expect(slice(html, t1?.responsibility?.leads[0]?.position)).toBe('市政务服务局')
    expect(slice(html, t1?.textPosition)).toBe('推行“一网通办”，</p><p>压缩办理时限。')
  })

  it('leaves a table that is no task table as lines, one per cell, as before', () => {
    const other = parsePlan('<p>一、主要指标</p><table><tr><td>指标</td><td>2025年</td></tr><tr><td>专利数</td><td>3000</td></tr></table>')
    expect((other.children[0] as Chapter).children.map((c) => ('text' in c ? c.text : c.type))).toEqual(['指标', '2025年', '专利数', '3000'])
  })

  it('reads a nested table as the words of its cell', () => {
    const nested = parsePlan('<table><tr><th>重点任务</th><th>责任单位</th></tr><tr><td>建设平台。<table><tr><td>附表</td></tr></table></td><td>市科技局</td></tr></table>')
    expect(tasks(nested).map((t) => [t.text, names(t.responsibility?.leads)])).toEqual([['建设平台。附表', ['市科技局']]])
  })
})

describe('a Markdown pipe table', () => {
  const md = ['# 某区2024年工作要点', '', '## 一、重点任务', '', '| 序号 | 主要任务 | 责任单位 |', '| :-: | --- | --- |', '| 1 | **推进**老旧小区改造。 | 区住建局、区财政局 |', '| 2 | 开展垃圾分类。 | 各街道办事处 |', ''].join('\n')

  it('becomes tasks as Markdown, emphasis marks left out', () => {
    const plan = parsePlan(md, { format: 'markdown' })
    expect(tasks(plan).map((t) => [t.id, t.marker, t.text, names(t.responsibility?.leads), names(t.responsibility?.participants)])).toEqual([
      ['c1.t1', '1', '推进老旧小区改造。', ['区住建局'], ['区财政局']],
      ['c1.t2', '2', '开展垃圾分类。', ['各街道办事处'], []],
    ])
    expect(slice(md, tasks(plan)[1]?.responsibility?.position)).toBe('各街道办事处')
  })

  it('becomes the same tasks when pasted as plain text', () => {
    const plan = parsePlan(md.replace('# 某区2024年工作要点\n\n## ', ''), { format: 'text' })
    expect(tasks(plan).map((t) => t.text)).toEqual(['**推进**老旧小区改造。', '开展垃圾分类。'])
  })

  it('needs the delimiter row: pipes alone are text', () => {
    const plan = parsePlan('| 序号 | 主要任务 | 责任单位 |\n| 1 | 推进改造。 | 区住建局 |\n', { format: 'text' })
    expect(tasks(plan)).toEqual([])
  })
})
