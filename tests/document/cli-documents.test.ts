// The CLI on Word files: `parse plan.docx`, `rows plan.doc --csv`, and one line for a file it cannot read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run as runProgram } from '../../src/cli/program.js'

const documents = 'fixtures/documents'
let dir = ''

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-documents-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function run(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runProgram([process.execPath, 'cn-plan-parser', ...args], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } })
  return { code, stdout, stderr }
}

describe('cli on Word files', () => {
  it('prints the outline of an auto-numbered .docx, its dropped footer on stderr', async () => {
    const r = await run(['parse', `${documents}/ip-plan-autonum.docx`, '--format', 'outline'])
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n')[0]).toMatch(/^一、完善知识产权制度 \(23 tasks\)$/)
    expect(r.stdout).toContain('115. [')
    expect(r.stderr).toBe(`${documents}/ip-plan-autonum.docx:1:1 page-footer Page number “— 1 —” left out of the text\n`)
  })

  it('writes the rows of a .doc as CSV', async () => {
    const r = await run(['rows', `${documents}/ip-plan.doc`, '--csv'])
    expect(r.code).toBe(0)
    const lines = r.stdout.trimEnd().split(/\r?\n/)
    // 235 assignments: a row each, after the header.
    expect(lines).toHaveLength(236)
    expect(lines[1]).toMatch(/^1,完善知识产权制度,/)
  })

  it('refuses a file it cannot read in one line naming it (exit 1)', async () => {
    const ofd = join(dir, 'plan.ofd')
    writeFileSync(ofd, zipSync({ 'OFD.xml': strToU8('<ofd:OFD/>') }))
    const r = await run(['parse', ofd])
    expect(r).toEqual({ code: 1, stdout: '', stderr: `cn-plan-parser: ${ofd}: parseDocument: OFD documents (GB/T 33190) are not supported yet; export the plan as PDF, Word or text\n` })
  })
})
