// The batch CLI (issue 15 item 5, issue 14 item 7): directories, several files, failures that do
// not stop a batch, --ndjson/--compact, the diagnostics cap, --quiet, the summary line, the
// progress bar, and --jobs 2 giving the bytes of --jobs 1 (the built CLI: workers load dist/).
import { execSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { BatchBar } from '../src/cli/batch/bar.js'
import { expandPaths } from '../src/cli/batch/expand.js'
import { PLAN_EXTENSIONS } from '../src/cli/batch/extensions.js'
import { Totals, summaryLine } from '../src/cli/batch/summary.js'
import { run as runProgram } from '../src/cli/program.js'
import { parsePlan, toOutline } from '../src/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist/cli.js')

async function run(args: string[], input = '') {
  let stdout = ''
  let stderr = ''
  const code = await runProgram([process.execPath, cli, ...args], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: () => Buffer.from(input, 'utf8'),
  })
  return { code, stdout, stderr }
}

// An invented archive. Hand counts (units; departments named): C.TXT 1 chapter + 2 tasks, 1 + 2;
// a/y.html 1 + 1, 1; a/z.md 1 + 1, 2 (商务部 leads, 海关总署 joins); b.txt 1 + 2, 1, with two errors.
const FILES: Record<string, string> = {
  'C.TXT': '一、总则\n1. 做事。（商务部负责）\n2. 办事。（公安部牵头，司法部参与）\n',
  'a/y.html': '<h1>一、加强保护</h1><p>1. 打击侵权。（公安部负责）</p>',
  'a/z.md': '# 一、优化服务\n\n1. 简化流程。（商务部、海关总署负责）\n',
  'a/notes.json': '{"not": "a plan"}',
  'a/.hidden/x.txt': '一、隐藏\n1. 不读。（商务部负责）\n',
  'a/node_modules/m/readme.md': '# 一、依赖\n',
  '._b.txt': '\u0000\u0005Mac OS X resource fork',
  'b.txt': '一、总则\n1. 做事。\n3. 其他。（商务部负责）\n',
  'empty/.keep': '',
}
let dir = ''
const at = (name: string) => join(dir, name)
const ORDER = ['C.TXT', 'a/y.html', 'a/z.md', 'b.txt']

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cn-plan-batch-'))
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  // The built CLI for --jobs: `npm test` builds first; a targeted run on a stale build rebuilds once.
  const newest = Math.max(...readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs))
  if (!existsSync(join(root, 'dist/cli-worker.js')) || statSync(cli).mtimeMs < newest) execSync('npm run build --silent', { cwd: root, stdio: 'ignore' })
}, 120_000)

describe('directory arguments', () => {
  it('collect plan files recursively by extension, sorted, skipping hidden entries and node_modules', () => {
    const { files, directory, failures } = expandPaths([dir])
    expect(files.map((f) => f.path)).toEqual(ORDER.map(at))
    expect(files.map((f) => f.size)).toEqual(ORDER.map((name) => Buffer.byteLength(FILES[name] as string)))
    expect([directory, failures]).toEqual([true, []])
  })

  it('keep the order of the arguments, take named files whatever their extension, and report an empty directory', () => {
    const { files, directory, failures } = expandPaths([at('b.txt'), at('a'), at('a/notes.json'), '-', at('missing.txt'), at('empty')])
    expect(files.map((f) => f.path)).toEqual([at('b.txt'), at('a/y.html'), at('a/z.md'), at('a/notes.json'), '-', at('missing.txt')])
    expect(directory).toBe(true)
    expect(failures).toEqual([`${at('empty')}: no plan file in it (.txt .md .markdown .html .htm .docx .doc .pdf)`])
    expect(expandPaths([at('b.txt')]).directory).toBe(false)
  })

  it('list the Word and PDF extensions, and read such files with parseDocument (a broken one fails in one line)', async () => {
    expect(PLAN_EXTENSIONS).toEqual(['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.doc', '.pdf'])
    const pdf = join(mkdtempSync(join(tmpdir(), 'cn-plan-pdf-')), 'plan.PDF')
    writeFileSync(pdf, '%PDF-1.4\n')
    const r = await run(['parse', pdf])
    expect(r).toMatchObject({ code: 1, stdout: '' })
    expect(r.stderr).toMatch(new RegExp(`^cn-plan-parser: ${pdf.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: [^\n]*\n$`))
    expect(r.stderr).not.toContain('not supported yet')
  })
})

describe('parse over a directory', () => {
  it('prints every plan in order under its name, its diagnostics, and a summary line', async () => {
    const r = await run(['parse', dir, '--format', 'outline'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(ORDER.map((name) => `==> ${at(name)} <==\n${toOutline(parsePlan(FILES[name] as string))}`).join('\n\n') + '\n')
    expect(r.stderr.split('\n')).toEqual([
      `${at('b.txt')}:2:1 missing-responsibility Task 1 has no responsibility note (e.g. “（知识产权局负责）”)`,
      `${at('b.txt')}:3:1 numbering-gap Task numbering skips 2 before task 3 (3.)`,
      '4 files (0 failed): 10 units, 7 assignments; 2 errors, 0 other diagnostics',
      '',
    ])
  })

  it('prints a directory as an array of { file, plan } even when it holds one plan', async () => {
    const json = JSON.parse((await run(['parse', at('a'), '--max-diagnostics', '0'])).stdout) as { file: string }[]
    expect(json.map((p) => p.file)).toEqual([at('a/y.html'), at('a/z.md')])
    const one = mkdtempSync(join(tmpdir(), 'cn-plan-one-'))
    writeFileSync(join(one, 'only.txt'), FILES['C.TXT'] as string)
    expect(JSON.parse((await run(['parse', one])).stdout)).toEqual([{ file: join(one, 'only.txt'), plan: parsePlan(FILES['C.TXT'] as string) }])
  })

  it('prints NDJSON: one { file, plan } per line, for one file too', async () => {
    const lines = (await run(['parse', dir, '--ndjson'])).stdout.split('\n')
    expect(lines.pop()).toBe('')
    expect(lines.map((l) => JSON.parse(l))).toEqual(ORDER.map((name) => ({ file: at(name), plan: parsePlan(FILES[name] as string) })))
    expect((await run(['parse', '-', '--ndjson'], FILES['b.txt'])).stdout).toBe(JSON.stringify({ file: '<stdin>', plan: parsePlan(FILES['b.txt'] as string) }) + '\n')
  })

  it('prints compact JSON, the same values without white space', async () => {
    const pretty = await run(['parse', dir])
    const compact = await run(['parse', dir, '--compact'])
    expect(compact.stdout.trimEnd().split('\n')).toHaveLength(1)
    expect(JSON.parse(compact.stdout)).toEqual(JSON.parse(pretty.stdout))
    expect((await run(['parse', at('b.txt'), '--compact'])).stdout).toBe(JSON.stringify(parsePlan(FILES['b.txt'] as string)) + '\n')
    expect((await run(['parse', dir, '--ndjson', '--format', 'outline'])).code).toBe(2)
  })

  it('reads directories in rows too, with a file column', async () => {
    const r = await run(['rows', dir, '--ndjson'])
    const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string; department: string })
    // 7 departments named, and task 1 of b.txt as a row without one.
    expect(rows.map((row) => [row.file.slice(dir.length + 1), row.department])).toEqual([
      ['C.TXT', '商务部'], ['C.TXT', '公安部'], ['C.TXT', '司法部'], ['a/y.html', '公安部'], ['a/z.md', '商务部'], ['a/z.md', '海关总署'], ['b.txt', ''], ['b.txt', '商务部'],
    ])
    const csv = (await run(['rows', dir, '--bom', '--quiet'])).stdout
    expect(csv.startsWith('\uFEFFfile,chapter,')).toBe(true)
    expect(csv.split('\r\n').filter((l) => l.startsWith('file,') || l.startsWith('\uFEFFfile,'))).toHaveLength(1)
  })
})

describe('failures in a batch', () => {
  it('a file that cannot be read costs one line; the others are printed; exit 1 at the end', async () => {
    const r = await run(['parse', at('C.TXT'), at('missing.txt'), at('empty'), at('a/z.md'), '--format', 'outline'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe([at('C.TXT'), at('a/z.md')].map((p) => `==> ${p} <==\n${toOutline(parsePlan(readFileSync(p)))}`).join('\n\n') + '\n')
    expect(r.stderr.split('\n')).toEqual([
      `cn-plan-parser: ${at('empty')}: no plan file in it (.txt .md .markdown .html .htm .docx .doc .pdf)`,
      `cn-plan-parser: cannot read ${at('missing.txt')} (ENOENT)`,
      '3 files (1 failed): 5 units, 5 assignments; 0 errors, 0 other diagnostics',
      '',
    ])
  })

  it('an array of the plans that parsed, [] when none did', async () => {
    const r = await run(['parse', at('missing.txt'), at('C.TXT')])
    expect([r.code, JSON.parse(r.stdout)]).toEqual([1, [{ file: at('C.TXT'), plan: parsePlan(FILES['C.TXT'] as string) }]])
    expect(await run(['parse', at('missing.txt'), at('also-missing.txt'), '--quiet'])).toEqual({
      code: 1,
      stdout: '[]\n',
      stderr: `cn-plan-parser: cannot read ${at('missing.txt')} (ENOENT)\ncn-plan-parser: cannot read ${at('also-missing.txt')} (ENOENT)\n`,
    })
  })

  it('under --strict, nothing on stdout when a plan has an error, after all were reported', async () => {
    const r = await run(['parse', dir, '--strict', '--quiet'])
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'cn-plan-parser: 2 error diagnostics (--strict)\n' })
    expect((await run(['rows', at('a'), '--strict'])).code).toBe(0)
  })
})

describe('diagnostics on stderr', () => {
  // Five tasks without a note: five errors.
  const bare = '一、总则\n1. 甲。\n2. 乙。\n3. 丙。\n4. 丁。\n5. 戊。\n'
  const line = (task: number) => `<stdin>:${task + 1}:1 missing-responsibility Task ${task} has no responsibility note (e.g. “（知识产权局负责）”)`

  it('are capped per file with --max-diagnostics, the rest counted in one line', async () => {
    expect((await run(['parse', '-', '--max-diagnostics', '2', '--format', 'outline'], bare)).stderr.split('\n')).toEqual([
      line(1),
      line(2),
      '<stdin>: … and 3 more diagnostics (--max-diagnostics 2)',
      '',
    ])
    expect((await run(['parse', '-', '--format', 'outline'], bare)).stderr.split('\n')).toHaveLength(6) // default 20: all five
    expect((await run(['parse', '-', '--max-diagnostics', '4', '--format', 'outline'], bare)).stderr).toContain('<stdin>: … and 1 more diagnostic (--max-diagnostics 4)\n')
    for (const bad of ['-1', '2.5', 'many']) expect((await run(['parse', '-', '--max-diagnostics', bad])).code).toBe(2)
  })

  it('are left out under --quiet, with the summary; failures are still reported', async () => {
    const quiet = await run(['parse', dir, at('missing.txt'), '--quiet', '--format', 'outline'])
    expect(quiet.code).toBe(1)
    expect(quiet.stderr).toBe(`cn-plan-parser: cannot read ${at('missing.txt')} (ENOENT)\n`)
  })

  it('sums a batch in one line, with plurals', () => {
    const t = new Totals()
    expect(summaryLine(t)).toBe('0 files (0 failed): 0 units, 0 assignments; 0 errors, 0 other diagnostics')
    t.add({ name: 'a', part: '', diagnostics: [], more: 0, errors: 1, otherDiagnostics: 1, units: 1, assignments: 1 })
    expect(summaryLine(t)).toBe('1 file (0 failed): 1 unit, 1 assignment; 1 error, 1 other diagnostic')
    t.add({ name: 'b', failure: 'cannot read b', part: '', diagnostics: [], more: 0, errors: 0, otherDiagnostics: 0, units: 0, assignments: 0 })
    expect(summaryLine(t)).toBe('2 files (1 failed): 1 unit, 1 assignment; 1 error, 1 other diagnostic')
  })
})

describe('the progress bar of a batch', () => {
  const MB = 1024 * 1024
  function tty() {
    const chunks: string[] = []
    return { chunks, isTTY: true, columns: 100, write: (s: string) => void chunks.push(s) }
  }

  it('is filled by bytes, so one large file takes its share, and names the file awaited with its size', () => {
    const s = tty()
    const bar = new BatchBar(s, 2, 4 * MB, true)
    bar.waitFor('big.txt', 3 * MB)
    bar.done(3 * MB)
    bar.waitFor('small.txt', MB)
    bar.stop()
    expect(s.chunks).toEqual([
      '\r\x1b[K[--------------------] 0/2 files, 0.0/4.0 MB  big.txt (3.0 MB)',
      '\r\x1b[K[###############-----] 1/2 files, 3.0/4.0 MB  small.txt (1.0 MB)',
      '\r\x1b[K',
    ])
  })

  it('is drawn for a single file, and never on a pipe or under --quiet', () => {
    const one = tty()
    const bar = new BatchBar(one, 1, 16 * MB, true)
    bar.waitFor('plan.txt', 16 * MB)
    bar.stop()
    expect(one.chunks[0]).toBe('\r\x1b[K[--------------------] 0/1 files, 0.0/16.0 MB  plan.txt (16.0 MB)')
    for (const [isTTY, enabled] of [[false, true], [true, false]] as const) {
      const s = { ...tty(), isTTY }
      const off = new BatchBar(s, 2, 2 * MB, enabled)
      off.waitFor('a.txt', MB)
      off.done(MB)
      off.stop()
      expect(s.chunks).toEqual([])
    }
  })
})

describe('--jobs (the built CLI, worker threads)', () => {
  const spawn = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const corpus = 'fixtures/corpus/raw'

  it('gives byte for byte the output and stderr of --jobs 1 over the corpus', () => {
    const one = spawn(['parse', corpus, '--jobs', '1'])
    const two = spawn(['parse', corpus, '--jobs', '2'])
    expect(one.status).toBe(0)
    expect(JSON.parse(one.stdout)).toHaveLength(34)
    expect(two.status).toBe(0)
    expect(two.stdout === one.stdout).toBe(true)
    expect(two.stderr === one.stderr).toBe(true)
    expect(one.stderr.trimEnd().split('\n').at(-1)).toMatch(/^34 files \(0 failed\): \d+ units/)
  }, 60_000)

  it('reports a failed file among good ones in order, as in this thread', async () => {
    const args = ['rows', at('C.TXT'), at('missing.txt'), at('a'), '--ndjson']
    const two = spawn([...args, '--jobs', '2'])
    expect({ code: two.status, stdout: two.stdout, stderr: two.stderr }).toEqual(await run(args))
    expect(two.status).toBe(1)
  }, 60_000)

  it('takes a whole number of threads from 1', async () => {
    for (const bad of ['0', '1.5', 'Infinity', 'all']) expect((await run(['parse', at('b.txt'), '--jobs', bad])).code).toBe(2)
  })
})

describe('bench figure 7 (batch)', () => {
  it('gives plans per second with 2 and 1 jobs, one row per number of copies', async () => {
    // The bench is plain .mjs run by Node; loading it by URL keeps tsc out of it.
    const { batchFigure } = await import(new URL('../bench/figures/batch.mjs', import.meta.url).href)
    const corpus = mkdtempSync(join(tmpdir(), 'cn-plan-corpus-'))
    for (const name of ['C.TXT', 'b.txt']) writeFileSync(join(corpus, name.toLowerCase()), FILES[name] as string)
    const rows = await batchFigure({ cli, corpusDir: corpus, copies: [2], timing: { rounds: 1, time: 0, iterations: 1, warmup: false } })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ figure: 'batch', input: 'corpus excerpts × 2 (4 plans), fresh process', subject: 'cli parse --jobs 2', baseline: 'cli parse --jobs 1', pass: null })
    expect(rows[0].bytes).toBe(2 * Buffer.byteLength((FILES['C.TXT'] as string) + FILES['b.txt']))
    expect(rows[0].ratio).toBeCloseTo(rows[0].subjectMs / rows[0].baselineMs, 10)
    expect(rows[0].note).toMatch(/^\d+ plans\/s with 2 jobs, \d+ with 1 \(start-up included\)$/)
  }, 60_000)
})
