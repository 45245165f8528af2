/**
 * The examples of the README and the docs run, and print or return what their
 * comments say. A fenced block is run when its info string says so
 * (```` ```ts run ````); the blocks of one file run in order in one scope, so
 * a block may use what an earlier one declared. What is checked:
 *
 * - `expression // value`: the value of a top-level expression, written as a
 *   JavaScript literal (JSON or JS), compared with `toEqual`; a value too long
 *   for one line follows on the comment lines right after the expression.
 * - a statement that calls `console.log`, followed by comment lines: the
 *   lines it prints, a line `…` standing for any number of lines.
 *
 * Other comments (on declarations, before a statement) are prose. The blocks
 * run in one Node process against the package bundled from src/, with
 * `cn-plan-parser`, its subpaths and `cn-plan-parser/schema.json` pointing
 * at that bundle, and the repository as working directory (fixture paths).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { planJsonSchema } from '../scripts/json-schema.mjs'
import { pendingExternals } from '../scripts/pending-modules.mjs'
import { RULES } from '../src/diagnostics.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const FILES = ['README.md', 'docs/structure.md', 'docs/note-grammar.md', 'docs/analytics-and-cli.md']

interface Check {
  id: string
  /** 1-based line in the Markdown file. */
  line: number
  kind: 'value' | 'printed'
  expected: string
}

interface Block {
  id: number
  file: string
  line: number
  /** The block made runnable: imports as `await import`, declarations as `var`, checks instrumented. */
  code: string
  checks: Check[]
}

/** `cn-plan-parser` and its subpaths, as files of the bundle. */
const SUBPATHS: Record<string, string> = { '': './index.js', '/analytics': './analytics.js', '/schema': './schema.js', '/registry': './registry.js', '/schema.json': './schema.json' }

/** Code with the package's specifiers pointing at the bundle (`require('cn-plan-parser/schema.json')` too). */
function retarget(code: string): string {
  return code.replace(/(['"])cn-plan-parser(\/[\w./-]+)?\1/g, (whole, quote: string, sub = '') => {
    const to = SUBPATHS[sub as string]
    if (!to) throw new Error(`no bundle for ${whole}`)
    return quote + to + quote
  })
}

/** Top-level `import … from 'x'` as a declaration that works inside a function body. */
function importAsVar(node: ts.ImportDeclaration): string {
  const from = retarget(JSON.stringify((node.moduleSpecifier as ts.StringLiteral).text))
  const clause = node.importClause
  if (!clause) return `await import(${from});`
  if (clause.isTypeOnly) return ''
  const out: string[] = []
  if (clause.name) out.push(`var ${clause.name.text} = (await import(${from})).default;`)
  const bindings = clause.namedBindings
  if (bindings && ts.isNamespaceImport(bindings)) out.push(`var ${bindings.name.text} = await import(${from});`)
  if (bindings && ts.isNamedImports(bindings)) {
    const names = bindings.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ? `${e.propertyName.text}: ${e.name.text}` : e.name.text))
    if (names.length > 0) out.push(`var { ${names.join(', ')} } = await import(${from});`)
  }
  return out.join(' ')
}

const COMMENT = /^\s*\/\/ ?(.*)$/

/** Make one block runnable and list what it checks. */
function instrument(file: string, id: number, line: number, code: string): Block {
  const lines = code.split('\n')
  const sf = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const checks: Check[] = []
  const out: string[] = []
  for (const statement of sf.statements) {
    const text = retarget(code.slice(statement.getStart(sf), statement.end))
    if (ts.isImportDeclaration(statement)) {
      out.push(importAsVar(statement))
      continue
    }
    if (ts.isVariableStatement(statement)) {
      out.push(text.replace(/^(const|let)\b/, 'var'))
      continue
    }
    // The comment on the statement's last line, else the comment lines right after it
    // (an expression's own end: a `;` starting the next line ends the statement there).
    const end = sf.getLineAndCharacterOfPosition(ts.isExpressionStatement(statement) ? statement.expression.end : statement.end)
    const same = COMMENT.exec(lines[end.line]!.slice(end.character).replace(/^\s*;/, ''))
    const after: string[] = []
    if (!same) for (let i = end.line + 1; i < lines.length && COMMENT.test(lines[i]!); i++) after.push(COMMENT.exec(lines[i]!)![1]!)
    const expected = same ? same[1]! : after.join('\n')
    const printed = text.includes('console.log')
    if (expected === '' || (!printed && !ts.isExpressionStatement(statement))) {
      out.push(text)
      continue
    }
    const check: Check = { id: `${id}.${checks.length}`, line: line + end.line, kind: printed ? 'printed' : 'value', expected }
    checks.push(check)
    const key = JSON.stringify(check.id)
    out.push(printed ? `__begin(); ${text}\n__printed(${key});` : `__value(${key}, (${retarget((statement as ts.ExpressionStatement).expression.getText(sf))}));`)
  }
  return { id, file, line, code: out.join('\n'), checks }
}

/** The blocks of a Markdown file marked `run`. */
function blocksOf(file: string, first: number): Block[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n')
  const blocks: Block[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(?:ts|js)\s+(.*)$/.exec(lines[i]!)
    if (!open || !open[1]!.split(/\s+/).includes('run')) continue
    const start = i + 1
    while (i + 1 < lines.length && !/^```\s*$/.test(lines[i + 1]!)) i++
    blocks.push(instrument(file, first + blocks.length, start + 1, lines.slice(start, i + 1).join('\n')))
  }
  return blocks
}

const byFile: [string, Block[]][] = []
for (const file of FILES) byFile.push([file, blocksOf(file, byFile.reduce((n, [, b]) => n + b.length, 0))])

/** One module that runs every file's blocks, each file in a function of its own, and prints what the checks saw. */
function runner(): string {
  const files = byFile.map(([, blocks], f) => {
    const body = blocks.map((b) => `__block = ${b.id};\n${b.code}\n__ran.push(${b.id});`).join('\n')
    return `async function __file${f}() {\n${body}\n}`
  })
  const source = `import { format } from 'node:util'
const __results = {}, __errors = {}, __ran = []
let __block = -1, __out = null
console.log = (...args) => { if (__out) __out.push(format(...args)) }
const __value = (id, value) => { __results[id] = value === undefined ? { undefined: true } : { json: JSON.stringify(value) } }
const __begin = () => { __out = [] }
const __printed = (id) => { __results[id] = { lines: __out.join('\\n').split('\\n') }; __out = null }
${files.join('\n')}
for (const run of [${byFile.map((_, f) => `__file${f}`).join(', ')}]) {
  try { await run() } catch (error) { __errors[__block] = String(error?.stack ?? error) }
}
process.stdout.write(JSON.stringify({ results: __results, errors: __errors, ran: __ran }))
`
  return ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText
}

interface Outcome {
  results: Record<string, { undefined?: true; json?: string; lines?: string[] }>
  errors: Record<string, string>
  ran: number[]
}

let dir = ''
let outcome: Outcome = { results: {}, errors: {}, ran: [] }

beforeAll(async () => {
  // Inside the project, so that the bundle and the examples find node_modules.
  dir = mkdtempSync(join(root, '.examples-'))
  const entryPoints = { index: 'src/index.ts', analytics: 'src/analytics/index.ts', schema: 'src/schema.ts', registry: 'src/registry/index.ts' }
  await build({ entryPoints, absWorkingDir: root, bundle: true, splitting: true, format: 'esm', platform: 'node', packages: 'external', external: pendingExternals, outdir: dir, charset: 'utf8', logLevel: 'silent' })
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  const schema = (await import(join(dir, 'schema.js'))) as Record<string, unknown>
  writeFileSync(join(dir, 'schema.json'), JSON.stringify(planJsonSchema(schema, pkg.version)))
  writeFileSync(join(dir, 'run.mjs'), runner())
  const run = spawnSync(process.execPath, [join(dir, 'run.mjs')], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (run.status !== 0) throw new Error(`the examples' runner failed:\n${run.stderr}`)
  outcome = JSON.parse(run.stdout) as Outcome
}, 60_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** Whether `actual` matches `expected`, where a line `…` stands for any number of lines. */
function matches(expected: readonly string[], actual: readonly string[]): boolean {
  const [head, ...rest] = expected
  if (head === undefined) return actual.length === 0
  if (head.trim() === '…') return actual.some((_, i) => matches(rest, actual.slice(i))) || matches(rest, [])
  return actual[0] === head && matches(rest, actual.slice(1))
}

/** A comment's literal, evaluated; an error when it is none. */
function literal(source: string): { value: unknown } | { error: string } {
  try {
    return { value: new Function(`return (${source}\n)`)() as unknown }
  } catch (error) {
    return { error: String(error) }
  }
}

for (const [file, blocks] of byFile) {
  describe(file, () => {
    it('has examples to run', () => expect(blocks.length).toBeGreaterThan(0))

    for (const block of blocks) {
      it(`runs the example at line ${block.line}`, () => {
        expect(outcome.errors[block.id], `${file}:${block.line} threw`).toBeUndefined()
        expect(outcome.ran, `${file}:${block.line} did not run (an earlier block of the file threw)`).toContain(block.id)
        for (const check of block.checks) {
          const where = `${file}:${check.line}`
          const result = outcome.results[check.id]
          expect(result, `${where} was not reached`).toBeDefined()
          if (check.kind === 'printed') {
            const expected = check.expected.split('\n')
            if (!matches(expected, result!.lines!)) expect.soft(result!.lines, where).toEqual(expected)
          } else {
            const actual = result!.undefined ? undefined : (JSON.parse(result!.json!) as unknown)
            const expected = literal(check.expected)
            if ('error' in expected) expect.soft(expected.error, `${where}: the comment is no JavaScript literal; the value is\n${JSON.stringify(actual)?.slice(0, 2000)}\n`).toBeUndefined()
            else expect.soft(actual, where).toEqual(expected.value === undefined ? undefined : JSON.parse(JSON.stringify(expected.value)))
          }
        }
      })
    }
  })
}

describe('README.md, beside its examples', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')

  it('lists the rules as RULES has them: id, severity and meaning', () => {
    const rows = Object.entries(RULES).map(([id, rule]) => `| \`${id}\` | ${rule.severity} | ${rule.description} |`)
    expect(readme).toContain(['| rule | severity | meaning |', '| --- | --- | --- |', ...rows].join('\n') + '\n\n')
  })

  it('describes every export of the main entry in its API section, and nothing else', () => {
    const index = readFileSync(join(root, 'src/index.ts'), 'utf8')
    const exported = [...index.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)]
      .flatMap((m) => m[1]!.split(','))
      .map((name) => name.trim().replace(/^type\s+/, '').split(/\s+as\s+/).at(-1)!)
      .filter((name) => name !== '')
    const start = readme.indexOf('\n## API\n')
    const api = readme.slice(start, readme.indexOf('\nSubpaths', start))
    // Functions as `name(…)`, everything else as a capitalised `Name`.
    const documented = [...api.matchAll(/`([A-Za-z_]\w*)(`|\()/g)].filter(([, name, after]) => after === '(' || /^[A-Z]/.test(name!)).map(([, name]) => name!)
    expect(new Set(documented)).toEqual(new Set(exported))
  })
})
