// Runs the CLI program in-process, the BUILT dist/cli.js as a child process
// for what only the real binary shows (a path, stdin, exit codes), and the
// built dist/schema.json.
import { execSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { parse as parseCsv } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROW_COLUMNS, diffPlans, toMarkdown, toRows } from '../src/analytics/index.js'
import { run as runProgram } from '../src/cli/program.js'
import { parsePlan, toOutline } from '../src/index.js'
import { CHAPTERS_ONLY, LABELS, RUN_IN, TWO_NOTES, itemsPlan, openNotePlan } from './helpers/forms.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist/cli.js')
const seedPath = 'fixtures/ip-plan-2021-2022.txt'
const nextPath = 'fixtures/ip-plan-2023.txt'
const seedText = readFileSync(join(root, seedPath), 'utf8')
const nextText = readFileSync(join(root, nextPath), 'utf8')

/** Newest modification time under a folder. */
function newest(dir: string): number {
  return Math.max(...readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs))
}

beforeAll(() => {
  // `npm test` builds first; a targeted run on a stale build rebuilds once.
  const schema = join(root, 'dist/schema.json')
  if (!existsSync(cli) || !existsSync(schema) || statSync(schema).mtimeMs < newest(join(root, 'src'))) execSync('npm run build --silent', { cwd: root, stdio: 'ignore' })
  // In-process, paths are relative to the working directory: the project's, as for the child process.
  if (join(process.cwd(), '/') !== join(root, '/')) throw new Error(`run the tests from ${root}`)
}, 120_000)

/** The CLI program in-process, on piped streams: what `cn-plan-parser ...args` prints and the exit code it sets. */
async function run(args: string[], input?: string) {
  let stdout = ''
  let stderr = ''
  const code = await runProgram([process.execPath, cli, ...args], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: () => Buffer.from(input ?? '', 'utf8'),
  })
  return { code, stdout, stderr }
}

/** The built dist/cli.js as a child process. */
function spawn(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

// Two problems: task 1 has no note, and 2 is skipped.
const messy = '一、总则\n1. 做事。\n3. 其他。（商务部负责）\n'
const messyDiagnostics = [
  '<stdin>:2:1 missing-responsibility Task 1 has no responsibility note (e.g. “（知识产权局负责）”)',
  '<stdin>:3:1 numbering-gap Task numbering skips 2 before task 3 (3.)',
]

describe('cli: usage and exit codes', () => {
  it('prints the package version with --version (0)', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    expect(await run(['--version'])).toEqual({ code: 0, stdout: pkg.version + '\n', stderr: '' })
  })

  it('prints help listing every command with --help (0)', async () => {
    const r = await run(['--help'])
    expect(r.code).toBe(0)
    for (const command of ['parse', 'rows', 'departments', 'diff']) expect(r.stdout).toContain(`\n  ${command} `)
  })

  it.each([
    [[]],
    [['frobnicate']],
    [['parse']],
    [['parse', seedPath, '--format', 'yaml']],
    [['rows', seedPath, '--csv', '--ndjson']],
    [['diff', seedPath]],
    [['diff', seedPath, nextPath, '--threshold', '1.5']],
    [['diff', '-', '-']],
  ])('exits 2 on a usage error: %j', async (args) => {
    const r = await run(args)
    expect(r.code).toBe(2)
    expect(r.stdout === '' || r.stdout.startsWith('Usage:')).toBe(true)
  })

  it('exits 1 on unreadable input', async () => {
    expect(await run(['parse', 'fixtures/no-such-file.txt'])).toEqual({ code: 1, stdout: '', stderr: 'cn-plan-parser: cannot read fixtures/no-such-file.txt (ENOENT)\n' })
    // parse and rows read a directory's plan files (tests/cli-batch.test.ts); a one-plan command cannot.
    expect(await run(['departments', 'fixtures'])).toMatchObject({ code: 1, stderr: 'cn-plan-parser: cannot read fixtures (EISDIR)\n' })
  })

  it('reports diagnostics on stderr as file:line:column ruleId reason, and fails only under --strict', async () => {
    const lenient = await run(['parse', '-', '--format', 'outline'], messy)
    expect(lenient.code).toBe(0)
    expect(lenient.stderr.trimEnd().split('\n')).toEqual(messyDiagnostics)
    expect(lenient.stdout).toBe(toOutline(parsePlan(messy)) + '\n')
    const strict = await run(['parse', '-', '--strict'], messy)
    expect(strict).toEqual({ code: 1, stdout: '', stderr: [...messyDiagnostics, 'cn-plan-parser: 2 error diagnostics (--strict)', ''].join('\n') })
    expect((await run(['rows', seedPath, '--strict'])).code).toBe(0)
  })
})

describe('cli: the built binary', () => {
  it('prints the seed outline from a path (what npm start shows), exit code 0', async () => {
    const r = spawn(['parse', seedPath, '--format', 'outline'])
    expect(r).toEqual({ code: 0, stdout: toOutline(parsePlan(seedText)) + '\n', stderr: '' })
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('7 chapters, 11 sections, 115 tasks; 0 errors, 0 other diagnostics')
  })

  it('reads stdin, reports diagnostics on stderr, and exits 1 under --strict', async () => {
    expect(spawn(['parse', '-', '--strict'], messy)).toEqual({ code: 1, stdout: '', stderr: [...messyDiagnostics, 'cn-plan-parser: 2 error diagnostics (--strict)', ''].join('\n') })
  })

  it('exits 2 on a usage error', async () => {
    expect(spawn(['frobnicate'])).toMatchObject({ code: 2, stdout: '' })
  })
})

describe('cli: parse', () => {
  it('prints JSON equal to parsePlan, from a path or stdin', async () => {
    expect(JSON.parse((await run(['parse', seedPath])).stdout)).toEqual(parsePlan(seedText))
    expect(JSON.parse((await run(['parse', '-'], nextText)).stdout)).toEqual(parsePlan(nextText))
  })

  it('prints several plans as an array of { file, plan }', async () => {
    const r = await run(['parse', seedPath, nextPath])
    // stderr is a pipe: no progress bar, only the summary (2 × 7 + 11 + 115 units; 235 and 237 departments named).
    expect(r.stderr).toBe('2 files (0 failed): 266 units, 472 assignments; 0 errors, 0 other diagnostics\n')
    expect(JSON.parse(r.stdout)).toEqual([
      { file: seedPath, plan: parsePlan(seedText) },
      { file: nextPath, plan: parsePlan(nextText) },
    ])
  })

  it('prints Markdown with headings and numbered task bullets', async () => {
    const lines = (await run(['parse', seedPath, '--format', 'markdown'])).stdout.split('\n')
    expect(lines.filter((l) => l.startsWith('# '))).toHaveLength(7)
    expect(lines.filter((l) => l.startsWith('## '))).toHaveLength(11)
    expect(lines.filter((l) => l.startsWith('- **'))).toHaveLength(115)
    expect(lines).toContain('# 一、完善知识产权制度')
    expect(lines).toContain('- **3.** 推进修改《中华人民共和国植物新品种保护条例》。 — 牵头：农业农村部；参与：林草局、知识产权局')
    expect(lines).toContain('- **96.** 推动论证设置知识产权专业学位相关工作。 — 牵头：教育部；参与：知识产权局')
    expect(lines.find((l) => l.startsWith('- **108.** 深度参与金砖国家'))?.endsWith('网络。 — 牵头：商务部；参与：知识产权局；按职责分工负责')).toBe(true)
  })
})

describe('cli: rows, departments, diff', () => {
  it('writes CSV that csv-parse reads back as toRows', async () => {
    const r = await run(['rows', seedPath, '--bom'])
    expect(r.code).toBe(0)
    expect(r.stdout.startsWith('\uFEFFchapter,')).toBe(true)
    const records = parseCsv(r.stdout, { columns: true, bom: true }) as Record<string, string>[]
    const expected = toRows(parsePlan(seedText)).map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)])),
    )
    expect(records).toEqual(expected)
  })

  it('writes NDJSON, and a file column first for several files', async () => {
    const nd = (await run(['rows', seedPath, '--ndjson'])).stdout.trimEnd().split('\n')
    expect(nd.map((l) => JSON.parse(l))).toEqual(toRows(parsePlan(seedText)))
    const both = parseCsv((await run(['rows', seedPath, nextPath])).stdout, { columns: true }) as Record<string, string>[]
    expect(Object.keys(both[0] as object)[0]).toBe('file')
    expect(both.filter((r) => r.file === seedPath)).toHaveLength(235)
    expect(both.filter((r) => r.file === nextPath)).toHaveLength(toRows(parsePlan(nextText)).length)
  })

  it('prints the department index as a table', async () => {
    const lines = (await run(['departments', seedPath])).stdout.split('\n')
    expect(lines.slice(0, 3)).toEqual([
      'led  joined  byDuty  chapters     department',
      ' 36      33      15  1,2,3,4,5,6  知识产权局 (cnipa)',
      ' 18       8      13  1,2,3,5,6    中央宣传部 (publicity)',
    ])
    expect(JSON.parse((await run(['departments', seedPath, '--json'])).stdout)).toHaveLength(40)
  })

  it('prints the diff between the two editions', async () => {
    const r = await run(['diff', seedPath, nextPath])
    expect(r.code).toBe(0)
    const lines = r.stdout.trimEnd().split('\n')
    // The registry knows 知识产权局 and 国家知识产权局 as one body: one rename, not 66 changed tasks.
    expect(lines).toEqual([
      '114 matched (4 changed), 1 added, 1 removed, 1 renamed department',
      'renamed  知识产权局 → 国家知识产权局 (cnipa)',
      'removed  11 (chapter 1) 制定出台知识产权有关分项规划。',
      'added    115 (chapter 7) 开展纲要实施中期评估，形成评估报告并向社会公开。',
      'changed  3 → 4: participants +市场监管总局',
      'changed  12 → 11: text (similarity 0.8)',
      'changed  97 → 95: lead 知识产权局 → 人力资源社会保障部',
      'changed  92 → 109: chapter 4 → 6',
    ])
    expect(JSON.parse((await run(['diff', seedPath, '-', '--json'], nextText)).stdout)).toEqual(diffPlans(parsePlan(seedText), parsePlan(nextText)))
    expect((await run(['diff', seedPath, nextPath, '--threshold', '0.9'])).stdout.split('\n')[0]).toBe('113 matched (3 changed), 2 added, 2 removed, 1 renamed department')
  })
})

describe('cli: a provincial plan with a task missing its note', () => {
  const province = 'fixtures/province-plan-2024.txt'
  const diagnostic = [
    `${province}:29:1 missing-responsibility Task 8 has no responsibility note (e.g. “（知识产权局负责）”)`,
    `${province}:31:43 unknown-department “人行某省分行” is not in the department registry; kept as written`,
  ].join('\n')

  it('keeps the task as a row without department, and fails under --strict', async () => {
    const r = await run(['rows', province, '--ndjson'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe(diagnostic + '\n')
    const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { task: number; department: string; role: string })
    expect(rows).toHaveLength(22) // 21 names in 11 notes, plus task 8
    expect(rows.filter((row) => row.task === 8)).toMatchObject([{ department: '', role: '' }])
    expect(await run(['rows', province, '--strict'])).toEqual({ code: 1, stdout: '', stderr: `${diagnostic}\ncn-plan-parser: 1 error diagnostic (--strict)\n` })
  })

  it('indexes departments across full-width task numbers', async () => {
    const lines = (await run(['departments', province])).stdout.split('\n')
    // By hand: 省知识产权局 leads 1, 3, 10, 12, joins 6, 7, 9; 3 and 6 are by duty.
    // A local unit says its level, place and central counterpart: the table never passes it off as the ministry.
    expect(lines[1]?.trim().split(/\s+/)).toEqual(['4', '3', '2', '1,2,3,4', '省知识产权局', '(province', '某省,', 'like', 'cnipa)'])
    expect(lines[2]?.trim().split(/\s+/)).toEqual(['2', '0', '1', '1,2', '省市场监管局', '(province', '某省,', 'like', 'samr)'])
  })
})

describe('cli: units at every level', () => {
  it('prints rows of run-in sections, with the new columns in the CSV header', async () => {
    const csv = await run(['rows', '-'], RUN_IN)
    expect(csv.code).toBe(0)
    expect(csv.stdout.split('\r\n')[0]).toBe(ROW_COLUMNS.join(','))
    expect(csv.stdout.split('\r\n')[0]?.endsWith(',text,level,unitId,item,note,deadline,departmentLevel,departmentPlace,sameFunctionAs')).toBe(true)
    expect(csv.stdout.split('\r\n')[1]).toBe('1,加强市场监管,1,完善监管规则。,,,市场监管总局,samr,lead,false,完善监管规则。健全市场监管规则体系。,section,c1.s1,,1,,central,,')
    const nd = (await run(['rows', '-', '--ndjson'], TWO_NOTES)).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { note: number; department: string })
    expect(nd.map((r) => [r.note, r.department])).toEqual([[1, '市场监管总局'], [2, '公安部'], [2, '司法部']])
  })

  it('prints outline and Markdown with heading notes', async () => {
    expect((await run(['parse', '-', '--format', 'outline'], CHAPTERS_ONLY)).stdout).toBe(toOutline(parsePlan(CHAPTERS_ONLY)) + '\n')
    expect((await run(['parse', '-', '--format', 'markdown'], LABELS)).stdout).toBe(toMarkdown(parsePlan(LABELS)))
  })

  it('counts units of every level in the department table', async () => {
    // By hand from CHAPTERS_ONLY: 市发展改革委 leads 二 (by duty), 市政务服务局 leads 一, 市市场监管局 joins 二 (by duty).
    expect((await run(['departments', '-'], CHAPTERS_ONLY)).stdout.trimEnd().split('\n')).toEqual([
      'led  joined  byDuty  chapters  department',
      '  1       0       1  2         市发展改革委 (city 某市, like ndrc)',
      '  1       0       0  1         市政务服务局 (city 某市)',
      '  0       1       1  2         市市场监管局 (city 某市, like samr)',
    ])
  })

  // The examples of docs/analytics-and-cli.md on the invented fixtures/forms plans.
  const forms2024 = 'fixtures/forms/task-division-2024.txt'
  const forms2025 = 'fixtures/forms/task-division-2025.txt'

  it('prints the documented outline, rows, department table and diff of fixtures/forms', async () => {
    expect((await run(['parse', forms2024, '--format', 'outline'])).stdout.trimEnd().split('\n')).toEqual([
      '一、提升政务服务效能 (2 units with notes)',
      '  （一）深化“一网通办”改革。 [市政务服务局] +市大数据局',
      '  （二）优化企业开办服务。 [市市场监管局] | [市市场监管局] +市政务服务局 (按职责分工)',
      '二、加强要素保障 (2 tasks)',
      '  （一）强化用地保障 (2 tasks)',
      '      1. [市自然资源局] +市发展改革委 — 推行工业用地“标准地”出让。',
      '      2. [市自然资源局] +市住房城乡建设局 — 盘活存量低效用地。',
      '  （二）加强融资服务。 [市地方金融监管局] +市财政局、市工业和信息化局',
      '',
      '2 chapters, 4 sections (3 with notes), 2 tasks; 0 errors, 0 other diagnostics',
    ])
    // 2 + 3 (two notes) + 2 + 2 + 3 departments named.
    const rows = parseCsv((await run(['rows', forms2024])).stdout, { columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(12)
    expect(rows.map((r) => `${r.level} ${r.unitId} ${r.note}`)).toEqual([
      'section c1.s1 1', 'section c1.s1 1', 'section c1.s2 1', 'section c1.s2 2', 'section c1.s2 2',
      'task c2.s1.t1 1', 'task c2.s1.t1 1', 'task c2.s1.t2 1', 'task c2.s1.t2 1',
      'section c2.s2 1', 'section c2.s2 1', 'section c2.s2 1',
    ])
    expect((await run(['departments', forms2024])).stdout.split('\n').slice(0, 5)).toEqual([
      'led  joined  byDuty  chapters  department',
      '  2       0       0  2         市自然资源局 (city 某市, like mnr)',
      '  1       1       1  1         市政务服务局 (city 某市)',
      '  1       0       0  2         市地方金融监管局 (city 某市)',
      '  1       0       1  1         市市场监管局 (city 某市, like samr)',
    ])
    expect((await run(['diff', forms2024, forms2025])).stdout.trimEnd().split('\n')).toEqual([
      '5 matched (2 changed), 1 added, 0 removed, 0 renamed departments',
      'added    chapter c3 加强法治保障。完善涉企行政执法监督机制。',
      'changed  section c1.s1 → 1: text (similarity 0.81); level section → task',
      'changed  section c1.s2 → section c1.s2: participants +市商务局',
    ])
  })

  it('diffs a run-in section against the task it became', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cn-plan-parser-'))
    const older = join(dir, 'a.txt')
    writeFileSync(older, RUN_IN)
    const newer = '一、加强市场监管\n（一）完善监管规则\n1. 健全市场监管规则体系。（市场监管总局、公安部负责）\n（二）强化执法协作。建立跨部门执法协作机制。（公安部牵头，司法部、市场监管总局参与）\n（三）做好宣传引导。'
    expect((await run(['diff', older, '-'], newer)).stdout.trimEnd().split('\n')).toEqual([
      '3 matched (1 changed), 0 added, 0 removed, 0 renamed departments',
      'changed  section c1.s1 → 1: text (similarity 0.75); level section → task',
    ])
  })
})

describe('schema.json (built)', () => {
  const schema = JSON.parse(readFileSync(join(root, 'dist/schema.json'), 'utf8')) as object
  const validate = new Ajv2020({ allErrors: true }).compile(schema)

  it('validates the JSON the CLI prints for the seed, the 2023 edition, the provincial plan and a messy plan', async () => {
    for (const [args, input] of [[['parse', seedPath]], [['parse', nextPath]], [['parse', 'fixtures/province-plan-2024.txt']], [['parse', '-'], messy]] as [string[], string?][]) {
      const plan = JSON.parse((await run(args, input)).stdout) as unknown
      expect(validate(plan), JSON.stringify(validate.errors)).toBe(true)
    }
  })

  it('validates plans with notes on headings, label lines, several notes, and sub-items', async () => {
    for (const input of [RUN_IN, CHAPTERS_ONLY, TWO_NOTES, LABELS]) {
      const plan = JSON.parse((await run(['parse', '-'], input)).stdout) as unknown
      expect(validate(plan), JSON.stringify(validate.errors)).toBe(true)
    }
    // Item nodes and a null responsibility beside notes, as the schema describes them.
    for (const plan of [itemsPlan(), openNotePlan()]) expect(validate(JSON.parse(JSON.stringify(plan))), JSON.stringify(validate.errors)).toBe(true)
    expect(Object.keys((schema as { $defs: object }).$defs)).toEqual(expect.arrayContaining(['Item', 'NoteClause', 'Task', 'Section', 'Chapter', 'Responsibility']))
  })

  it('rejects an item of the wrong shape', async () => {
    const plan = JSON.parse(JSON.stringify(itemsPlan())) as { children: { children: { children: { number: number; type: string }[] }[] }[] }
    const item = plan.children[0]?.children[0]?.children[0]
    expect(item?.type).toBe('item')
    ;(item as { number: number }).number = 0
    expect(validate(plan)).toBe(false)
  })

  it('rejects what is not a plan', async () => {
    const plan = JSON.parse((await run(['parse', seedPath])).stdout) as { children: { type: string; number?: number }[]; diagnostics: unknown[] }
    const chapter = plan.children.find((c) => c.type === 'chapter') as { number: number }
    chapter.number = 0
    expect(validate(plan)).toBe(false)
    expect(validate({ ...plan, children: [], diagnostics: [{ ruleId: 'no-such-rule' }] })).toBe(false)
  })

  it('is shipped as cn-plan-parser/schema.json', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; files: string[] }
    expect(pkg.exports['./schema.json']).toBe('./dist/schema.json')
    expect(pkg.files).toContain('dist')
  })
})
