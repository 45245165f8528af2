export { parsePlan, type ParseOptions } from './parse-plan.js'
export { parseDocument } from './document/parse-document.js'
export { locate, type Location } from './document/locate.js'
export { CorruptDocumentError, DocumentBytesError, DocumentTooLargeError, EmptyDocumentError, EncryptedDocumentError, NoTextLayerError, UnsupportedFormatError, type UnsupportedFormat } from './document/errors.js'
export { tokenize, type Token, type TokenKind } from './lex/tokenize.js'
export { extractResponsibility } from './extract/responsibility.js'
export { toOutline } from './outline.js'
export { PlanParseError } from './errors.js'
export { RULES, RULE_IDS, type RuleId, type Severity } from './diagnostics.js'
export type {
  Chapter,
  Department,
  Diagnostic,
  Item,
  NoteClause,
  Paragraph,
  Plan,
  PlanNode,
  Point,
  Position,
  Responsibility,
  Section,
  TableCell,
  Task,
  Unit,
} from './types.js'
export { extractNotes, type ExtractOptions } from './extract/responsibility.js'
export { extractMeta } from './meta/extract-meta.js'
export { DecodeError } from './input/decode.js'
export { detectFormat, type InputFormat } from './input/format.js'
export { toText } from './render/to-text.js'
export { formatDiagnostic } from './format-diagnostic.js'
export { DEFAULT_MAX_INPUT_BYTES } from './limits.js'
export type { Registry } from './registry/registry.js'
export type { Wordings } from './extract/grammar/wordings.js'
export type { DepartmentKind, Level, Meta, Source } from './types.js'
export type { Assigned, Heading, MetaDate, MetaDepartments, MetaDocumentNumber, MetaJurisdiction, MetaPeriod, MetaRule, MetaSeal, MetaText, RoleRule } from './types.js'
