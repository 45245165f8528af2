import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiff } from '../src/cli/format.js'
import { type TaskMatch, diffPlans } from '../src/analytics/index.js'
import { parsePlan } from '../src/index.js'

const read = (name: string) => parsePlan(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'))
const before = read('ip-plan-2021-2022.txt')
const after = read('ip-plan-2023.txt')

// Stands in for the department registry (issue 4): both names are one body.
const resolve = (name: string) => (name === '知识产权局' || name === '国家知识产权局' ? 'cnipa' : undefined)

const brief = (m: TaskMatch) => ({
  a: [m.a.id, m.a.number, m.a.chapter],
  b: [m.b.id, m.b.number, m.b.chapter],
  similarity: m.similarity,
  textChanged: m.textChanged,
  lead: m.lead,
  participantsAdded: m.participantsAdded,
  participantsRemoved: m.participantsRemoved,
  chapter: m.chapter,
  level: m.level,
})

describe('diffPlans: seed against its edited 2023 edition', () => {
  // The 2023 fixture was made from the seed by: swapping tasks 3 and 4; adding
  // 市场监管总局 to old task 3; changing the lead of old 97 to 人力资源社会保障部;
  // rewording old 12 (制定 → 实施); moving old 92 from chapter 4 to the end of
  // chapter 6; deleting old 11; appending a task to chapter 7; renumbering
  // 1–115; renaming 知识产权局 → 国家知识产权局 in every note.
  const diff = diffPlans(before, after, { resolve })

  it('reports exactly the edits', () => {
    expect(diff.changed.map(brief)).toEqual([
      { a: ['c1.s1.t3', 3, 1], b: ['c1.s1.t4', 4, 1], similarity: 1, textChanged: false, lead: null, participantsAdded: ['市场监管总局'], participantsRemoved: [], chapter: null, level: null },
      { a: ['c1.s2.t12', 12, 1], b: ['c1.s2.t11', 11, 1], similarity: 0.8, textChanged: true, lead: null, participantsAdded: [], participantsRemoved: [], chapter: null, level: null },
      { a: ['c5.s2.t97', 97, 5], b: ['c5.s2.t95', 95, 5], similarity: 1, textChanged: false, lead: { from: ['知识产权局'], to: ['人力资源社会保障部'], fromDepartmentLevels: ['central'], toDepartmentLevels: ['central'] }, participantsAdded: [], participantsRemoved: [], chapter: null, level: null },
      { a: ['c4.t92', 92, 4], b: ['c6.t109', 109, 6], similarity: 1, textChanged: false, lead: null, participantsAdded: [], participantsRemoved: [], chapter: { from: 4, to: 6 }, level: null },
    ])
    expect(diff.changed[1]?.a.text).toBe('制定版权工作“十四五”规划。')
    expect(diff.changed[1]?.b.text).toBe('实施版权工作“十四五”规划。')
    expect(diff.added).toEqual([{ id: 'c7.t115', number: 115, chapter: 7, text: '开展纲要实施中期评估，形成评估报告并向社会公开。', level: 'task' }])
    expect(diff.removed).toEqual([{ id: 'c1.s2.t11', number: 11, chapter: 1, text: '制定出台知识产权有关分项规划。', level: 'task' }])
    expect(diff.renamedDepartments).toEqual([{ id: 'cnipa', departmentLevel: 'central', from: ['知识产权局'], to: ['国家知识产权局'] }])
  })

  it('prints as the CLI shows it once departments carry registry ids', () => {
    expect(formatDiff(diff)).toBe(
      [
        '114 matched (4 changed), 1 added, 1 removed, 1 renamed department',
        'renamed  知识产权局 → 国家知识产权局 (cnipa)',
        'removed  11 (chapter 1) 制定出台知识产权有关分项规划。',
        'added    115 (chapter 7) 开展纲要实施中期评估，形成评估报告并向社会公开。',
        'changed  3 → 4: participants +市场监管总局',
        'changed  12 → 11: text (similarity 0.8)',
        'changed  97 → 95: lead 知识产权局 → 人力资源社会保障部',
        'changed  92 → 109: chapter 4 → 6',
      ].join('\n'),
    )
  })

  it('matches every other task despite reordering and renumbering', () => {
    expect(diff.matched).toHaveLength(114)
    const swapped = diff.matched.filter((m) => m.a.number === 4 || m.a.number === 3).map((m) => [m.a.number, m.b.number])
    expect(swapped).toEqual([[4, 3], [3, 4]])
    // After the removed task 11, old n became n − 1 up to old 91; old 93–110 moved up two.
    expect(diff.matched.find((m) => m.a.number === 110)?.b.number).toBe(108)
    expect(diff.matched.map((m) => m.b.number)).toEqual([...Array(114).keys()].map((i) => i + 1))
  })

  it('finds the same edits through the department registry, with no resolver', () => {
    const plain = diffPlans(before, after)
    expect(plain.renamedDepartments).toEqual([{ id: 'cnipa', departmentLevel: 'central', from: ['知识产权局'], to: ['国家知识产权局'] }])
    expect(formatDiff(plain)).toBe(formatDiff(diff))
  })

  it('without ids, reports the rename as lead and participant changes on every task naming the department', () => {
    // Strip the registry's ids to see what a name-only comparison makes of the rename.
    const stripped = (plan: typeof before) =>
      JSON.parse(JSON.stringify(plan), (key, value) => (key === 'id' && typeof value === 'string' && !/^c\d|^p\d/.test(value) ? undefined : value))
    const plain = diffPlans(stripped(before), stripped(after))
    expect(plain.renamedDepartments).toEqual([])
    expect(plain.changed).toHaveLength(70)
    // 66 of them differ only by the new name: 36 − 1 (old 11 removed) − 1 (old 97's lead changed) = 34 leads, 33 − 1 (old 3 counted below) = 32 participants.
    const renameOnly = plain.changed.filter(
      (m) =>
        !m.textChanged &&
        m.chapter === null &&
        ((m.lead?.from[0] === '知识产权局' && m.lead.to[0] === '国家知识产权局' && m.participantsAdded.length === 0) ||
          (m.lead === null && m.participantsAdded.join() === '国家知识产权局' && m.participantsRemoved.join() === '知识产权局')),
    )
    expect(renameOnly.filter((m) => m.lead)).toHaveLength(34)
    expect(renameOnly.filter((m) => !m.lead)).toHaveLength(32)
  })

  it('turns a reworded task into removed + added above its similarity', () => {
    const strict = diffPlans(before, after, { resolve, threshold: 0.9 })
    expect(strict.removed.map((t) => t.number)).toEqual([11, 12])
    expect(strict.added.map((t) => t.number)).toEqual([11, 115])
  })

  it('rejects a threshold outside (0, 1]', () => {
    expect(() => diffPlans(before, after, { threshold: 0 })).toThrow(RangeError)
    expect(() => diffPlans(before, after, { threshold: 1.5 })).toThrow(RangeError)
  })
})

describe('diffPlans: matching', () => {
  it('pairs identical duplicates by position, deterministically', () => {
    const a = parsePlan('一、甲\n1. 开展调研。（商务部负责）\n2. 开展调研。（财政部负责）')
    const b = parsePlan('一、甲\n1. 开展调研。（商务部负责）\n2. 开展调研。（财政部负责）')
    const d = diffPlans(a, b)
    expect(d.matched.map((m) => [m.a.number, m.b.number])).toEqual([[1, 1], [2, 2]])
    expect(d.changed).toEqual([])
  })

  it('follows renamed chapters by where their tasks went, not by title', () => {
    const a = parsePlan('一、旧标题\n1. 推进专利法修改工作。（知识产权局负责）\n2. 推进商标法修改工作。（知识产权局负责）')
    const b = parsePlan('一、新标题\n1. 推进专利法修改工作。（知识产权局负责）\n2. 推进商标法修改工作。（知识产权局负责）')
    expect(diffPlans(a, b).changed).toEqual([])
  })

  it('matches 200 × 200 shuffled, renumbered tasks one-to-one', () => {
    // Distinct texts built from a fixed pseudo-random stream, so the test is the same every run.
    const words = ['推进', '完善', '知识产权', '保护', '制度', '加强', '运用', '服务', '体系', '建设', '审查', '质量', '执法', '协同', '数据', '标准', '国际', '合作', '人才', '培训']
    let seed = 42
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
    const texts = Array.from({ length: 200 }, (_, i) => Array.from({ length: 12 }, () => words[next() % words.length]).join('') + `第${i}项。`)
    const order = texts.map((_, i) => i).sort((x, y) => ((x * 7919) % 200) - ((y * 7919) % 200))
    const plan = (list: string[]) => parsePlan('一、任务\n' + list.map((t, i) => `${i + 1}. ${t}（商务部负责）`).join('\n'))
    const d = diffPlans(plan(texts), plan(order.map((i) => texts[i] as string)))
    expect(d.added).toEqual([])
    expect(d.removed).toEqual([])
    expect(d.changed).toEqual([])
    expect(d.matched.map((m) => m.a.number)).toEqual(order.map((i) => i + 1))
  })
})
