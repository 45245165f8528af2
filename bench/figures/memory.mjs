/**
 * Figure 4, memory: peak heap while parsing a synthetic plan, in a fresh
 * process, against the input's size in UTF-8 bytes. The peak counts the
 * input string itself (it is alive while parsing) but not Node's own heap.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const CHILD = fileURLToPath(new URL('../memory-child.mjs', import.meta.url))
// `Scavenge 12.3 (14.0) -> 10.1 (15.0) MB`: used heap before, committed, used after.
const GC_LINE = /: (?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact|Minor Mark-Sweep)[^\d]*([\d.]+) \(([\d.]+)\) -> ([\d.]+)/

/** Read the child's output into the heap figures it traced. */
export function peakFromTrace(stdout) {
  let begin = null
  let end = null
  let peakMb = 0
  for (const line of stdout.split('\n')) {
    if (line.startsWith('BENCH-BEGIN ')) begin = JSON.parse(line.slice(12))
    else if (line.startsWith('BENCH-END ')) end = JSON.parse(line.slice(10))
    else if (begin && !end) {
      const m = GC_LINE.exec(line)
      if (m) peakMb = Math.max(peakMb, Number(m[1]))
    }
  }
  if (!begin || !end) throw new Error('bench: the memory child did not report')
  const peak = Math.max(peakMb * 2 ** 20, end.after)
  return { bytes: begin.bytes, input: begin.loaded - begin.empty, peak: peak - begin.empty }
}

/** Peak heap of one parse in a fresh process (see memory-child.mjs). */
function peakOf(entry, seedPath, mb) {
  const child = spawnSync(process.execPath, ['--expose-gc', '--trace-gc', CHILD, entry, seedPath, String(mb)], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  })
  if (child.status !== 0) throw new Error(`bench: memory child failed: ${child.stderr}`)
  return peakFromTrace(child.stdout)
}

const mbText = (n) => `${(n / 2 ** 20).toFixed(1)} MB`

/**
 * @param {{ entry: string, seedPath: string, mb: number, budget?: number }} options
 * @returns {object[]} the row of the budget and a reference row: the minimal
 *   positioned tree of bench/tree-floor.mjs on the same input
 */
export function memoryFigure({ entry, seedPath, mb, budget = 8 }) {
  const { bytes, input, peak } = peakOf(entry, seedPath, mb)
  const reference = peakOf('tree-floor', seedPath, mb)
  const ratio = peak / bytes
  return [
    {
      figure: 'memory',
      input: `synthetic ${mb} MB`,
      bytes,
      subject: 'peak heap while parsing',
      subjectMs: null,
      baseline: 'input size (UTF-8)',
      baselineMs: null,
      ratio,
      budget: `≤ ${budget}× input`,
      pass: ratio <= budget,
      note: `peak ${mbText(peak)} (input string ${mbText(input)} of it) for ${mbText(bytes)} of text`,
    },
    {
      figure: 'memory (reference)',
      input: `synthetic ${mb} MB`,
      bytes: reference.bytes,
      subject: 'peak heap, minimal positioned tree',
      subjectMs: null,
      baseline: 'input size (UTF-8)',
      baselineMs: null,
      ratio: reference.peak / reference.bytes,
      budget: 'none (what any positioned tree costs)',
      pass: null,
      note: `peak ${mbText(reference.peak)}`,
    },
  ]
}
