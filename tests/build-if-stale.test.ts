import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { expectedOutputs, staleReason } from '../scripts/build-if-stale.mjs'

const pkg = {
  exports: { '.': { import: { types: './dist/index.d.ts', default: './dist/index.js' }, require: './dist/index.cjs' }, './package.json': './package.json' },
  bin: { tool: './dist/cli.js' },
}

let root = ''
/** Write a file at a time given in seconds. */
function file(path: string, seconds: number): void {
  const full = join(root, path)
  mkdirSync(dirname(full), { recursive: true })
  writeFileSync(full, path === 'package.json' ? JSON.stringify(pkg) : '')
  utimesSync(full, seconds, seconds)
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stale-'))
  file('package.json', 1000)
  file('tsup.config.ts', 1000)
  file('src/index.ts', 1000)
  file('src/parse/deep.ts', 1000)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

it('lists what the exports and bin point at in dist/, and the worker the CLI loads beside itself', () => {
  expect(expectedOutputs(pkg)).toEqual(['dist/cli-worker.js', 'dist/cli.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.js'])
})

it('builds a fresh clone, and a dist/ a failed build left incomplete', () => {
  expect(staleReason(root)).toBe('dist/cli-worker.js is missing')
  for (const out of ['dist/cli-worker.js', 'dist/cli.js', 'dist/index.cjs', 'dist/index.js']) file(out, 2000)
  expect(staleReason(root)).toBe('dist/index.d.ts is missing')
})

it('skips the build when every output is newer than every input', () => {
  for (const out of expectedOutputs(pkg)) file(out, 2000)
  expect(staleReason(root)).toBeNull()
})

it('builds again when a source file deep in src/, or the configuration, changed after the oldest output', () => {
  for (const out of expectedOutputs(pkg)) file(out, 2000)
  file('dist/index.d.ts', 1500)
  file('src/parse/deep.ts', 1800)
  expect(staleReason(root)).toBe('src changed since the last build')
  file('src/parse/deep.ts', 1000)
  file('tsup.config.ts', 1600)
  expect(staleReason(root)).toBe('tsup.config.ts changed since the last build')
})
