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

/**
 * @param {{ entry: string, seedPath: string, mb: number, budget?: number }} options
 * @returns {object[]} one row
 */
export function memoryFigure({ entry, seedPath, mb, budget = 8 }) {
  const child = spawnSync(process.execPath, ['--expose-gc', '--trace-gc', CHILD, entry, seedPath, String(mb)], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  })
  if (child.status !== 0) throw new Error(`bench: memory child failed: ${child.stderr}`)
  const { bytes, input, peak } = peakFromTrace(child.stdout)
  const ratio = peak / bytes
  const mbText = (n) => `${(n / 2 ** 20).toFixed(1)} MB`
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
  ]
}
