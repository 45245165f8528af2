#!/usr/bin/env node
// Adversarial inputs at 1, 4 and 16 MB: parse time per MB must stay flat
// (linear time) and peak memory bounded. Fails when time per MB grows more
// than 1.5× from 1 MB to a larger size, or when the memory a parse takes
// at its peak passes 30× the input's UTF-8 bytes.
// Runs against the build (`npm run stress` builds first). Time is CPU time
// (user + system), not wall-clock, so other jobs on a shared machine do not
// count; `--single-threaded-gc` keeps garbage collection on the measured
// thread, where parallel GC helpers on a busy machine would add spinning.
// Each input at each size runs in a fresh process and is parsed a few
// times, the fastest kept. Memory is the first parse's own: the growth of
// the resident set's high water mark (reset just before that parse, Linux
// `clear_refs`) over the resident set at that moment, input already built,
// less what V8's young generation grew by meanwhile (its two semi-spaces
// grow from 1 MB to at most 16 MB each once per process, whatever the
// input: a fixed cost, reported beside the ratio, not a multiple of it).
// See docs/performance.md, "What the memory figure counts".
// `node scripts/stress.mjs md` runs only the families whose name holds `md`.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { getHeapSpaceStatistics } from 'node:v8'
import { parsePlan } from '../dist/index.js'

const MB = 1024 * 1024
// `STRESS_SIZES=1,4` runs fewer sizes while iterating; the verdict needs all three.
const SIZES = process.env.STRESS_SIZES ? process.env.STRESS_SIZES.split(',').map(Number) : [1, 4, 16]
const MAX_RATIO = 1.5
const MAX_MEMORY = 30
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

/** Plain-text families: parsed with the format guessed (they are all text). */
const TEXT = {
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
  'lines after heading': (b) => '一、总体要求\n' + lines(() => '推进工作', b),
}

const HEAD = '# 一、总体\n\n'
/**
 * Markdown families, parsed as Markdown (`format: 'markdown'`): what makes
 * remark superlinear (emphasis and bracket runs, nesting, lazy lines in a
 * container), then plans as a Markdown editor writes them.
 */
const MARKDOWN = {
  'md *_ run': (b) => HEAD + '1. ' + fill('*_', b),
  'md *_ lines': (b) => HEAD + '1. ' + lines(() => '*_', b),
  'md [ run': (b) => HEAD + '1. ' + fill('[', b),
  'md [ lines': (b) => HEAD + '1. ' + lines(() => '[', b),
  'md [a]( run': (b) => HEAD + '1. ' + fill('[a](', b),
  'md ` runs': (b) => HEAD + '1. ' + fill('`a``', b),
  'md <!-- runs': (b) => HEAD + '1. ' + fill('<!--a', b),
  'md nested 1. 1.': (b) => HEAD + fill('1. ', b),
  'md nested lists': (b) => HEAD + lines((k) => ' '.repeat((k % 200) * 3) + '1. 推进', b),
  'md deep quote': (b) => HEAD + '> '.repeat(2000) + '推进\n' + lines(() => '推进工作', b),
  'md lazy item': (b) => HEAD + '1. 推进\n' + lines(() => '推进工作', b),
  'md many tasks': (b) =>
    lines((k) => (k % 200 === 0 ? `\n## ${'一二三四五六七八九'[(k / 200) % 9]}、总体\n\n### （一）加强领导\n` : `${(k % 200) + 1}. **推进**第${k}项工作。（[知识产权局](https://www.cnipa.gov.cn)、市场监管总局负责）`), b),
  'md lazy numbers': (b) => HEAD + lines(() => '1. 推进工作。（知识产权局负责）', b),
  'md code blocks': (b) => HEAD + lines((k) => (k % 4 === 0 ? '```' : k % 4 === 2 ? '```\n' : `${k}. 推进 *工作*`), b),
}

/** HTML, read token by token: nesting depth costs neither stack nor memory. */
const HTML = {
  'html <div> repeated': (b) => fill('<div>', b),
  'html <span> repeated': (b) => fill('<span>', b),
  'html unclosed <b>': (b) => '<html><body>' + fill('<b>一、总体', b),
  'html <b> then tasks': (b) => '<html><body><b>' + lines((k) => `<p>${(k % 9999) + 1}. 推进工作。（知识产权局负责）</p>`, b),
  'html tasks': (b) => '<p>一、总体要求</p>' + lines((k) => `<p>${(k % 9999) + 1}. 推进第${k}项工作。（知识产权局负责）</p>`, b),
  'html references': (b) => '<p>' + fill('&amp;&nbsp;&#x26;推进', b),
  'html source breaks': (b) => '<p>一、总体要求\n' + lines((k) => `${(k % 9999) + 1}. 推进工作。（知识产权局负责）`, b) + '</p>',
  'html <title> repeated': (b) => '<html>' + fill('<title>推进计划</title>', b),
}

/** name → [make input of about `bytes`, parse options]. */
const INPUTS = {
  ...Object.fromEntries(Object.entries(TEXT).map(([name, make]) => [name, [make, {}]])),
  ...Object.fromEntries(Object.entries(MARKDOWN).map(([name, make]) => [name, [make, { format: 'markdown' }]])),
  ...Object.fromEntries(Object.entries(HTML).map(([name, make]) => [name, [make, { format: 'html' }]])),
}

/** The resident set's high water mark, in bytes (Linux; elsewhere the process's peak). */
function peakRss() {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
    if (m) return Number(m[1]) * 1024
  } catch {}
  return process.resourceUsage().maxRSS * 1024
}

/** Memory V8's young generation holds (both semi-spaces), in bytes. */
function youngGeneration() {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.physical_space_size ?? 0
}

/** Forget the high water mark so far: the next peak is the parse's own. */
function resetPeak() {
  try {
    writeFileSync('/proc/self/clear_refs', '5')
  } catch {}
}

function time(text, options, repeats) {
  let best = Infinity
  let tasks = 0
  let memory = 0
  let young = 0
  for (let r = 0; r < repeats; r++) {
    globalThis.gc?.()
    if (r === 0) resetPeak()
    const before = process.memoryUsage().rss
    const youngBefore = youngGeneration()
    const t0 = process.cpuUsage()
    const plan = parsePlan(text, { maxInputBytes: Infinity, ...options })
    const { user, system } = process.cpuUsage(t0)
    if (r === 0) {
      young = Math.max(0, youngGeneration() - youngBefore)
      memory = Math.max(0, peakRss() - before - young)
    }
    const ms = (user + system) / 1000
    best = Math.min(best, ms)
    tasks = countTasks(plan)
  }
  return { ms: best, tasks, memory, young }
}

function countTasks(node) {
  let n = 0
  for (const child of node.children ?? []) n += child.type === 'task' ? 1 : countTasks(child)
  return n
}

/** Measure one input at one size, in this process: time per MB, tasks found, peak memory over input bytes. */
function measure(name, size) {
  const [make, options] = INPUTS[name]
  // A small parse first: modules loaded on first use (remark, OpenCC) are no part of a parse's peak.
  parsePlan(make(4096), { maxInputBytes: Infinity, ...options })
  const text = make(size * MB)
  const bytes = Buffer.byteLength(text)
  // The largest size is parsed once less: it is the least noisy and the slowest.
  const result = time(text, options, size === SIZES[SIZES.length - 1] ? Math.max(1, REPEATS - 1) : REPEATS)
  return { perMB: result.ms / (bytes / MB), tasks: result.tasks, memory: result.memory / bytes, young: result.young / MB }
}

if (process.argv[2] === '--one') {
  process.stdout.write(JSON.stringify(measure(process.argv[3], Number(process.argv[4]))))
  process.exit(0)
}

/** The issue's "1 million tasks", at its own size: must parse, find them all and keep the per-MB rate. */
function million() {
  const text = '一、总体要求\n' + Array.from({ length: 1_000_000 }, (_, k) => `${(k % 9999) + 1}. 推进工作。（知识产权局、市场监管总局负责）\n`).join('')
  const { ms, tasks } = time(text, {}, 1)
  const mb = Buffer.byteLength(text) / MB
  return { mb, ms, tasks }
}

if (process.argv[2] === '--million') {
  process.stdout.write(JSON.stringify(million()))
  process.exit(0)
}

const pad = (s, n) => String(s).padStart(n)
const only = process.argv[2]
const names = Object.keys(INPUTS).filter((name) => !only || name.includes(only))
console.log(`${'input'.padEnd(20)}${SIZES.map((s) => pad(`${s} MB ms/MB`, 13)).join('')}${pad('ratio', 7)}${SIZES.map((s) => pad(`mem@${s}`, 8)).join('')}${pad(`≤${MAX_MEMORY}×`, 6)}${pad('young', 7)}${pad(`tasks@${SIZES[SIZES.length - 1]}`, 10)}`)
let failed = false
for (const name of names) {
  const runs = []
  for (const size of SIZES) {
    // Each input at each size in a fresh process, so one input's heap does not tax the next, nor its peak the next's.
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--one', name, String(size)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    if (child.status !== 0) {
      runs.push(null)
      break
    }
    runs.push(JSON.parse(child.stdout))
  }
  if (runs.includes(null)) {
    console.log(`${name.padEnd(20)}crashed  FAIL`)
    failed = true
    continue
  }
  const perMB = runs.map((r) => r.perMB)
  const memory = runs.map((r) => r.memory)
  const ratio = perMB.length > 1 ? Math.max(...perMB.slice(1)) / perMB[0] : 1
  const slow = ratio > MAX_RATIO
  const heavy = Math.max(...memory) > MAX_MEMORY
  failed ||= slow || heavy
  const verdict = slow || heavy ? `  FAIL (${[slow && 'time', heavy && 'memory'].filter(Boolean).join(', ')})` : ''
  const young = Math.max(...runs.map((r) => r.young))
  console.log(`${name.padEnd(20)}${perMB.map((t) => pad(t.toFixed(1), 13)).join('')}${pad(ratio.toFixed(2), 7)}${memory.map((m) => pad(`${m.toFixed(1)}×`, 8)).join('')}${pad(heavy ? 'over' : 'PASS', 6)}${pad(`${young.toFixed(0)} MB`, 7)}${pad(runs[runs.length - 1].tasks, 10)}${verdict}`)
}
if (only) process.exit(failed ? 1 : 0)
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
  console.error(`\nTime per MB grew more than ${MAX_RATIO}× between 1 and 16 MB, or a parse took more than ${MAX_MEMORY}× its input in memory.`)
  process.exit(1)
}
console.log(`\nLinear: time per MB stays within ${MAX_RATIO}× from 1 to 16 MB, and memory within ${MAX_MEMORY}× the input, for every input.`)
