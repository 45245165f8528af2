// Every CLI failure is one line on stderr and exit 1 (usage errors: 2), never
// a stack trace: input over the size limit, output that cannot be written,
// an error thrown inside the parser. In-process, and the built dist/cli.js
// as a child process for a real full disk.
import { execSync, spawnSync } from 'node:child_process'
import { closeSync, existsSync, openSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { run as runProgram } from '../src/cli/program.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist/cli.js')
const seedPath = 'fixtures/ip-plan-2021-2022.txt'

beforeAll(() => {
  // `npm test` builds first; a targeted run on a stale build rebuilds once (as tests/cli.test.ts does).
  const newest = Math.max(...readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs))
  if (!existsSync(cli) || statSync(cli).mtimeMs < newest) execSync('npm run build --silent', { cwd: root, stdio: 'ignore' })
}, 120_000)

type Run = typeof runProgram

/** What `cn-plan-parser ...args` prints in-process, its stdout's write replaceable. */
async function run(args: string[], input = '', write?: (s: string) => unknown, program: Run = runProgram) {
  let stdout = ''
  let stderr = ''
  const code = await program([process.execPath, cli, ...args], {
    stdout: { write: write ?? ((s: string) => (stdout += s)) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: () => Buffer.from(input, 'utf8'),
  })
  return { code, stdout, stderr }
}

const oneLine = (stderr: string) => expect(stderr).toMatch(/^cn-plan-parser: [^\n]+\n$/)

describe('cli: failures', () => {
  it('refuses input over --max-input-bytes in one line, before decoding it', async () => {
    const r = await run(['parse', '-', '--max-input-bytes', '100'], '一、总体要求\n' + '推进工作。'.repeat(20))
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'cn-plan-parser: <stdin>: over --max-input-bytes (100 bytes): at least 319 bytes; pass a larger --max-input-bytes (or Infinity)\n',
    })
    expect((await run(['rows', '-', '--max-input-bytes', 'Infinity'], '一、总体要求\n1. 推进。（商务部负责）')).code).toBe(0)
    for (const bad of ['0', '-5', '1.5', 'lots']) expect((await run(['parse', '-', '--max-input-bytes', bad])).code).toBe(2)
  })

  it('reports output that cannot be written (a full disk) in one line', async () => {
    const full = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' })
    }
    const r = await run(['parse', '-'], '一、总体要求\n1. 推进。（商务部负责）', full)
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'cn-plan-parser: cannot write the output (ENOSPC)\n' })
  })

  it('reports an error thrown inside the parser in one line naming the file', async () => {
    // Stands in for any bug or resource limit deep in parsing (the stack overflow of deeply nested HTML).
    vi.resetModules()
    vi.doMock('../src/parse-plan.js', () => ({
      parsePlan: () => {
        throw new RangeError('Maximum call stack size exceeded\n    at deep (html.js:1:1)')
      },
    }))
    try {
      const { run: failing } = await import('../src/cli/program.js')
      const r = await run(['departments', '-'], '<div><div>', undefined, failing)
      expect(r).toEqual({ code: 1, stdout: '', stderr: 'cn-plan-parser: <stdin>: cannot parse (RangeError: Maximum call stack size exceeded)\n' })
    } finally {
      vi.doUnmock('../src/parse-plan.js')
      vi.resetModules()
    }
  })

  it('says on stderr when a document has no plan structure', async () => {
    const r = await run(['parse', '-', '--format', 'outline'], '关于印发的通知\n\n各单位：现印发。')
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('<stdin>:1:1 no-structure No chapter, section, task or item found: is this a plan?\n')
  })

  it.runIf(existsSync('/dev/full'))('the built CLI writing to a full disk (/dev/full) exits 1 with one line', () => {
    const fd = openSync('/dev/full', 'w')
    try {
      const r = spawnSync(process.execPath, [cli, 'parse', seedPath], { cwd: root, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' })
      expect(r.status).toBe(1)
      oneLine(r.stderr)
      expect(r.stderr).toBe('cn-plan-parser: cannot write the output (ENOSPC)\n')
    } finally {
      closeSync(fd)
    }
  })

  it('the built CLI refuses a file over the limit with one line', async () => {
    const r = spawnSync(process.execPath, [cli, 'rows', seedPath, '--max-input-bytes', '1000'], { cwd: root, encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    oneLine(r.stderr)
    expect(r.stderr).toContain(`${seedPath}: over --max-input-bytes (1000 bytes): at least 28787 bytes`)
  })
})
