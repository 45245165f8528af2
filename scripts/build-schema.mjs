// Generate dist/schema.json from the zod schemas of the build that was just
// made, so the JSON Schema can never drift from the types.
import { readFileSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import * as S from '../dist/schema.js'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

// Name the definitions after the schemas (`#/$defs/Task`), without touching
// the global registry the library's schemas live in.
const names = z.registry()
for (const [key, value] of Object.entries(S)) {
  if (key.endsWith('Schema') && key !== 'PlanSchema') names.add(value, { id: key.slice(0, -'Schema'.length) })
}

// Named schemas go to $defs and are referenced by name.
const { $schema, ...generated } = z.toJSONSchema(S.PlanSchema, { target: 'draft-2020-12', io: 'output', metadata: names })

const schema = {
  $schema,
  $id: `https://unpkg.com/cn-plan-parser@${pkg.version}/dist/schema.json`,
  title: 'cn-plan-parser plan',
  description: 'A parsed Chinese government plan, as printed by `cn-plan-parser parse FILE` and returned by parsePlan().',
  ...generated,
}
writeFileSync(new URL('../dist/schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n')
