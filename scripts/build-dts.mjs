#!/usr/bin/env node
/**
 * The build's declarations: dist/<entry>.d.ts and .d.cts, rolled up by tsup
 * (rollup-plugin-dts) from the .d.ts files tsc emits for src/.
 *
 * Rolling up declarations costs ~5 s of CPU; emitting them costs what a type
 * check of src/ costs (~20 s, most of it zod's inferred types in schema.ts),
 * because tsc must infer every exported type. `npm test` already type-checks
 * src/ and tests/ in one tsc run, so that run emits them too and hands their
 * directory over: `build-dts.mjs --from <dir>`. Alone (`npm run build`) this
 * script emits them itself, from a program of src/ only, and writes nothing
 * if src/ has a type error.
 */
import { mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')

/** Emit src/'s declarations under `dir` (`src/index.ts` → `<dir>/src/index.d.ts`, as `tsc --rootDir .` lays them out); false on a type error. */
function emitDeclarations(dir) {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => console.error(ts.flattenDiagnosticMessageText(d.messageText, '\n')) })
  if (!config) return false
  // tsc's file names use forward slashes on every system.
  const src = `${root.replaceAll(sep, '/')}src/`
  const rootNames = config.fileNames.filter((file) => file.startsWith(src))
  const options = { ...config.options, noEmit: false, emitDeclarationOnly: true, declaration: true, noEmitOnError: true, rootDir: root, declarationDir: dir }
  const { emitSkipped, diagnostics } = ts.createProgram({ rootNames, options }).emit()
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }
    console.error(ts.formatDiagnosticsWithColorAndContext(diagnostics, host))
  }
  return !emitSkipped
}

/**
 * rollup names a shared chunk after its first module's file name without the
 * extension, which for `types.d.ts` is `types.d`: rename `types.d-<hash>.d.ts`
 * to `types-<hash>.d.ts`, the name tsup's `dts` gave it, and the imports of it.
 */
function renameChunks() {
  const chunk = /^(.+)\.d-([\w-]+)\.d\.(c?ts)$/
  const renamed = new Map()
  for (const file of readdirSync(dist)) {
    const m = chunk.exec(file)
    if (!m) continue
    renameSync(join(dist, file), join(dist, `${m[1]}-${m[2]}.d.${m[3]}`))
    renamed.set(`./${m[1]}.d-${m[2]}.`, `./${m[1]}-${m[2]}.`)
  }
  if (renamed.size === 0) return
  for (const file of readdirSync(dist).filter((f) => /\.d\.c?ts$/.test(f))) {
    const text = readFileSync(join(dist, file), 'utf8')
    let out = text
    for (const [from, to] of renamed) out = out.replaceAll(`'${from}`, `'${to}`)
    if (out !== text) writeFileSync(join(dist, file), out)
  }
}

const at = process.argv.indexOf('--from')
const given = at > 0 ? process.argv[at + 1] : undefined
const dir = given ?? mkdtempSync(join(tmpdir(), 'cn-plan-declarations-'))
try {
  if (!given && !emitDeclarations(dir)) process.exit(1)
  // tsup.config.ts rolls the declarations of this directory up (and builds nothing else) when it is named here.
  process.env.CN_PLAN_DECLARATIONS = dir
  const { build } = await import('tsup')
  await build({})
  renameChunks()
} finally {
  if (!given) rmSync(dir, { recursive: true, force: true })
}
