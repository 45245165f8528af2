/**
 * What an editor's hover shows a consumer of the built package: the
 * declarations of dist/ (ESM and CommonJS), read by the TypeScript checker as
 * an editor reads them. The public types are named interfaces, and their
 * fields keep their documentation through the build.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const ENTRIES = ['index.d.ts', 'index.d.cts', 'schema.d.ts']

const program = ts.createProgram(
  ENTRIES.map((file) => join(dist, file)),
  { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [] },
)
const checker = program.getTypeChecker()

/** The symbols an entry exports, by name, aliases followed to their declarations. */
function exportsOf(entry: string): Map<string, ts.Symbol> {
  const file = program.getSourceFile(join(dist, entry))
  if (!file) throw new Error(`no ${entry}: run npm run build first`)
  const module = checker.getSymbolAtLocation(file)!
  return new Map(checker.getExportsOfModule(module).map((s) => [s.name, s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s]))
}

/** The documentation a hover shows for a member of an exported interface (inherited members included). */
function doc(exported: Map<string, ts.Symbol>, type: string, member: string): string {
  const symbol = exported.get(type)
  expect(symbol, `${type} is exported`).toBeDefined()
  const property = checker.getDeclaredTypeOfSymbol(symbol!).getProperty(member)
  expect(property, `${type}.${member}`).toBeDefined()
  return ts.displayPartsToString(property!.getDocumentationComment(checker))
}

describe.each(['index.d.ts', 'index.d.cts'])('dist/%s', (entry) => {
  it('exists (the build ran)', () => expect(existsSync(join(dist, entry))).toBe(true))
  const exported = exportsOf(entry)

  it('documents byDuty, leads and position', () => {
    expect(doc(exported, 'Responsibility', 'byDuty')).toContain('按职责分工负责')
    expect(doc(exported, 'Responsibility', 'leads')).toMatch(/^The leading department\(s\): the first listed/)
    expect(doc(exported, 'Responsibility', 'position')).toBe('Where the note stands in the input: its brackets or label lines included.')
    expect(doc(exported, 'Department', 'position')).toBe('Where the name stands in the input.')
    // Inherited through `Heading` and `Assigned`, as the hover shows it on a chapter.
    expect(doc(exported, 'Chapter', 'position')).toMatch(/^Where the heading stands in the input/)
    expect(doc(exported, 'Chapter', 'responsibility')).toMatch(/^The note that closes the unit's own paragraph/)
  })

  it('declares the node types as named interfaces, referred to by name', () => {
    for (const name of ['Plan', 'Chapter', 'Section', 'Task', 'Item', 'Paragraph', 'Responsibility', 'Department', 'NoteClause', 'Diagnostic', 'Meta', 'Point', 'Position']) {
      const declarations = exported.get(name)?.declarations ?? []
      expect(declarations.map((d) => ts.SyntaxKind[d.kind]), name).toEqual(['InterfaceDeclaration'])
    }
    // Plan's children name their types instead of spelling them out.
    const children = exported.get('Plan')!.members!.get('children' as ts.__String)!.declarations![0] as ts.PropertySignature
    expect(children.type!.getText()).toBe('(Chapter | Section | Task | Item | Paragraph)[]')
  })

  it('documents every field of every exported interface', () => {
    const missing: string[] = []
    for (const [name, symbol] of exported) {
      if (!(symbol.flags & ts.SymbolFlags.Interface) || !symbol.declarations?.some((d) => d.getSourceFile().fileName.includes('/types-'))) continue
      for (const property of checker.getDeclaredTypeOfSymbol(symbol).getProperties()) {
        if (ts.displayPartsToString(property.getDocumentationComment(checker)).trim() === '') missing.push(`${name}.${property.name}`)
      }
    }
    expect(missing).toEqual([])
  })
})

it('dist/schema.d.ts points every node schema at its documented interface', () => {
  const exported = exportsOf('schema.d.ts')
  for (const name of ['Plan', 'Chapter', 'Section', 'Task', 'Item', 'Paragraph', 'Responsibility', 'Department', 'Diagnostic', 'Point', 'Position']) {
    const text = ts.displayPartsToString(exported.get(`${name}Schema`)!.getDocumentationComment(checker))
    expect(text, `${name}Schema`).toMatch(new RegExp(`\\{@link ${name} ?\\}`))
  }
})

it('dist/ declaration files import one another by names that exist, the shared chunk named like the bundles (`types-<hash>`)', () => {
  // rollup names a chunk of emitted declarations `types.d-<hash>`: scripts/build-dts.mjs renames it, and its imports with it.
  const files = readdirSync(dist).filter((file) => /\.d\.c?ts$/.test(file))
  expect(files.filter((file) => file.includes('.d-'))).toEqual([])
  expect(files.filter((file) => /^types-[\w-]+\.d\.c?ts$/.test(file))).toHaveLength(2)
  for (const file of files) {
    for (const [, name, c] of readFileSync(join(dist, file), 'utf8').matchAll(/from '\.\/([^']+)\.(c?)js'/g)) {
      expect(files, `${file} imports ./${name}.${c}js`).toContain(`${name}.d.${c}ts`)
    }
  }
})
