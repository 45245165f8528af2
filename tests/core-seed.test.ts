import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { parsePlan } from '../src/index.js'
import { PlanSchema } from '../src/schema.js'
import { chaptersOf, names, seed, slice, tasksOf } from './helpers.js'

const text = seed()
const plan = parsePlan(text)
const tasks = tasksOf(plan)
const task = (n: number) => tasks.find((t) => t.number === n)!

describe('the 2021–2022 IP plan (seed)', () => {
  it('has 7 chapters, 11 sections and 115 tasks numbered 1–115 in document order', () => {
    const chapters = chaptersOf(plan)
    expect(chapters.map((c) => c.marker)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、'])
    expect(chapters.map((c) => c.title)).toEqual([
      '完善知识产权制度',
      '强化知识产权保护',
      '完善知识产权市场运行机制',
      '提高知识产权公共服务水平',
      '营造良好的知识产权人文社会环境',
      '深度参与全球知识产权治理',
      '加强组织保障',
    ])
    expect(chapters.map((c) => c.children.filter((s) => s.type === 'section').length)).toEqual([3, 3, 3, 0, 2, 0, 0])
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 115 }, (_, i) => i + 1))
    expect(plan.diagnostics).toEqual([])
  })

  it('puts the tasks of chapters 四、六、七 directly under the chapter', () => {
    const [, , , four, , six, seven] = chaptersOf(plan)
    for (const [chapter, first, last] of [[four, 86, 92], [six, 101, 110], [seven, 111, 115]] as const) {
      expect(chapter!.children.every((c) => c.type === 'task')).toBe(true)
      expect(chapter!.children.map((c) => (c.type === 'task' ? c.number : 0))).toEqual(
        Array.from({ length: last - first + 1 }, (_, i) => first + i),
      )
    }
  })

  it('gives every task a responsibility: 21 by duty, 59 with several departments', () => {
    expect(tasks.filter((t) => t.responsibility === null)).toEqual([])
    // Checked with grep: the lines ending in 按职责分工负责）, plus task 102 whose note follows a page break.
    expect(tasks.filter((t) => t.responsibility!.byDuty).map((t) => t.number)).toEqual([
      20, 29, 31, 52, 53, 54, 55, 69, 72, 78, 81, 83, 84, 93, 94, 101, 102, 103, 105, 108, 109,
    ])
    expect(tasks.filter((t) => t.responsibility!.departments.length > 1)).toHaveLength(59)
  })

  it('reads task 1: led by 市场监管总局, with 农业农村部 and 知识产权局 participating', () => {
    const r = task(1).responsibility!
    expect(r.raw).toBe('（市场监管总局、农业农村部、知识产权局负责）')
    expect(names(r.leads)).toEqual(['市场监管总局'])
    expect(names(r.participants)).toEqual(['农业农村部', '知识产权局'])
    expect(r.byDuty).toBe(false)
    expect(task(1).text.startsWith('推进修订《中华人民共和国反垄断法》')).toBe(true)
    expect(task(1).text.endsWith('做好地理标志专门立法论证。')).toBe(true)
    expect(slice(text, r.position)).toBe(r.raw)
  })

  it('labels 按职责分工 entries and still records their lead', () => {
    const r = task(101).responsibility!
    expect(r.byDuty).toBe(true)
    expect(names(r.leads)).toEqual(['中央宣传部'])
    expect(names(r.participants)).toEqual(['最高人民法院', '外交部', '商务部', '市场监管总局', '知识产权局', '贸促会'])
  })

  it('joins tasks 87 and 102 across their page breaks', () => {
    const t87 = task(87)
    expect(t87.text).toContain('推动开展第二期在华 TISC建设。开展国家知识产权信息公共服务网点备案工作')
    expect(t87.text.endsWith('实现全国 31 个省（自治区、直辖市）全覆盖。')).toBe(true)
    expect(names(t87.responsibility!.departments)).toEqual(['知识产权局'])
    expect(t87.position.start.line).toBe(221)
    expect(t87.position.end.line).toBe(223)
    expect(t87.responsibility!.position.start).toEqual({ line: 223, column: 48, offset: 7320 })

    const t102 = task(102)
    expect(t102.text).toContain('加快推进我国加入《工业品外观设计国际注册海牙协定》工作。')
    expect(names(t102.responsibility!.departments)).toEqual(['中央宣传部', '外交部', '司法部', '商务部', '广电总局', '知识产权局'])
    expect(t102.responsibility!.byDuty).toBe(true)
    expect(slice(text, t102.responsibility!.position)).toBe(t102.responsibility!.raw)
  })

  it('keeps parentheses that assign nothing in the text', () => {
    expect(task(87).text).toContain('（TISC）')
    expect(task(111).text).toContain('《知识产权强国建设纲要（2021—2035年）》')
    expect(task(103).text).toContain('（RCEP）')
  })

  it('has positions that slice the input back to each marker', () => {
    const at = (node: { marker: string; position: { start: { offset: number } } }) =>
      text.slice(node.position.start.offset, node.position.start.offset + node.marker.length)
    expect([task(1).marker, at(task(1))]).toEqual(['1.', '1.'])
    expect([task(88).marker, at(task(88))]).toEqual(['88．', '88．'])
    expect([task(109).marker, at(task(109))]).toEqual(['109 .', '109 .'])
    const four = chaptersOf(plan)[3]!
    expect([four.marker, at(four)]).toEqual(['四、', '四、'])
    expect(four.position.start).toEqual({ line: 217, column: 1, offset: 7054 })
    for (const t of tasks) expect(at(t)).toBe(t.marker)
    expect(task(1).position.start).toEqual({ line: 27, column: 1, offset: 574 })
  })

  it('makes equal points one object, which a JSON copy separates', () => {
    const t = task(1)
    expect(t.textPosition.start).toBe(t.position.start)
    // The note closes the task: its end is the task's end.
    expect(t.responsibility!.position.end).toBe(t.position.end)
    expect(t.responsibility!.position.end).toEqual({ line: 27, column: 155, offset: 728 })
    const copy = JSON.parse(JSON.stringify(t)) as typeof t
    copy.textPosition.start.offset = -1
    expect([copy.position.start.offset, t.position.start.offset]).toEqual([574, 574])
  })

  it('keeps the notice, title and preamble before the chapters and the closing rule after them', () => {
    const paragraphs = plan.children.filter((c) => c.type === 'paragraph')
    expect(paragraphs).toHaveLength(11)
    expect(plan.children.slice(0, 10).every((c) => c.type === 'paragraph')).toBe(true)
    expect(plan.children[10]!.type).toBe('chapter')
    const last = plan.children[plan.children.length - 1]!
    expect(last.type === 'paragraph' && last.text).toBe('上述各项任务分工中，由多个部门负责的，列第一位的部门为牵头部门，其他为参与部门。')
    expect(last.id).toBe('p11')
    for (const p of paragraphs) expect(p.type === 'paragraph' && slice(text, p.position)).toBe(p.type === 'paragraph' && p.text)
  })

  it('gives every node a stable, unique id derived from its numbering', () => {
    expect(task(1).id).toBe('c1.s1.t1')
    expect(task(87).id).toBe('c4.t87')
    expect(chaptersOf(plan)[1]!.children[0]!.id).toBe('c2.s1')
    const ids: string[] = []
    visit(plan, (node) => {
      if ('id' in node) ids.push(node.id as string)
    })
    expect(ids).toHaveLength(7 + 11 + 115 + 11)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('is plain JSON that validates against PlanSchema and is walkable with unist-util-visit', () => {
    const json = JSON.parse(JSON.stringify(plan))
    expect(json).toEqual(plan)
    expect(PlanSchema.parse(json)).toEqual(plan)
    let count = 0
    visit(plan, 'task', () => {
      count++
    })
    expect(count).toBe(115)
  })

  it('is accepted by strict mode', () => {
    expect(() => parsePlan(text, { strict: true })).not.toThrow()
  })
})

describe('a plan of more than 9999 tasks', () => {
  it('has all of them, each with its note', () => {
    const lines = ['一、总体']
    for (let k = 1; k <= 10_001; k++) lines.push(`${k}. 推进第${k}项。（知识产权局负责）`)
    const tasks = tasksOf(parsePlan(lines.join('\n')))
    expect(tasks).toHaveLength(10_001)
    expect(tasks.slice(-2).map((t) => [t.number, t.marker, t.text, t.responsibility?.leads[0]?.id])).toEqual([
      [10_000, '10000.', '推进第10000项。', 'cnipa'],
      [10_001, '10001.', '推进第10001项。', 'cnipa'],
    ])
  })
})
