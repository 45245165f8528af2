// The JSON Schema of a parsed plan, made from the zod schemas of a build: used
// by build-schema.mjs for dist/schema.json, and by the test of the docs'
// examples for the build it makes from src/.
import { z } from 'zod'

/**
 * The plan's JSON Schema (draft 2020-12) from the exports of a build's
 * `schema` entry, its definitions named after the zod schemas (`#/$defs/Task`).
 */
export function planJsonSchema(S, version) {
  // Name the definitions without touching the global registry the library's schemas live in.
  const names = z.registry()
  for (const [key, value] of Object.entries(S)) {
    if (key.endsWith('Schema') && key !== 'PlanSchema') names.add(value, { id: key.slice(0, -'Schema'.length) })
  }
  // Named schemas go to $defs and are referenced by name.
  const { $schema, ...generated } = z.toJSONSchema(S.PlanSchema, { target: 'draft-2020-12', io: 'output', metadata: names })
  return {
    $schema,
    $id: `https://unpkg.com/cn-plan-parser@${version}/dist/schema.json`,
    title: 'cn-plan-parser plan',
    description: 'A parsed Chinese government plan, as printed by `cn-plan-parser parse FILE` and returned by parsePlan().',
    ...generated,
  }
}
