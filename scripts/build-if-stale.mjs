#!/usr/bin/env node
/**
 * `npm start`'s build step: build only when dist/ is missing a file the
 * package points at, or is older than what it is built from. The full build
 * (bundles and declarations) takes most of a minute; a second `npm start`
 * should print the outline at once.
 *
 * Built from: everything under src/, the build's configuration and scripts,
 * and package.json (its version is written into the JSON Schema and its
 * exports say what dist/ must hold). A failed build leaves files missing,
 * which is stale too.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const INPUTS = ['src', 'package.json', 'tsconfig.json', 'tsup.config.ts', 'scripts/build-dts.mjs', 'scripts/build-schema.mjs', 'scripts/json-schema.mjs']

/** Files no `exports` or `bin` entry names but the CLI loads beside itself: `--jobs N` threads run dist/cli-worker.js. */
const BESIDE_CLI = ['dist/cli-worker.js']

/** Every file of the package.json's `exports` and `bin`, and what the CLI loads beside it: what a build must have made. */
export function expectedOutputs(pkg) {
  const files = new Set()
  const walk = (value) => {
    if (typeof value === 'string') {
      if (value.startsWith('./dist/')) files.add(value.slice(2))
    } else if (value && typeof value === 'object') {
      for (const inner of Object.values(value)) walk(inner)
    }
  }
  walk(pkg.exports)
  walk(pkg.bin)
  if (files.has('dist/cli.js')) for (const file of BESIDE_CLI) files.add(file)
  return [...files].sort()
}

/** The newest modification time under a path (a file, or a directory walked whole); 0 when it does not exist. */
function newest(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let max = 0
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)))
  return max
}

/** Why the build in `root` must run again, or `null` when dist/ is up to date. */
export function staleReason(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const outputs = expectedOutputs(pkg)
  const missing = outputs.find((file) => !existsSync(join(root, file)))
  if (missing) return `${missing} is missing`
  const oldest = Math.min(...outputs.map((file) => statSync(join(root, file)).mtimeMs))
  const changed = INPUTS.find((input) => newest(join(root, input)) > oldest)
  return changed ? `${changed} changed since the last build` : null
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const reason = staleReason(root)
  if (reason) {
    console.error(`Building: ${reason}.`)
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
    process.exit(build.status ?? 1)
  }
}
