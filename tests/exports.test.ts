import { expect, it } from 'vitest'
import * as api from '../src/index.js'
import * as schema from '../src/schema.js'

it('pins the public runtime exports', () => {
  expect(Object.keys(api).sort()).toEqual(['PlanParseError', 'RULE_IDS', 'extractResponsibility', 'parsePlan', 'toOutline', 'tokenize'])
})

it('pins the schema subpath exports', () => {
  expect(Object.keys(schema).sort()).toEqual([
    'ChapterSchema', 'DepartmentSchema', 'DiagnosticSchema', 'ParagraphSchema', 'PlanSchema', 'PointSchema',
    'PositionSchema', 'ResponsibilitySchema', 'SectionSchema', 'TaskSchema',
  ])
})
