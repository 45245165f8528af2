import { describe, expect, it } from 'vitest'
import { parsePlan } from '../../src/index.js'
import type { Chapter, Task } from '../../src/types.js'
import { losslessViolation, positionViolation, roundTripViolation, schemaViolation } from './invariants.js'

// The invariant checkers are only worth their passes if they fail on broken trees.
const INPUT = '前言\n一、总体要求\n1. 加强领导。（知识产权局负责）。\n2. 完善\n制度。（市场监管总局、农业农村部负责）\n结语'

describe('invariant checkers catch broken trees', () => {
  it('accept the honest parse', () => {
    const plan = parsePlan(INPUT)
    expect([schemaViolation(plan), positionViolation(INPUT, plan), losslessViolation(INPUT, plan), roundTripViolation(plan)]).toEqual([null, null, null, null])
  })

  it('lossless: a lost paragraph is found, with its first character', () => {
    const plan = parsePlan(INPUT)
    plan.children.shift()
    expect(losslessViolation(INPUT, plan)).toBe('character "前" at offset 0 lies in 0 leaves')
  })

  it('lossless: a text span that runs over the note and the full stop after it is found', () => {
    const plan = parsePlan(INPUT)
    const task = (plan.children[1] as Chapter).children[0] as Task
    task.textPosition = task.position
    expect(losslessViolation(INPUT, plan)).toMatch(/^character "。" at offset 27 lies in 2 leaves$/)
  })

  it('positions: a wrong column is found', () => {
    const plan = parsePlan(INPUT)
    const chapter = plan.children[1] as Chapter
    chapter.headingPosition = { ...chapter.headingPosition, start: { ...chapter.headingPosition.start, column: 2 } }
    expect(positionViolation(INPUT, plan)).toMatch(/^c1 heading: .* should be \{"line":2,"column":1,"offset":3\}$/)
  })

  it('round trip: a title that no longer reads back is found', () => {
    const plan = parsePlan(INPUT)
    const chapter = plan.children[1] as Chapter
    expect((chapter.children[0] as Task).trailing).toBe('。')
    chapter.title = '总体\n要求'
    expect(roundTripViolation(plan)).toMatch(/^re-parse differs/)
  })

  it('schema: a department with an empty name is found', () => {
    const plan = parsePlan(INPUT)
    const task = (plan.children[1] as Chapter).children[1] as Task
    task.responsibility!.departments.push({ name: '' })
    expect(schemaViolation(plan)).toMatch(/too_small|>=1/)
  })
})
