#!/usr/bin/env node
/**
 * `npm run corpus`: how the built parser does on documents it was not
 * written for. fixtures/corpus/ holds real excerpts with hand-checked
 * expectations; fixtures/heldout/ invented documents of other families whose
 * expectations were written blind, without running the parser. Prints a
 * line per file, then the totals of each set. `--verbose` lists every miss.
 */
import { fileURLToPath } from 'node:url'
import { readCorpus, scoreCorpus } from './corpus-score.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const { parsePlan } = await import(`${root}dist/index.js`)
const verbose = process.argv.includes('--verbose')
const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(0)}%`)

for (const [set, what] of [['heldout', 'invented, written blind'], ['heldout-2', 'invented, written blind, second set'], ['heldout-3', 'invented, written blind, third set'], ['heldout-4', 'invented, written blind, fourth set'], ['heldout-5', 'invented, written blind, fifth set'], ['heldout-6', 'invented, written blind, sixth set'], ['corpus', 'real excerpts']]) {
  const { perFile, total } = scoreCorpus(parsePlan, readCorpus(`${root}fixtures/${set}`))
  const pad = Math.max(...perFile.map((f) => f.slug.length))
  console.log(`\nfixtures/${set} (${what})\n${'file'.padEnd(pad)}  headings  extra  labelled  negatives`)
  for (const f of perFile) {
    console.log(`${f.slug.padEnd(pad)}  ${`${f.headings}/${f.headingsExpected}`.padStart(8)}  ${String(f.extra).padStart(5)}  ${`${f.labelled}/${f.labelledExpected}`.padStart(8)}  ${`${f.negatives}/${f.negativesExpected}`.padStart(9)}`)
    if (verbose) for (const p of f.problems) console.log(`    ${p}`)
  }
  console.log('')
  console.log(`${set}: headings found   ${total.headings}/${total.headingsExpected} (${pct(total.headings, total.headingsExpected)}), ${total.extra} extra`)
  console.log(`${set}: labelled exact   ${total.labelled}/${total.labelledExpected} (${pct(total.labelled, total.labelledExpected)})`)
  console.log(`${set}: negatives empty  ${total.negatives}/${total.negativesExpected} (${pct(total.negatives, total.negativesExpected)})`)
  if (total.rowsExpected > 0) console.log(`${set}: table rows exact ${total.rows}/${total.rowsExpected} (${pct(total.rows, total.rowsExpected)})`)
}
