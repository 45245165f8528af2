import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { citedTitles, extractReferences, planReferences, tasksOf } from '../src/analytics/index.js'
import { parsePlan } from '../src/index.js'

describe('extractReferences', () => {
  it('lists adjacent titles of task 1 of the seed in order', () => {
    const plan = parsePlan(readFileSync(new URL('../fixtures/ip-plan-2021-2022.txt', import.meta.url), 'utf8'))
    const first = tasksOf(plan)[0]?.task.text as string
    expect(citedTitles(first)).toEqual([
      '中华人民共和国反垄断法',
      '中华人民共和国专利法实施细则',
      '关于规范专利申请行为的若干规定',
      '商业秘密保护规定',
      '商标代理管理办法',
      '中华人民共和国商标法',
    ])
  })

  it('keeps quotes and brackets inside a title', () => {
    const text = '为贯彻落实《知识产权强国建设纲要（2021—2035年）》和《“十四五”国家知识产权保护和运用规划》，'
    const refs = extractReferences(text)
    expect(refs.map((r) => r.title)).toEqual(['知识产权强国建设纲要（2021—2035年）', '“十四五”国家知识产权保护和运用规划'])
    expect(refs.map((r) => text.slice(r.start, r.end))).toEqual(['《知识产权强国建设纲要（2021—2035年）》', '《“十四五”国家知识产权保护和运用规划》'])
  })

  it('treats a title citing another as one reference', () => {
    expect(citedTitles('印发《关于印发〈专利审查指南〉的通知》')).toEqual(['关于印发〈专利审查指南〉的通知'])
    expect(citedTitles('印发《关于修改《商标法》的决定》和《专利法》')).toEqual(['关于修改《商标法》的决定', '专利法'])
  })

  it('does not let an unclosed 《 swallow later titles', () => {
    const text = '引用《未闭合的标题，然后《专利法》。'
    expect(extractReferences(text)).toEqual([{ title: '专利法', start: 12, end: 17 }])
  })

  it('lists repeats in extractReferences and once in citedTitles; ignores empty and stray brackets', () => {
    const text = '修改《专利法》，落实《专利法》。《》〈注〉'
    expect(extractReferences(text).map((r) => r.title)).toEqual(['专利法', '专利法'])
    expect(citedTitles(text)).toEqual(['专利法'])
  })
})

describe('planReferences', () => {
  it('lists the titles per citing task of the provincial plan', () => {
    const plan = parsePlan(readFileSync(new URL('../fixtures/province-plan-2024.txt', import.meta.url), 'utf8'))
    expect(planReferences(plan)).toEqual([
      { taskId: 'c1.t3', task: 3, titles: ['地理标志产品保护办法'] },
      { taskId: 'c2.s2.t7', task: 7, titles: ['某省展会知识产权保护办法'] },
    ])
  })
})
