import { expect, it } from 'vitest'
import * as analytics from '../src/analytics/index.js'
import * as api from '../src/index.js'
import * as registry from '../src/registry/index.js'
import * as schema from '../src/schema.js'

it('pins the public runtime exports', () => {
  expect(Object.keys(api).sort()).toEqual([
    'CorruptDocumentError', 'DEFAULT_MAX_INPUT_BYTES', 'DecodeError', 'DocumentBytesError', 'DocumentTooLargeError', 'EmptyDocumentError', 'EncryptedDocumentError',
    'NoTextLayerError', 'PlanParseError', 'RULES', 'RULE_IDS', 'UnsupportedFormatError',
    'detectFormat', 'extractMeta', 'extractNotes', 'extractResponsibility', 'formatDiagnostic', 'locate', 'parseDocument', 'parsePlan', 'toOutline', 'toText',
    'tokenize',
  ])
})

it('pins the analytics subpath exports', () => {
  expect(Object.keys(analytics).sort()).toEqual([
    'ROW_COLUMNS', 'citedTitles', 'departmentId', 'departmentIndex', 'departmentKey', 'departmentLevel', 'diffPlans', 'extractReferences',
    'notesOf', 'planReferences', 'tasksOf', 'toCsv', 'toMarkdown', 'toNdjson', 'toRows', 'unitWording', 'unitsOf',
  ])
})

it('pins the registry subpath exports', () => {
  expect(Object.keys(registry).sort()).toEqual(['builtinDepartments', 'createRegistry', 'defaultRegistry', 'registryEntry', 'resolveDepartment'])
})

it('pins the schema subpath exports', () => {
  expect(Object.keys(schema).sort()).toEqual([
    'ChapterSchema', 'DepartmentKindSchema', 'DepartmentSchema', 'DiagnosticSchema', 'ItemSchema', 'LevelSchema', 'MetaSchema', 'NoteClauseSchema',
    'ParagraphSchema', 'PlanSchema', 'PointSchema', 'PositionSchema', 'ResponsibilitySchema', 'SectionSchema', 'SourceSchema', 'TableCellSchema', 'TaskSchema',
  ])
})
