/**
 * Every regular expression in src/ is checked for catastrophic backtracking
 * with recheck. They are found by walking the TypeScript syntax of each file,
 * so a new pattern is checked the moment it is written.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { check } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = new URL('../src/', import.meta.url)

interface Found {
  where: string
  source: string | null
  flags: string
}

/** RegExp literals, and `RegExp(...)` / `new RegExp(...)` calls (whose pattern must be a literal to be checked). */
function findRegExps(file: string, text: string): Found[] {
  const found: Found[] = []
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true)
  const where = (node: ts.Node) => `${file}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const literal = (node: ts.Node | undefined): string | null =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = node.getText()
      const slash = raw.lastIndexOf('/')
      found.push({ where: where(node), source: raw.slice(1, slash), flags: raw.slice(slash + 1) })
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? []
      found.push({ where: where(node), source: literal(pattern), flags: literal(flags) ?? '' })
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return found
}

function sourceFiles(dir: URL, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(new URL(`${entry.name}/`, dir), `${prefix}${entry.name}/`) : entry.name.endsWith('.ts') ? [`${prefix}${entry.name}`] : [],
  )
}

/**
 * recheck's fuzzer also calls a pattern vulnerable when one match runs longer
 * than a wall-clock limit (`attackTimeout` 1 s, `incubationTimeout` 250 ms),
 * so on a busy machine a safe pattern could fail (the date pattern of
 * src/meta/title.ts did, with two test workers). With those limits off, the
 * verdict rests on how many characters its VM reads (`attackLimit`,
 * `incubationLimit`): the same on any machine. No overall `timeout` either,
 * which would report `timeout` instead of a verdict: the test's own timeout
 * guards against a hang.
 */
const PARAMS = { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null }

const ALL = sourceFiles(SRC).flatMap((file) => findRegExps(`src/${file}`, readFileSync(new URL(file, SRC), 'utf8')))

describe('regular expressions in src/', () => {
  it('are found by the syntax walk (literals, RegExp calls, patterns built at run time)', () => {
    const sample = 'const a = /x+y/u; const b = new RegExp("(a|b)*c", "g"); const c = RegExp(name); const d = "/not/"'
    expect(findRegExps('sample.ts', sample).map(({ source, flags }) => ({ source, flags }))).toEqual([
      { source: 'x+y', flags: 'u' },
      { source: '(a|b)*c', flags: 'g' },
      { source: null, flags: '' },
    ])
    expect(ALL.length).toBeGreaterThan(0)
  })

  it('are all literals, so they can be checked', () => {
    expect(ALL.filter((r) => r.source === null).map((r) => r.where)).toEqual([])
  })

  // Concurrent: each check waits on recheck's agent process, so a few in flight keep it busy.
  it.concurrent.for(ALL.filter((r) => r.source !== null).map((r) => [`${r.where} /${r.source}/${r.flags}`, r] as const))('%s is safe from ReDoS', async ([, r], { expect }) => {
    const result = await check(r.source as string, r.flags, PARAMS)
    expect({ where: r.where, status: result.status }).toEqual({ where: r.where, status: 'safe' })
  })

  it.each([
    ['^(a+)+$', 'exponential'], // found by automata
    // Lookarounds leave recheck its fuzzer, which must still find them without the wall-clock limits.
    ['^(a+)+(?=b)', 'exponential'],
    ['\\d+\\d+(?=x)', 'polynomial'],
  ])('the checker does flag a vulnerable pattern: /%s/', async (source, type) => {
    const result = await check(source, '', PARAMS)
    expect(result.status).toBe('vulnerable')
    expect(result.status === 'vulnerable' && result.complexity.type).toBe(type)
  }, 120_000)
})
