#!/usr/bin/env node
// diffPlans on two families at 1,750 and 28,000 units, run by scripts/stress.mjs
// in a fresh process: copies of the seed against copies of its 2023 edition
// (thousands of identical texts), and alike tasks `推进第k项工作` against the same
// shifted by 7 (every pair similar: the plain matcher's 1.7 GB at 4,000 tasks).
// CPU time per 1,000 units must stay within 1.5× from the small size to the
// large one; peak RSS is reported. Exits 1 when a family fails.
import { readFileSync } from 'node:fs'
import { diffPlans } from '../dist/analytics.js'
import { parsePlan } from '../dist/index.js'
import { synthPlan } from '../bench/synth.mjs'

const SIZES = [1750, 28000]
const MAX_RATIO = 1.5
const read = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
const seed = read('ip-plan-2021-2022.txt')
const edition = read('ip-plan-2023.txt')
const parse = (text) => parsePlan(text, { maxInputBytes: Infinity })
const alike = (n, shift) => '一、总体要求\n' + Array.from({ length: n }, (_, k) => `${(k % 9999) + 1}. 推进第${k + shift}项工作。（知识产权局、市场监管总局负责）`).join('\n')

const FAMILIES = {
  'seed copies': (n) => {
    const copies = Math.round(n / 115)
    return [parse(synthPlan(seed, { copies }).text), parse(synthPlan(edition, { copies }).text)]
  },
  'alike tasks': (n) => [parse(alike(n, 0)), parse(alike(n, 7))],
}

let failed = false
for (const [name, make] of Object.entries(FAMILIES)) {
  const perThousand = []
  let line = ''
  for (const n of SIZES) {
    const [a, b] = make(n)
    globalThis.gc?.()
    const t0 = process.cpuUsage()
    const d = diffPlans(a, b)
    const { user, system } = process.cpuUsage(t0)
    const units = d.matched.length + d.removed.length
    perThousand.push((user + system) / 1000 / (units / 1000))
    line = `${units} units, ${d.matched.length} matched, ${((user + system) / 1e6).toFixed(1)} s CPU`
  }
  const ratio = perThousand[1] / perThousand[0]
  const bad = ratio > MAX_RATIO
  failed ||= bad
  console.log(`diffPlans ${name.padEnd(12)} ms/1,000 units ${perThousand.map((t) => t.toFixed(0)).join(' → ')}  ratio ${ratio.toFixed(2)}  (${line})${bad ? '  FAIL' : ''}`)
}
console.log(`diffPlans peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
process.exit(failed ? 1 : 0)
