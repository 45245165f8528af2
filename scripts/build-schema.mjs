// Generate dist/schema.json from the zod schemas of the build that was just
// made, so the JSON Schema can never drift from the types.
import { readFileSync, writeFileSync } from 'node:fs'
import * as S from '../dist/schema.js'
import { planJsonSchema } from './json-schema.mjs'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
writeFileSync(new URL('../dist/schema.json', import.meta.url), JSON.stringify(planJsonSchema(S, pkg.version), null, 2) + '\n')
