/**
 * Tasks whose number a copy lost (Word's automatic numbering): a line with
 * a note of its own where one number is missing. Invented examples.
 */
import { describe, expect, it } from 'vitest'
import { parsePlan } from '../src/index.js'
import type { Task } from '../src/types.js'
import { numbered } from './helpers/summary.js'
import { roundTripViolation } from './property/invariants.js'

const tasksOf = (text: string) => {
  const plan = parsePlan(text)
  return { plan, tasks: numbered(plan).filter((n): n is Task => n.type === 'task') }
}

describe('a line where one task number is missing', () => {
  it('is that task when it ends with a note of its own, its marker empty', () => {
    const { plan, tasks } = tasksOf(['一、防范风险', '1.健全评估机制。（县委政法委牵头）', '加强重点群体服务管理。（县信访局负责）', '3.推进信访法治化。（县信访局负责）'].join('\n'))
    expect(tasks.map((t) => [t.number, t.marker, t.text, t.responsibility?.leads[0]?.name])).toEqual([
      [1, '1.', '健全评估机制。', '县委政法委'],
      [2, '', '加强重点群体服务管理。', '县信访局'],
      [3, '3.', '推进信访法治化。', '县信访局'],
    ])
    expect(tasks[1]?.position?.start).toMatchObject({ line: 3, column: 1 })
    expect(plan.diagnostics.map((d) => [d.ruleId, d.place?.start.line])).toEqual([['marker-lost', 3]])
  })

  it('is that task right after a chapter heading too', () => {
    const { tasks } = tasksOf(['一、甲', '1.推进工作。（县委政法委负责）', '二、乙', '推进综治中心建设。（县委政法委负责）', '3.深化网格管理。（县财政局负责）'].join('\n'))
    expect(tasks.map((t) => [t.number, t.marker])).toEqual([[1, '1.'], [2, ''], [3, '3.']])
  })

  it('is no task when it goes on with the line before, has no note, or no number is missing', () => {
    const wrapped = tasksOf(['一、甲', '1.推进工作，', '全年下降10%。（县公安局负责）', '3.深化管理。（县财政局负责）'].join('\n'))
    expect(wrapped.tasks.map((t) => t.number)).toEqual([1, 3])
    expect(wrapped.tasks[0]?.responsibility?.leads[0]?.name).toBe('县公安局')
    const noNote = tasksOf(['一、甲', '1.推进工作。（县公安局负责）', '加强管理。', '3.深化管理。（县财政局负责）'].join('\n'))
    expect(noNote.tasks.map((t) => t.number)).toEqual([1, 3])
    const inTurn = tasksOf(['一、甲', '1.推进工作。（县公安局负责）', '另行部署。（县公安局负责）', '2.深化管理。（县财政局负责）'].join('\n'))
    expect(inTurn.tasks.map((t) => t.number)).toEqual([1, 2])
  })

  it('reads back the same from toText', () => {
    const text = ['一、防范风险', '1.健全评估机制。（县委政法委牵头）', '加强重点群体服务管理。（县信访局负责）', '3.推进信访法治化。（县信访局负责）'].join('\n')
    expect(roundTripViolation(parsePlan(text))).toBeNull()
  })
})
