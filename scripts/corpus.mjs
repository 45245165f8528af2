#!/usr/bin/env node
/**
 * `npm run corpus`: how the built parser does on real documents it was not
 * written for (fixtures/corpus/, hand-checked). Prints a line per file, then
 * the totals. `--verbose` lists every miss.
 */
import { fileURLToPath } from 'node:url'
import { readCorpus, scoreCorpus } from './corpus-score.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const { parsePlan } = await import(`${root}dist/index.js`)
const verbose = process.argv.includes('--verbose')

const { perFile, total } = scoreCorpus(parsePlan, readCorpus(`${root}fixtures/corpus`))
const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(0)}%`)
const pad = Math.max(...perFile.map((f) => f.slug.length))
console.log(`${'file'.padEnd(pad)}  headings  extra  labelled  negatives`)
for (const f of perFile) {
  console.log(`${f.slug.padEnd(pad)}  ${`${f.headings}/${f.headingsExpected}`.padStart(8)}  ${String(f.extra).padStart(5)}  ${`${f.labelled}/${f.labelledExpected}`.padStart(8)}  ${`${f.negatives}/${f.negativesExpected}`.padStart(9)}`)
  if (verbose) for (const p of f.problems) console.log(`    ${p}`)
}
console.log('')
console.log(`headings found   ${total.headings}/${total.headingsExpected} (${pct(total.headings, total.headingsExpected)}), ${total.extra} extra`)
console.log(`labelled exact   ${total.labelled}/${total.labelledExpected} (${pct(total.labelled, total.labelledExpected)})`)
console.log(`negatives empty  ${total.negatives}/${total.negativesExpected} (${pct(total.negatives, total.negativesExpected)})`)
