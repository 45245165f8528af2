/**
 * Figure 8, batch: plans per second of the built CLI over the corpus
 * excerpts (fixtures/corpus/raw: 34 real plans of about 2 KB), `--jobs 2`
 * beside `--jobs 1`, each run a fresh process as a user starts it (start-up
 * included). The corpus is also copied ten times into one folder (340
 * plans), where start-up and the workers' own start weigh less: what an
 * archive of thousands of plans would see. No budget: `--jobs` is for large
 * batches, and on a machine of two cores the second worker shares them with
 * the main thread.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sideBySide } from '../measure.mjs'

/** The corpus copied `copies` times under one temporary folder (copy-01/, copy-02/, …). */
function corpusCopies(corpusDir, copies) {
  if (copies === 1) return corpusDir
  const dir = mkdtempSync(join(tmpdir(), 'cn-plan-batch-bench-'))
  for (let i = 1; i <= copies; i++) cpSync(corpusDir, join(dir, `copy-${String(i).padStart(2, '0')}`), { recursive: true })
  return dir
}

function parseAll(cli, dir, jobs) {
  const child = spawnSync(process.execPath, [cli, 'parse', dir, '--jobs', String(jobs), '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`bench: cn-plan-parser parse ${dir} --jobs ${jobs} failed: ${child.stderr}`)
}

/**
 * @param {{ cli: string, corpusDir: string, copies?: number[], timing: object }} options
 *   `cli` is the built dist/cli.js; `copies` how many times the corpus is read in each row.
 * @returns {Promise<object[]>} one row per entry of `copies`
 */
export async function batchFigure({ cli, corpusDir, copies = [1, 10], timing }) {
  const files = readdirSync(corpusDir).filter((name) => name.endsWith('.txt'))
  const bytes = files.reduce((sum, name) => sum + statSync(join(corpusDir, name)).size, 0)
  const rows = []
  for (const n of copies) {
    const dir = corpusCopies(corpusDir, n)
    const plans = files.length * n
    const t = await sideBySide({ one: () => parseAll(cli, dir, 1), two: () => parseAll(cli, dir, 2) }, timing)
    const perSecond = (ms) => Math.round((plans / ms) * 1000)
    rows.push({
      figure: 'batch',
      input: `corpus excerpts${n === 1 ? '' : ` × ${n}`} (${plans} plans), fresh process`,
      bytes: bytes * n,
      subject: 'cli parse --jobs 2',
      subjectMs: t.two.ms,
      baseline: 'cli parse --jobs 1',
      baselineMs: t.one.ms,
      ratio: t.two.ms / t.one.ms,
      budget: 'none (measured for reference)',
      pass: null,
      note: `${perSecond(t.two.ms)} plans/s with 2 jobs, ${perSecond(t.one.ms)} with 1 (start-up included)`,
    })
  }
  return rows
}
