import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { normalise } from '../src/input/normalise.js'
import { parsePlan } from '../src/parse-plan.js'
import { splitLines } from '../src/util/lines.js'
import { counts, numbered } from './helpers/summary.js'

// A provincial plan as copied off a government web page: `&emsp;` indents
// (U+3000), one section's body run onto one line, a chapter numbered with a
// space for its `、`, a task in traditional characters, a contact line padded
// with a long run of ideographic spaces. Each exercises one fast path of the
// input stages (the flattened scan, the shared line split, the traditional check).
const text = readFileSync('fixtures/province-web-copy-2022.txt', 'utf8')

describe('a web copy with indents, a flattened section and a traditional task', () => {
  const plan = parsePlan(text)

  it('has its 3 chapters, 2 sections and 7 tasks, and nothing to report', () => {
    expect(counts(plan)).toEqual({ chapters: 3, sections: 2, tasks: 7, byDuty: 1, multi: 4 })
    expect(numbered(plan).map((n) => `${n.type} ${n.number}`)).toEqual([
      'chapter 1', 'section 1', 'task 1', 'task 2', 'section 2', 'task 3', 'task 4',
      'chapter 2', 'task 5', 'task 6', 'chapter 3', 'task 7',
    ])
    expect(plan.diagnostics).toEqual([])
  })

  it('cuts the flattened section before 3. and 4., not inside task 4 (完成 10 项)', () => {
    const [t3, t4] = numbered(plan).filter((n) => n.type === 'task' && (n.number === 3 || n.number === 4))
    // Line 9: two U+3000, （二）完善政策体系 (9), a space, then task 3; task 4 after its note and a U+3000.
    expect(t3?.position.start).toEqual({ line: 9, column: 13, offset: text.indexOf('3.出台') })
    expect(t4?.position.start).toEqual({ line: 9, column: 57, offset: text.indexOf('4.完善') })
    expect(t4?.type === 'task' && t4.text).toBe('完善专利导航工作机制，完成 10 项导航项目。')
    expect(t3?.type === 'task' && t3.responsibility?.departments.map((d) => d.name)).toEqual(['省财政厅', '省地方金融监管局', '省知识产权局'])
  })

  it('simplifies task 6 and its department, keeping the wording as written', () => {
    const t6 = numbered(plan).find((n) => n.type === 'task' && n.number === 6)
    expect(t6).toMatchObject({ text: '加强卫生健康领域知识产权保护。', original: '加強衞生健康領域知識產權保護。' })
    expect(t6?.type === 'task' && t6.responsibility?.departments).toMatchObject([{ name: '省卫生健康委', original: '省衞生健康委', kind: 'local' }])
  })

  it('takes 三　提升… (a space for the 、) as chapter 3, and keeps the padded contact line as text', () => {
    expect(numbered(plan).find((n) => n.type === 'chapter' && n.number === 3)).toMatchObject({ title: '提升知识产权运用效能' })
    const last = plan.children.at(-1)
    expect(last?.type === 'paragraph' && last.text.startsWith('联系人：张某　')).toBe(true)
    expect(last?.position.start).toMatchObject({ line: 16, column: 1 })
  })

  it('normalise hands over the lines of its own text: the flattened line split, the rest as given', () => {
    const normalised = normalise(text, 'auto')
    expect(normalised.lines.toArray()).toEqual(splitLines(normalised.text).toArray())
    // 13 non-blank lines, one of them cut in three (before 3. and before 4.).
    expect(splitLines(text)).toHaveLength(13)
    expect(normalised.lines.toArray().map(({ start, end }) => normalised.text.slice(start, start + 4))).toEqual([
      '××省2', '为深入贯', '一、完善', '（一）健', '1.推进', '2.制定', '（二）完', '3.出台', '4.完善', '二、强化', '5.开展', '6.加强', '三　提升', '7.推动', '联系人：',
    ])
  })
})
