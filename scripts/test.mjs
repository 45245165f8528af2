#!/usr/bin/env node
/**
 * `npm test`: the type check, the build, the tests, the package checks and
 * the pages' type check. Each step starts as soon as the steps it needs are
 * done, so that both cores stay busy (the machine it must pass on has two):
 *
 *   typecheck ──────────────────────────┐
 *   bundles ─ schema ─┬─ vitest ...      ├─ declarations ─┬─ vitest (declaration tests)
 *                     └──────────────────┘                ├─ check:package
 *                                                         └─ typecheck:pages
 *
 * The build (`npm run build`: bundles, declarations, schema) is split into
 * its steps because its declarations come from the type check, which emits
 * them while it checks (scripts/build-dts.mjs says why), and most tests need
 * only the bundles. The tests that read the declarations run after them.
 *
 * vitest streams its output; every other step's output is printed whole when
 * it ends, or when vitest ends if vitest is running then, so outputs never
 * interleave. On the first step that fails, the steps still running are
 * stopped, and `npm test` exits with that step's code.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Where the type check writes src/'s declarations for the build to roll up. */
const declarations = mkdtempSync(join(tmpdir(), 'cn-plan-declarations-'))

/**
 * The tests that read dist/*.d.ts, which are built last. A new test that reads
 * them belongs here: the other tests start before they exist (tsup empties
 * dist/ when it starts), so it would fail there, or pass only by its timing.
 */
const DECLARATION_TESTS = ['tests/dts-docs.test.ts', 'tests/snippets-typecheck.test.ts']

/**
 * Each step: a command (a script of package.json through npm, or a tool of
 * node_modules/.bin, which npm puts on the PATH), the steps it waits for,
 * and whether its output streams.
 */
const steps = {
  typecheck: { command: ['tsc', '--noEmit', 'false', '--emitDeclarationOnly', '--rootDir', '.', '--declarationDir', declarations] },
  bundles: { command: ['tsup'] },
  // Imports dist/schema.js.
  schema: { command: ['node', 'scripts/build-schema.mjs'], after: ['bundles'] },
  vitest: { command: ['vitest', 'run', ...DECLARATION_TESTS.flatMap((file) => ['--exclude', file])], after: ['schema'], stream: true },
  // After the bundles too: tsup cleans dist/ when it starts.
  declarations: { command: ['node', 'scripts/build-dts.mjs', '--from', declarations], after: ['typecheck', 'bundles'] },
  // One worker: the two files then load TypeScript and the declarations' dependencies once (~5 s of CPU less).
  'vitest (declarations)': { command: ['vitest', 'run', '--maxWorkers', '1', ...DECLARATION_TESTS], after: ['declarations', 'schema'] },
  'check:package': { command: ['npm', 'run', 'check:package'], after: ['declarations', 'schema'] },
  // Reads the package's built .d.ts, as a user's page does.
  'typecheck:pages': { command: ['npm', 'run', 'typecheck:pages'], after: ['declarations'] },
}

/** name → 'running' | 'done' (absent: not started). */
const state = new Map()
/** Child processes still running, by step name. */
const children = new Map()
/** Buffered outputs waiting for the streaming step to end. */
const pending = []
let failed = null

const streaming = () => [...children.keys()].some((name) => steps[name].stream)
const flush = () => {
  while (pending.length > 0 && !streaming()) process.stdout.write(pending.shift())
}

function start(name) {
  const { command, stream = false } = steps[name]
  const [file, ...args] = command
  const started = Date.now()
  const child = spawn(file, args, { stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] })
  const output = []
  if (!stream) for (const s of [child.stdout, child.stderr]) s.on('data', (chunk) => output.push(chunk))
  state.set(name, 'running')
  children.set(name, child)
  return new Promise((resolve) => {
    const end = (code, signal = null) => {
      children.delete(name)
      state.set(name, 'done')
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      const outcome = code === 0 ? 'passed' : signal && failed !== null ? 'stopped' : `failed (${code})`
      pending.push(Buffer.concat([...output, Buffer.from(`[npm test] ${name}: ${outcome} in ${seconds} s\n`)]))
      flush()
      if (code !== 0 && failed === null) {
        failed = code
        // npm passes the signal on to its script.
        for (const other of children.values()) other.kill('SIGTERM')
      }
      resolve()
    }
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`))
      end(1)
    })
    child.on('close', (code, signal) => end(code ?? (signal ? 1 : 0), signal))
  })
}

/** Start every step whose steps before it are done, until all are done or one failed. */
async function runAll() {
  const running = new Set()
  for (;;) {
    if (failed === null) {
      for (const [name, { after = [] }] of Object.entries(steps)) {
        if (!state.has(name) && after.every((before) => state.get(before) === 'done')) {
          const promise = start(name).then(() => running.delete(promise))
          running.add(promise)
        }
      }
    }
    if (running.size === 0) return
    await Promise.race(running)
  }
}

try {
  await runAll()
} finally {
  rmSync(declarations, { recursive: true, force: true })
}
flush()
process.exit(failed ?? 0)
