/**
 * What a user of the published package meets beside the code: the licence,
 * the changelog, where the project lives, README links that resolve inside the
 * tarball, and dependencies that are all used (and all declared).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const read = (path: string) => readFileSync(join(root, path), 'utf8')
const pkg = JSON.parse(read('package.json')) as {
  version: string
  license: string
  files: string[]
  repository: { url: string }
  homepage: string
  bugs: { url: string }
  dependencies: Record<string, string>
}

/** Whether npm packs a path: one of `files` (a directory, a file, or `dir/*.md`), or a file npm always packs. */
function packed(path: string): boolean {
  if (['package.json', 'README.md', 'LICENSE'].includes(path)) return true
  return pkg.files.some((entry) =>
    entry.endsWith('/*.md') ? dirname(path) === entry.slice(0, -5) && path.endsWith('.md') : path === entry || path.startsWith(`${entry}/`),
  )
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : /\.(ts|mts)$/.test(e.name) ? [`${dir}/${e.name}`] : [],
  )
}

describe('package.json and the files beside it', () => {
  it('has an MIT LICENSE, as package.json says', () => {
    expect(pkg.license).toBe('MIT')
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} cn-plan-parser contributors\n/)
  })

  it('has a changelog in the Keep a Changelog form, with an Unreleased section and the current version', () => {
    const changelog = read('CHANGELOG.md')
    expect(changelog).toContain('https://keepachangelog.com/')
    const versions = [...changelog.matchAll(/^## (\S+)/gm)].map((m) => m[1])
    expect(versions[0]).toBe('Unreleased')
    expect(versions).toContain(pkg.version)
    expect(packed('CHANGELOG.md')).toBe(true)
  })

  it('says where the project lives', () => {
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/)
    const web = pkg.repository.url.slice('git+'.length, -'.git'.length)
    expect(pkg.homepage).toBe(`${web}#readme`)
    expect(pkg.bugs.url).toBe(`${web}/issues`)
  })
})

describe('links of the README and docs', () => {
  for (const file of ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]) {
    it(`${file}: every relative link lands on a file the package ships`, () => {
      const targets = [...read(file).matchAll(/\]\(([\w./-]+)(?:#[\w-]+)?\)/g)].map((m) => normalize(join(dirname(file), m[1]!)))
      for (const target of targets) {
        expect(existsSync(join(root, target)), `${file} → ${target} exists`).toBe(true)
        expect(packed(target), `${file} → ${target} is packed`).toBe(true)
      }
    })
  }
})

describe('dependencies', () => {
  // Bare specifiers src/ loads: imports, import(), require('…'). Type-only imports load
  // nothing (`mdast`'s types come with remark-parse), and comments are examples.
  const used = new Set<string>()
  for (const file of sourceFiles('src')) {
    const code = read(file).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/^import type .*$/gm, '')
    for (const m of code.matchAll(/(?:from\s+|import\(\s*|require\(\s*|declare module\s+)'([^'./][^']*)'/g)) {
      const name = m[1]!.startsWith('@') ? m[1]!.split('/').slice(0, 2).join('/') : m[1]!.split('/')[0]!
      if (!m[1]!.startsWith('node:')) used.add(name)
    }
  }

  it('uses every declared dependency in src/', () => {
    expect(Object.keys(pkg.dependencies).filter((name) => !used.has(name))).toEqual([])
  })

  it('declares every package src/ imports', () => {
    expect([...used].filter((name) => !(name in pkg.dependencies)).sort()).toEqual([])
  })
})
