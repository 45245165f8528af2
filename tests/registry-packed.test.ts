// The build ships the built-in registry as one JSON string (tsup.config.ts,
// packedRegistry): it must be exactly what the data modules make.
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { builtinEntries } from '../src/registry/data/builtin.js'
import { builtinDepartments } from '../src/registry/registry.js'

const built = fileURLToPath(new URL('../dist/registry.js', import.meta.url))

describe('the packed registry', () => {
  it('survives JSON: no undefined field, no shared or non-JSON value in the data', () => {
    expect(JSON.parse(JSON.stringify(builtinEntries()))).toStrictEqual(builtinEntries())
  })

  it('makes fresh entries on each call', () => {
    const [a, b] = [builtinDepartments(), builtinDepartments()]
    expect(a).not.toBe(b)
    expect(a[0]).not.toBe(b[0])
    expect(a[0]?.short).not.toBe(b[0]?.short)
  })

  it.runIf(existsSync(built))('is, in the build, what the data modules make', async () => {
    const dist = (await import(pathToFileURL(built).href)) as { builtinDepartments: typeof builtinDepartments }
    expect(dist.builtinDepartments()).toStrictEqual(builtinEntries())
  })
})
