import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { expect, test } from 'vitest'

/** Specifiers a module imports on load: `import … from '…'`, `export … from '…'`, `import '…'` (not `import('…')`). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  return [...source.matchAll(/^\s*(?:import|export)\b[^('"]*?(?:from\s*)?['"]([^'"]+)['"]/gm)].map((m) => m[1] as string)
}

/** Every source file the module at `entry` loads, and every package any of them imports on load. */
function moduleGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    for (const specifier of staticImports(file)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier)
        continue
      }
      const target = normalize(join(dirname(file), specifier.replace(/\.js$/, '.ts')))
      if (existsSync(target)) visit(target)
    }
  }
  visit(entry)
  return { files, packages }
}

test('importing the package loads neither the PDF reader nor pdf.js', () => {
  const { files, packages } = moduleGraph('src/index.ts')
  expect(files.has(normalize('src/document/errors.ts'))).toBe(true)
  expect([...files].filter((f) => f.includes(normalize('document/pdf/')))).toEqual([])
  expect([...packages].filter((p) => /unpdf|pdfjs/.test(p))).toEqual([])
})

test('the PDF reader itself loads unpdf only when called', () => {
  const { packages } = moduleGraph('src/document/pdf/read-pdf.ts')
  expect([...packages].filter((p) => /unpdf|pdfjs/.test(p))).toEqual([])
  expect(readFileSync('src/document/pdf/read-pdf.ts', 'utf8')).toContain("await import('unpdf')")
})
