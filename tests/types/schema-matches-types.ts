/**
 * The zod schemas of src/schema.ts and the interfaces of src/types.ts say the
 * same thing: checked by `npm run typecheck`, both ways, for every node. A
 * field (optional ones too) added to one and not the other, or typed
 * differently, makes the `Expect` below fail to compile. Type-only: nothing
 * here runs.
 */
import type { z } from 'zod'
import type * as S from '../../src/schema.js'
import type * as T from '../../src/types.js'
import type { Equal, Expect } from './equal.js'

type Inferred<K extends keyof typeof S> = z.infer<(typeof S)[K]>

export type Checks = [
  Expect<Equal<Inferred<'PointSchema'>, T.Point>>,
  Expect<Equal<Inferred<'PositionSchema'>, T.Position>>,
  Expect<Equal<Inferred<'DepartmentKindSchema'>, T.DepartmentKind>>,
  Expect<Equal<Inferred<'LevelSchema'>, T.Level>>,
  Expect<Equal<Inferred<'DepartmentSchema'>, T.Department>>,
  Expect<Equal<Inferred<'NoteClauseSchema'>, T.NoteClause>>,
  Expect<Equal<Inferred<'ResponsibilitySchema'>, T.Responsibility>>,
  Expect<Equal<Inferred<'ParagraphSchema'>, T.Paragraph>>,
  Expect<Equal<Inferred<'ItemSchema'>, T.Item>>,
  Expect<Equal<Inferred<'TableCellSchema'>, T.TableCell>>,
  Expect<Equal<Inferred<'TaskSchema'>, T.Task>>,
  Expect<Equal<Inferred<'SectionSchema'>, T.Section>>,
  Expect<Equal<Inferred<'ChapterSchema'>, T.Chapter>>,
  Expect<Equal<Inferred<'DiagnosticSchema'>, T.Diagnostic>>,
  Expect<Equal<Inferred<'MetaSchema'>, T.Meta>>,
  Expect<Equal<Inferred<'SourceSchema'>, T.Source>>,
  Expect<Equal<Inferred<'PlanSchema'>, T.Plan>>,
]
