// Importing the package, and parsing text, loads no document reader: the built
// dist/index.js is imported in a child process whose resolve hook logs every
// module it loads. A second run, reading a .docx, shows the hook sees the readers.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const entry = pathToFileURL(join(root, 'dist/index.js')).href
let dir = ''

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'module-graph-'))
  writeFileSync(join(dir, 'hooks.mjs'), "import { appendFileSync } from 'node:fs'\nexport async function resolve(specifier, context, next) {\n  const result = await next(specifier, context)\n  appendFileSync(process.env.MODULE_LOG, result.url + '\\n')\n  return result\n}\n")
  writeFileSync(join(dir, 'register.mjs'), "import { register } from 'node:module'\nregister('./hooks.mjs', import.meta.url)\n")
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The URLs of the modules loaded by `script` (ESM, run after the hook is registered). */
function loaded(name: string, script: string): string[] {
  const log = join(dir, `${name}.log`)
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, '--input-type=module', '-e', script], { env: { ...process.env, MODULE_LOG: log }, encoding: 'utf8' })
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return readFileSync(log, 'utf8').trim().split('\n')
}

/** Files of dist/ and packages among the loaded modules, as short names. */
const names = (urls: string[]) => urls.filter((u) => u.startsWith('file:')).map((u) => u.replace(/^.*\/node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1').replace(/^.*\/dist\//, 'dist/'))
/** Does any loaded dist chunk hold a document reader? */
const readerChunks = (urls: string[]) => urls.filter((u) => u.includes('/dist/') && /function read(Docx|Doc|Ole|Pdf)\b/.test(readFileSync(fileURLToPath(u), 'utf8')))

describe.runIf(existsSync(join(root, 'dist/index.js')))('the module graph of the build', () => {
  it('loads no document reader on import, nor when parsing text', () => {
    const urls = loaded('text', `const { parsePlan } = await import(${JSON.stringify(entry)}); parsePlan('一、任务\\n1. 推进立法。（司法部负责）')`)
    expect(names(urls)).toContain('dist/index.js')
    expect(names(urls).filter((n) => /read-|fflate|word-extractor|unpdf|pdfjs/.test(n))).toEqual([])
    expect(readerChunks(urls)).toEqual([])
  })

  it('loads, beside dist/index.js, only the chunks it shares with the document readers', () => {
    // Each ES module costs a load of its own: the entry is built alone so that it holds all the rest (tsup.config.ts).
    const urls = loaded('chunks', `const { parsePlan } = await import(${JSON.stringify(entry)}); parsePlan('一、任务\\n1. 推进立法。（司法部负责）')`)
    const chunks = names(urls).filter((n) => n.startsWith('dist/') && n !== 'dist/index.js')
    const readers = readdirSync(join(root, 'dist')).filter((n) => n.startsWith('read-')).map((n) => readFileSync(join(root, 'dist', n), 'utf8'))
    for (const chunk of chunks) expect(readers.some((code) => code.includes(`"./${chunk.slice('dist/'.length)}"`)), chunk).toBe(true)
  })

  it('loads no Node built-in on import, nor when parsing simplified plain text, beyond what importing any module loads', () => {
    // Node's own modules cost a compile each (node:module for createRequire cost ~1 ms): the optional parsers' loader is made on first use.
    const builtins = (target: string) => {
      const script = `const before = new Set(process.moduleLoadList); const m = await import(${JSON.stringify(target)}); m.parsePlan?.('一、任务\\n1. 推进立法。（司法部负责）'); console.log(JSON.stringify(process.moduleLoadList.filter((n) => !before.has(n))))`
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
      expect(run.stderr).toBe('')
      return JSON.parse(run.stdout) as string[]
    }
    const empty = join(dir, 'empty.mjs')
    writeFileSync(empty, 'export {}\n')
    expect(builtins(entry)).toEqual(builtins(pathToFileURL(empty).href))
  })

  it('loads the Word reader and fflate when a .docx arrives (the hook sees them)', () => {
    const docx = join(root, 'fixtures/documents/province-plan-table.docx')
    const urls = loaded('docx', `import { readFileSync } from 'node:fs'; const { parseDocument } = await import(${JSON.stringify(entry)}); await parseDocument(readFileSync(${JSON.stringify(docx)}))`)
    expect(names(urls)).toContain('fflate')
    expect(names(urls)).not.toContain('word-extractor')
    expect(readerChunks(urls)).toHaveLength(1)
  })
})
