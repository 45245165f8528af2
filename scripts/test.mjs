#!/usr/bin/env node
/**
 * `npm test`: the type check and the build side by side (each keeps one core
 * busy, and the tests need the build), then the tests, then the package
 * checks. The side-by-side steps print their output whole as each ends, so
 * it never interleaves. Stops at the first step that fails, with its code.
 */
import { spawn } from 'node:child_process'

/** Run a command (`npm run <script>`, or a tool of node_modules/.bin, which npm puts on the PATH); its output is passed through, or kept and printed when it ends. */
function run(command, { buffered = false } = {}) {
  const [file, ...args] = command.split(' ')
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' })
    const chunks = []
    if (buffered) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => chunks.push(chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      process.stdout.write(Buffer.concat(chunks))
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

/** The steps in order; an array holds steps run side by side. */
const steps = [['npm run typecheck', 'npm run build'], 'vitest run', 'npm run check:package']

for (const step of steps) {
  const codes = Array.isArray(step) ? await Promise.all(step.map((command) => run(command, { buffered: true }))) : [await run(step)]
  const failed = codes.find((code) => code !== 0)
  if (failed !== undefined) process.exit(failed)
}
