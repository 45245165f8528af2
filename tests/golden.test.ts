import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePlan } from '../src/index.js'

// Every fixture beside the tree it parses to, positions and diagnostics
// included (fixtures/golden/<file>.json): any change to any tree shows up
// here. `UPDATE=1 npx vitest run tests/golden.test.ts` rewrites them; the
// diff is then the change to review.
const FIXTURES = new URL('../fixtures/', import.meta.url)
const GOLDEN = new URL('../fixtures/golden/', import.meta.url)
const files = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')),
  ...readdirSync(new URL('inputs/', FIXTURES)).map((f) => `inputs/${f}`),
  ...readdirSync(new URL('forms/', FIXTURES)).map((f) => `forms/${f}`),
]

describe('every fixture parses to its golden tree', () => {
  for (const file of files) {
    it(file, () => {
      const plan = JSON.parse(JSON.stringify(parsePlan(readFileSync(new URL(file, FIXTURES)))))
      const golden = new URL(`${file.replace('/', '--')}.json`, GOLDEN)
      if (process.env.UPDATE) {
        mkdirSync(GOLDEN, { recursive: true })
        writeFileSync(golden, JSON.stringify(plan, null, 1) + '\n')
      }
      expect(existsSync(golden), `no golden tree for ${file}: run UPDATE=1 npx vitest run tests/golden.test.ts`).toBe(true)
      expect(plan).toEqual(JSON.parse(readFileSync(golden, 'utf8')))
    })
  }
})
