/**
 * Figure 1, plain text: `parsePlan` against the minimal positioned tree
 * (bench/tree-floor.mjs: the least any tree with unist positions costs) on
 * the seed and on synthetic plans, and how time per MB holds up from the
 * smallest synthetic size to the largest. The regex floor (split lines + one
 * sticky regex) stays as a reference row: what reading the lines costs.
 */
import { floor } from '../floor.mjs'
import { sideBySide } from '../measure.mjs'
import { treeFloor } from '../tree-floor.mjs'
import { synthPlan, utf8Bytes } from '../synth.mjs'

const MB = 2 ** 20

function countTasks(nodes) {
  let n = 0
  for (const node of nodes) n += node.type === 'task' ? 1 : node.children ? countTasks(node.children) : 0
  return n
}

/**
 * @param {{ parsePlan: Function, seed: string, sizes: number[], timing: object, budget?: number, linearity?: number }} options
 *   `sizes` in MB (fractions allowed, for smoke runs).
 * @returns {Promise<object[]>} one row per input, then a linearity row
 */
export async function plainFigure({ parsePlan, seed, sizes, timing, budget = 3, linearity = 1.3 }) {
  const inputs = [{ label: 'seed', text: seed }]
  for (const mb of sizes) inputs.push({ label: `synthetic ${mb} MB`, text: synthPlan(seed, { bytes: mb * MB }).text })
  const rows = []
  const references = []
  for (const { label, text } of inputs) {
    // Both sides must see the same tasks, or the ratio compares different work.
    const expected = floor(text).tasks
    const got = countTasks(parsePlan(text).children)
    const t = await sideBySide({ floor: () => floor(text), tree: () => treeFloor(text), parsePlan: () => parsePlan(text) }, timing)
    const ratio = t.parsePlan.ms / t.tree.ms
    rows.push({
      figure: 'plain text',
      input: label,
      bytes: utf8Bytes(text),
      subject: 'parsePlan',
      subjectMs: t.parsePlan.ms,
      baseline: 'minimal positioned tree',
      baselineMs: t.tree.ms,
      ratio,
      budget: `≤ ${budget}× tree floor`,
      pass: ratio <= budget && got === expected,
      note: got === expected ? `${got} tasks` : `parsePlan found ${got} tasks, the floor ${expected}`,
    })
    references.push({
      figure: 'plain text (reference)',
      input: label,
      bytes: utf8Bytes(text),
      subject: 'minimal positioned tree',
      subjectMs: t.tree.ms,
      baseline: 'floor (lines + sticky regex)',
      baselineMs: t.floor.ms,
      ratio: t.tree.ms / t.floor.ms,
      budget: 'none (what any positioned tree costs)',
      pass: null,
      note: `parsePlan is ${(t.parsePlan.ms / t.floor.ms).toFixed(1)}× the floor`,
    })
  }
  const synthetic = rows.slice(1)
  if (synthetic.length >= 2) {
    const perMb = (row) => row.subjectMs / (row.bytes / MB)
    const small = synthetic[0]
    const large = synthetic[synthetic.length - 1]
    const ratio = perMb(large) / perMb(small)
    rows.push({
      figure: 'plain text linearity',
      input: `${large.input} vs ${small.input}`,
      bytes: large.bytes,
      subject: 'parsePlan ms/MB (large)',
      subjectMs: perMb(large),
      baseline: 'parsePlan ms/MB (small)',
      baselineMs: perMb(small),
      ratio,
      budget: `≤ ${linearity}×`,
      pass: ratio <= linearity,
      note: '',
    })
  }
  return [...rows, ...references]
}
