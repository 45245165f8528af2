#!/usr/bin/env node
// Adversarial inputs at 1, 4 and 16 MB: parse time per MB must stay flat
// (linear time). Fails when it grows more than 1.5× from 1 MB to a larger size.
// Runs against the build (`npm run stress` builds first). Time is CPU time
// (user + system), not wall-clock, so other jobs on a shared machine do not
// count; `--single-threaded-gc` keeps garbage collection on the measured
// thread, where parallel GC helpers on a busy machine would add spinning.
// Each input runs in a fresh process and each size is parsed a few times,
// the fastest kept.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parsePlan } from '../dist/index.js'

const MB = 1024 * 1024
const SIZES = [1, 4, 16]
const MAX_RATIO = 1.5
const REPEATS = Number(process.env.STRESS_REPEATS) || 3

/** Repeat `unit` until the text reaches `bytes` UTF-8 bytes. */
function fill(unit, bytes) {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)))
}

/** Lines `make(k)` for k = 0, 1, … until `bytes` UTF-8 bytes. */
function lines(make, bytes) {
  const out = []
  let size = 0
  for (let k = 0; size < bytes; k++) {
    const line = make(k) + '\n'
    out.push(line)
    size += Buffer.byteLength(line)
  }
  return out.join('')
}

const INPUTS = {
  '（ repeated': (b) => fill('（', b),
  '《 repeated': (b) => fill('《', b),
  'digits': (b) => fill('1234567890', b),
  '一、 repeated': (b) => fill('一、', b),
  '一、 lines': (b) => lines(() => '一、', b),
  '1. repeated': (b) => fill('1.', b),
  '1. lines': (b) => lines(() => '1. 推进', b),
  'one long line': (b) => fill('加强知识产权保护，', b),
  'nested brackets': (b) => {
    const depth = Math.floor(b / 6)
    return '1. 推进' + '（'.repeat(depth) + '知识产权局负责' + '）'.repeat(depth)
  },
  'many tasks': (b) => '一、总体要求\n' + lines((k) => `${(k % 9999) + 1}. 推进第${k}项工作。（知识产权局、市场监管总局、农业农村部负责）`, b),
  'many paragraphs': (b) => '一、总体要求\n1. 推进工作。（知识产权局负责）\n' + lines((k) => `第${k}段说明文字。`, b),
  'number jumps': (b) => lines((k) => `一、总体要求\n1. 推进。（知识产权局负责）\n二、保障\n9999. 落实。（知识产权局负责）`, b),
  'unclosed notes': (b) => lines((k) => `${(k % 9999) + 1}. 推进工作（知识产权局负责`, b),
  // One line: units with nothing between them, found mid-line by the sequence.
  'glued units': (b) => '一、总体要求' + lines((k) => `${(k % 9999) + 1}.推进工作。（知识产权局负责）`, b).replace(/\n/g, ''),
  'glued sub-items': (b) => '1.推进。' + lines((k) => `（${(k % 99) + 1}）推进工作；`, b).replace(/\n/g, ''),
  '）1. repeated': (b) => fill('）1.', b),
  'notes and spaces': (b) => '一、总体要求 1.推进 ' + fill('（知识产权局负责） 推进', b),
}

function time(text, repeats) {
  let best = Infinity
  let tasks = 0
  for (let r = 0; r < repeats; r++) {
    globalThis.gc?.()
    const t0 = process.cpuUsage()
    const plan = parsePlan(text, { maxInputBytes: Infinity })
    const { user, system } = process.cpuUsage(t0)
    const ms = (user + system) / 1000
    best = Math.min(best, ms)
    tasks = countTasks(plan)
  }
  return { ms: best, tasks }
}

function countTasks(node) {
  let n = 0
  for (const child of node.children ?? []) n += child.type === 'task' ? 1 : countTasks(child)
  return n
}

/** Measure one input at every size, in this process: time per MB and tasks found at the largest size. */
function measure(name) {
  const make = INPUTS[name]
  const perMB = []
  let tasks = 0
  for (const size of SIZES) {
    const text = make(size * MB)
    // The largest size is parsed once less: it is the least noisy and the slowest.
    const result = time(text, size === SIZES[SIZES.length - 1] ? Math.max(1, REPEATS - 1) : REPEATS)
    perMB.push(result.ms / (Buffer.byteLength(text) / MB))
    tasks = result.tasks
  }
  return { perMB, tasks }
}

if (process.argv[2] === '--one') {
  process.stdout.write(JSON.stringify(measure(process.argv[3])))
  process.exit(0)
}

/** The issue's "1 million tasks", at its own size: must parse, find them all and keep the per-MB rate. */
function million() {
  const text = '一、总体要求\n' + Array.from({ length: 1_000_000 }, (_, k) => `${(k % 9999) + 1}. 推进工作。（知识产权局、市场监管总局负责）\n`).join('')
  const { ms, tasks } = time(text, 1)
  const mb = Buffer.byteLength(text) / MB
  return { mb, ms, tasks }
}

if (process.argv[2] === '--million') {
  process.stdout.write(JSON.stringify(million()))
  process.exit(0)
}

const pad = (s, n) => String(s).padStart(n)
console.log(`${'input'.padEnd(18)}${SIZES.map((s) => pad(`${s} MB ms/MB`, 14)).join('')}${pad('tasks@16', 10)}${pad('ratio', 8)}`)
let failed = false
for (const name of Object.keys(INPUTS)) {
  // Each input in a fresh process, so one input's heap does not tax the next.
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--one', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  if (child.status !== 0) {
    console.log(`${name.padEnd(18)}crashed (exit ${child.status ?? child.signal})  FAIL`)
    failed = true
    continue
  }
  const { perMB, tasks } = JSON.parse(child.stdout)
  const ratio = Math.max(...perMB.slice(1)) / perMB[0]
  const bad = ratio > MAX_RATIO
  failed ||= bad
  console.log(`${name.padEnd(18)}${perMB.map((t) => pad(t.toFixed(1), 14)).join('')}${pad(tasks, 10)}${pad(ratio.toFixed(2), 8)}${bad ? '  FAIL' : ''}`)
}
{
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--million'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  if (child.status !== 0) {
    console.log(`1 000 000 tasks: crashed (exit ${child.status ?? child.signal})  FAIL`)
    failed = true
  } else {
    const { mb, ms, tasks } = JSON.parse(child.stdout)
    const bad = tasks !== 1_000_000
    failed ||= bad
    console.log(`\n1 000 000 tasks: ${mb.toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s CPU (${(ms / mb).toFixed(1)} ms/MB), ${tasks} tasks found${bad ? '  FAIL' : ''}`)
  }
}
{
  // diffPlans at 1,750 and 28,000 units (issue 13, item 8): time per unit must stay flat.
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./stress-diff.mjs', import.meta.url))], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  console.log(child.status === 0 ? `\n${child.stdout.trim()}` : `\ndiffPlans: crashed (exit ${child.status ?? child.signal})  FAIL`)
  failed ||= child.status !== 0
}
if (failed) {
  console.error(`\nTime per MB grew more than ${MAX_RATIO}× between 1 and 16 MB: something is worse than linear.`)
  process.exit(1)
}
console.log(`\nLinear: time per MB stays within ${MAX_RATIO}× from 1 to 16 MB for every input.`)
