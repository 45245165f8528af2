/**
 * Side-by-side timing with tinybench. A figure and its baseline run in the
 * same Bench, in alternating order over several rounds, and each keeps the
 * median of its per-round medians: other processes on a shared machine slow
 * both alike, so their ratio stays meaningful when absolute times drift.
 */
import { Bench } from 'tinybench'

/**
 * Time each function (`{ name: fn }`) side by side.
 *
 * @param {Record<string, () => unknown>} fns
 * @param {{ rounds?: number, time?: number, iterations?: number, warmup?: boolean }} options
 *   `time` (ms) and `iterations` are tinybench's per-task minimums per round;
 *   `warmup: false` skips the warm-up call (for smoke runs, where no figure is read).
 * @returns {Promise<Record<string, { ms: number, samples: number }>>} median latency per function
 * @example
 * ```js
 * await sideBySide({ floor: () => floor(text), parsePlan: () => parsePlan(text) }, { rounds: 3 })
 * // { floor: { ms: 1.2, samples: 300 }, parsePlan: { ms: 2.9, samples: 120 } }
 * ```
 */
export async function sideBySide(fns, { rounds = 3, time = 300, iterations = 5, warmup = true } = {}) {
  const names = Object.keys(fns)
  const medians = Object.fromEntries(names.map((name) => [name, []]))
  const samples = Object.fromEntries(names.map((name) => [name, 0]))
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, iterations, warmup, warmupTime: Math.min(time, 100), warmupIterations: 1, throws: true })
    const order = round % 2 === 0 ? names : [...names].reverse()
    for (const name of order) bench.add(name, fns[name])
    await bench.run()
    for (const task of bench.tasks) {
      const result = task.result
      if (result.state !== 'completed') throw new Error(`bench: ${task.name} did not complete (${result.state})`)
      medians[task.name].push(result.latency.p50)
      samples[task.name] += result.latency.samplesCount
    }
  }
  return Object.fromEntries(names.map((name) => [name, { ms: median(medians[name]), samples: samples[name] }]))
}

/** Median of a non-empty list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
