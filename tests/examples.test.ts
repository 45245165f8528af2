/**
 * The consumer projects of examples/ run against the BUILT package, as
 * installed: each copied into a directory of its own with the package linked
 * into its node_modules (the repository's node_modules, one level up, give
 * the package's own dependencies). The TypeScript one is compiled the way its
 * `tsc` would emit it (types are checked by tests/snippets-typecheck.test.ts).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
let dir = ''

beforeAll(() => {
  dir = mkdtempSync(join(root, '.examples-consumers-'))
  for (const name of ['esm', 'commonjs', 'typescript']) {
    cpSync(join(root, 'examples', name), join(dir, name), { recursive: true })
    mkdirSync(join(dir, name, 'node_modules'))
    symlinkSync(root, join(dir, name, 'node_modules', 'cn-plan-parser'), 'dir')
  }
  const source = readFileSync(join(dir, 'typescript/index.ts'), 'utf8')
  // What tsc emits under node16 for a package of "type": "module": an ES module.
  const options = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
  mkdirSync(join(dir, 'typescript/dist'))
  writeFileSync(join(dir, 'typescript/dist/index.js'), ts.transpileModule(source, { compilerOptions: options, fileName: 'index.ts' }).outputText)
})
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** What an example prints, run with Node in its own directory. */
function run(name: string, script: string): string[] {
  const result = spawnSync(process.execPath, [script], { cwd: join(dir, name), encoding: 'utf8' })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  // CSV lines end in CRLF (RFC 4180), the rest in LF.
  return result.stdout.trimEnd().split(/\r?\n/)
}

it('runs the ES module example: outline, CSV rows with registry ids, counts', () => {
  expect(run('esm', 'index.js')).toEqual([
    '一、完善知识产权制度 (2 tasks)',
    '  （一）健全法律法规 (2 tasks)',
    '      1. [司法部] +知识产权局 — 推进专利法实施细则修订。',
    '      2. [知识产权局] +网信办、工业和信息化部 — 制定数据知识产权保护规则。',
    '',
    '1 chapter, 1 section, 2 tasks; 0 errors, 0 other diagnostics',
    'unitId,task,department,departmentId,role',
    'c1.s1.t1,1,司法部,moj,lead',
    'c1.s1.t1,1,知识产权局,cnipa,participant',
    'c1.s1.t2,2,知识产权局,cnipa,lead',
    'c1.s1.t2,2,网信办,cac,participant',
    'c1.s1.t2,2,工业和信息化部,miit,participant',
    '5 assignments, 0 diagnostics',
  ])
})

it('runs the CommonJS example: both diagnostics of the sample, with code frames', () => {
  const out = run('commonjs', 'index.js')
  expect(out.filter((line) => line.startsWith('sample.txt:'))).toEqual([
    'sample.txt:3:1 error missing-responsibility Task 3 has no responsibility note (e.g. “（知识产权局负责）”)',
    'sample.txt:3:1 error numbering-gap Task numbering skips 2 before task 3 (3.)',
  ])
  expect(out).toContain('> 3 | 3. 清理涉企收费。')
  expect(out.at(-1)).toBe('2 diagnostics')
})

it('runs the TypeScript example: every task with its lead, the deadline-only note unassigned', () => {
  expect(run('typescript', 'dist/index.js')).toEqual([
    '1. 建立工作协调机制。 — led by 市委办公室',
    '2. 开展年度评估。 — no department named',
    '3. 公开办理结果。 — each by duty: 市政务服务局',
    'errors: 4:1 missing-responsibility',
  ])
})
