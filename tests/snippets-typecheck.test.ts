/**
 * Every TypeScript block of the README and docs/*.md, every `@example` of
 * src/ that imports the package, and examples/typescript typecheck under
 * `strict` as a consumer's code: against the BUILT package (dist/, through a link in node_modules, the
 * way an install resolves it), with `moduleResolution` `node16` and
 * `bundler`. One program per resolution for all blocks, each block a module
 * of its own: two programs in all (~7 s of CPU each, most of it zod's types
 * and Node's), not one per block.
 *
 * Blocks fenced ```` ```ts run ```` of one file share one scope when they
 * run (tests/readme-examples.test.ts), so they are typechecked that way too:
 * each nested in a block scope inside the one before it (a later block may
 * use and shadow what an earlier one declared), imports hoisted to the top.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const MARKDOWN = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)]

interface Snippet {
  /** Where it stands: file and 1-based line of its first line of code. */
  file: string
  line: number
  code: string
  /** Shares the scope of the file's earlier `run` blocks. */
  shared: boolean
}

/** The ```ts blocks of a Markdown file. */
function markdownSnippets(file: string): Snippet[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n')
  const found: Snippet[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^```ts(?:\s+(.*))?$/.exec(lines[i]!)
    if (!open) continue
    const start = i + 1
    while (i + 1 < lines.length && !/^```\s*$/.test(lines[i + 1]!)) i++
    found.push({ file, line: start + 1, code: lines.slice(start, i + 1).join('\n'), shared: (open[1] ?? '').split(/\s+/).includes('run') })
  }
  return found
}

/** The ```ts blocks of the `@example`s of a source file that import the package (the others show internals). */
function exampleSnippets(file: string): Snippet[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n')
  const found: Snippet[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\* ```ts\s*$/.test(lines[i]!)) continue
    const start = i + 1
    while (i + 1 < lines.length && !/^\s*\* ```\s*$/.test(lines[i + 1]!)) i++
    const code = lines.slice(start, i + 1).map((l) => l.replace(/^\s*\* ?/, '')).join('\n')
    if (/from 'cn-plan-parser/.test(code)) found.push({ file, line: start + 1, code, shared: false })
  }
  return found
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
  )
}

/** A module's text, and for each of its lines the Markdown or source line it came from. */
interface Module {
  name: string
  text: string
  origin: (string | null)[]
}

/**
 * One module: the snippets' imports on top, then each snippet in a block
 * inside the previous one (a snippet alone is left at the top level, where
 * it may declare what a block may not: `declare function`, interfaces).
 */
function moduleOf(name: string, snippets: Snippet[]): Module {
  const nest = snippets.length > 1 || snippets.some((s) => s.shared)
  const imports: string[] = []
  const importOrigin: string[] = []
  const body: string[] = []
  const bodyOrigin: (string | null)[] = []
  for (const s of snippets) {
    const sf = ts.createSourceFile('x.ts', s.code, ts.ScriptTarget.ES2022, true)
    const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line
    const importLines = new Set<number>()
    for (const statement of sf.statements) {
      if (!ts.isImportDeclaration(statement)) continue
      const text = s.code.slice(statement.getStart(sf), statement.end)
      for (let l = lineOf(statement.getStart(sf)); l <= lineOf(statement.end); l++) importLines.add(l)
      if (imports.includes(text)) continue
      imports.push(text)
      importOrigin.push(`${s.file}:${s.line + lineOf(statement.getStart(sf))}`)
    }
    if (nest) {
      body.push('{')
      bodyOrigin.push(null)
    }
    s.code.split('\n').forEach((line, l) => {
      body.push(importLines.has(l) ? '' : line)
      bodyOrigin.push(`${s.file}:${s.line + l}`)
    })
  }
  if (nest) {
    for (const _ of snippets) {
      body.push('}')
      bodyOrigin.push(null)
    }
  }
  // `export {}` keeps a block without imports a module of its own.
  return { name, text: [...imports, 'export {}', ...body].join('\n') + '\n', origin: [...importOrigin, null, ...bodyOrigin] }
}

function modules(): Module[] {
  const out: Module[] = []
  const add = (snippets: Snippet[]) => {
    const shared = snippets.filter((s) => s.shared)
    if (shared.length > 0) out.push(moduleOf(`m${out.length}.ts`, shared))
    for (const s of snippets.filter((s) => !s.shared)) out.push(moduleOf(`m${out.length}.ts`, [s]))
  }
  for (const file of MARKDOWN) add(markdownSnippets(file))
  for (const file of sourceFiles('src')) add(exampleSnippets(file))
  // The TypeScript example project, whole (its own tsconfig is stricter still).
  add([{ file: 'examples/typescript/index.ts', line: 1, code: readFileSync(join(root, 'examples/typescript/index.ts'), 'utf8'), shared: false }])
  return out
}

const all = modules()
const dir = mkdtempSync(join(root, '.examples-snippets-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// The consumer: a project of its own with the package linked into its node_modules (the
// repository's node_modules, one level up, give the rest: zod's and Node's types, unist-util-visit).
mkdirSync(join(dir, 'node_modules'))
symlinkSync(root, join(dir, 'node_modules', 'cn-plan-parser'), 'dir')
writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }))
for (const m of all) writeFileSync(join(dir, m.name), m.text)

const RESOLUTIONS: Record<string, ts.CompilerOptions> = {
  node16: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 },
  bundler: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
}

/** The program before, whose parsed files the next one reuses (the declarations of dist/ and zod are large). */
let previous: ts.Program | undefined

/** Every error of one program over all the modules, as `file:line TSxxxx message`. */
function errors(resolution: ts.CompilerOptions): string[] {
  const options: ts.CompilerOptions = { ...resolution, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [join(root, 'node_modules/@types')] }
  const program = ts.createProgram({ rootNames: all.map((m) => join(dir, m.name)), options, oldProgram: previous })
  previous = program
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ')
    if (!d.file) return `TS${d.code} ${message}`
    const m = all.find((m) => join(dir, m.name) === d.file!.fileName)
    const line = d.file.getLineAndCharacterOfPosition(d.start ?? 0).line
    return `${m?.origin[line] ?? relative(root, d.file.fileName) + ':' + (line + 1)} TS${d.code} ${message}`
  })
}

describe('TypeScript blocks of README.md, docs/ and src/ @examples, as a consumer compiles them', () => {
  it('finds the blocks', () => {
    const files = new Set(all.flatMap((m) => m.origin.filter((o) => o !== null).map((o) => o.split(':')[0])))
    for (const file of ['README.md', 'docs/structure.md', 'docs/note-grammar.md', 'docs/analytics-and-cli.md', 'docs/inputs.md', 'docs/performance.md', 'src/parse-plan.ts', 'src/schema.ts', 'examples/typescript/index.ts']) {
      expect(files, file).toContain(file)
    }
  })

  for (const [name, resolution] of Object.entries(RESOLUTIONS)) {
    it(`typechecks under strict with moduleResolution ${name}`, () => {
      expect(errors(resolution)).toEqual([])
    }, 60_000)
  }
})
