/**
 * Figure 3, start-up: a fresh Node process that imports the built package
 * and parses the seed, against a fresh process that only starts Node, timed
 * side by side. The budget is a difference in milliseconds, not a ratio:
 * what a CLI user waits for on top of Node itself. The bare process runs
 * the same one-line exit hook that reports CPU time, and nothing else.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Converter } from 'opencc-js/t2cn'
import { median, sideBySide } from '../measure.mjs'

const signed = (ms) => `${ms >= 0 ? '+' : ''}${ms.toFixed(1)}`

// Each process reports the CPU time it used, which other load on a shared
// machine disturbs far less than the wall time tinybench sees.
const REPORT_CPU = `process.on('exit', () => { const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000)) })`

function run(args, cpu) {
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`bench: node ${args.join(' ')} failed: ${child.stderr}`)
  cpu.push(Number(child.stdout))
}

/**
 * The budget is for simplified text. The seed as published has one traditional
 * character (意見), which makes the parser load OpenCC; it is measured too,
 * without a budget. The simplified copy is made here with OpenCC's t2cn preset.
 *
 * @param {{ entry: string, seedPath: string, timing: object, budgetMs?: number }} options
 *   `entry` is the file `import { parsePlan } from 'cn-plan-parser'` resolves to.
 * @returns {Promise<object[]>} two rows
 */
export async function startupFigure({ entry, seedPath, timing, budgetMs = 25 }) {
  const simplifiedPath = join(mkdtempSync(join(tmpdir(), 'cn-plan-startup-')), 'seed-simplified.txt')
  writeFileSync(simplifiedPath, Converter({ from: 't', to: 'cn' })(readFileSync(seedPath, 'utf8')))
  return [
    await startupRow({ entry, path: simplifiedPath, input: 'seed in simplified characters, fresh process', timing, budgetMs }),
    await startupRow({ entry, path: seedPath, input: 'seed as published (one traditional character), fresh process', timing, budgetMs: null }),
  ]
}

async function startupRow({ entry, path, input, timing, budgetMs }) {
  const script = [
    REPORT_CPU,
    `import { readFileSync } from 'node:fs'`,
    `import { parsePlan } from ${JSON.stringify(pathToFileURL(entry).href)}`,
    `const plan = parsePlan(readFileSync(${JSON.stringify(path)}, 'utf8'))`,
    `if (plan.children.length === 0) process.exit(1)`,
  ].join('\n')
  const cpu = { bare: [], package: [] }
  const t = await sideBySide(
    {
      bare: () => run(['-e', REPORT_CPU], cpu.bare),
      package: () => run(['--input-type=module', '-e', script], cpu.package),
    },
    timing,
  )
  const above = t.package.ms - t.bare.ms
  const cpuAbove = median(cpu.package) - median(cpu.bare)
  return {
    figure: 'start-up',
    input,
    bytes: null,
    subject: 'node: import + parsePlan(seed)',
    subjectMs: t.package.ms,
    baseline: 'bare node -e',
    baselineMs: t.bare.ms,
    ratio: t.package.ms / t.bare.ms,
    budget: budgetMs === null ? 'none (measured for reference)' : `≤ +${budgetMs} ms`,
    pass: budgetMs === null ? null : above <= budgetMs,
    note: `${signed(above)} ms wall, ${signed(cpuAbove)} ms CPU above bare Node (CPU: ${median(cpu.package).toFixed(1)} vs ${median(cpu.bare).toFixed(1)} ms)`,
  }
}
