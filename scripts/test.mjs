#!/usr/bin/env node
/**
 * `npm test`: the type check beside the build (each keeps one core busy, and
 * the tests need the build), then the tests beside the package checks and the
 * pages' type check (which need only the build). In each group the first
 * streams its output and the others' are printed whole after it, so they never
 * interleave. Stops after the first group with a step that failed, with that
 * step's code.
 */
import { spawn } from 'node:child_process'

/**
 * Run a command (`npm run <script>`, or a tool of node_modules/.bin, which npm
 * puts on the PATH) to its exit code: with its output passed through, or kept
 * in `output` when `buffered`.
 */
function run(command, { buffered = false, output = [] } = {}) {
  const [file, ...args] = command.split(' ')
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' })
    if (buffered) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => output.push(chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/**
 * Steps run side by side, one group after another. The pages' type check
 * reads the package's built .d.ts, as a user's page does, so it waits for the build.
 */
const groups = [
  ['npm run typecheck', 'npm run build'],
  ['vitest run', 'npm run check:package', 'npm run typecheck:pages'],
]

for (const group of groups) {
  const outputs = group.map(() => [])
  const codes = await Promise.all(group.map((command, i) => run(command, { buffered: i > 0, output: outputs[i] })))
  for (const output of outputs) process.stdout.write(Buffer.concat(output))
  const failed = codes.find((code) => code !== 0)
  if (failed !== undefined) process.exit(failed)
}
