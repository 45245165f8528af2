/**
 * Figure 3, start-up: a fresh Node process that imports the built package
 * and parses the seed, against a fresh process that only starts Node, timed
 * side by side. The budget is a difference in milliseconds, not a ratio:
 * what a CLI user waits for on top of Node itself.
 */
import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { sideBySide } from '../measure.mjs'

function run(args) {
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`bench: node ${args.join(' ')} failed: ${child.stderr}`)
}

/**
 * @param {{ entry: string, seedPath: string, timing: object, budgetMs?: number }} options
 *   `entry` is the file `import { parsePlan } from 'cn-plan-parser'` resolves to.
 * @returns {Promise<object[]>} one row
 */
export async function startupFigure({ entry, seedPath, timing, budgetMs = 25 }) {
  const script = [
    `import { readFileSync } from 'node:fs'`,
    `import { parsePlan } from ${JSON.stringify(pathToFileURL(entry).href)}`,
    `const plan = parsePlan(readFileSync(${JSON.stringify(seedPath)}, 'utf8'))`,
    `if (plan.children.length === 0) process.exit(1)`,
  ].join('\n')
  const t = await sideBySide(
    {
      bare: () => run(['-e', '']),
      package: () => run(['--input-type=module', '-e', script]),
    },
    timing,
  )
  const above = t.package.ms - t.bare.ms
  return [
    {
      figure: 'start-up',
      input: 'seed, fresh process',
      bytes: null,
      subject: 'node: import + parsePlan(seed)',
      subjectMs: t.package.ms,
      baseline: 'node -e ""',
      baselineMs: t.bare.ms,
      ratio: t.package.ms / t.bare.ms,
      budget: `≤ +${budgetMs} ms`,
      pass: above <= budgetMs,
      note: `+${above.toFixed(1)} ms above bare Node`,
    },
  ]
}
