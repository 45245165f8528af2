/**
 * Figure 6, diff: `diffPlans` between two editions of a plan against parsing
 * the two editions, on the seed and its edited 2023 edition and on synthetic
 * plans made of copies of each (so a diff of thousands of units, most of
 * them with many identical copies); then how time per unit holds up from the
 * smallest synthetic size to the largest. Parsing is the baseline because a
 * diff is run on plans just parsed: comparing two editions should cost less
 * than reading them.
 */
import { sideBySide } from '../measure.mjs'
import { synthPlan, utf8Bytes } from '../synth.mjs'

const MB = 2 ** 20

/**
 * @param {{ parsePlan: Function, diffPlans: Function, seed: string, edition: string, sizes: number[], timing: object, seedTiming?: object, budget?: number, linearity?: number }} options
 *   `edition`: a later edition of the seed; `sizes` in MB of the seed's synthetic plan (the edition gets as many copies);
 *   `timing` for the synthetic plans, `seedTiming` for the seed pair (milliseconds: a few calls would time the JIT warming up).
 * @returns {Promise<object[]>} one row per input, then a linearity row
 */
export async function diffFigure({ parsePlan, diffPlans, seed, edition, sizes, timing, seedTiming = timing, budget = 1, linearity = 1.3 }) {
  const inputs = [{ label: 'seed vs its 2023 edition', a: seed, b: edition, timing: seedTiming }]
  for (const mb of sizes) {
    const a = synthPlan(seed, { bytes: mb * MB })
    inputs.push({ label: `synthetic ${mb} MB vs as many copies of the edition`, a: a.text, b: synthPlan(edition, { copies: a.copies }).text, timing })
  }
  const rows = []
  for (const { label, a, b, timing: t0 } of inputs) {
    const options = { maxInputBytes: Infinity }
    const planA = parsePlan(a, options)
    const planB = parsePlan(b, options)
    const d = diffPlans(planA, planB)
    const units = d.matched.length + d.removed.length
    const t = await sideBySide({ parse: () => [parsePlan(a, options), parsePlan(b, options)], diffPlans: () => diffPlans(planA, planB) }, t0)
    const ratio = t.diffPlans.ms / t.parse.ms
    rows.push({
      figure: 'diff',
      input: label,
      bytes: utf8Bytes(a) + utf8Bytes(b),
      subject: 'diffPlans',
      subjectMs: t.diffPlans.ms,
      baseline: 'parsePlan of both editions',
      baselineMs: t.parse.ms,
      ratio,
      budget: `≤ ${budget}× parsing`,
      pass: ratio <= budget,
      note: `${units} units: ${d.matched.length} matched, ${d.changed.length} changed`,
      units,
    })
  }
  const synthetic = rows.slice(1)
  if (synthetic.length >= 2) {
    const perUnit = (row) => row.subjectMs / row.units
    const small = synthetic[0]
    const large = synthetic[synthetic.length - 1]
    const ratio = perUnit(large) / perUnit(small)
    rows.push({
      figure: 'diff linearity',
      input: `${large.units} units vs ${small.units}`,
      bytes: large.bytes,
      subject: 'diffPlans ms per 1,000 units (large)',
      subjectMs: perUnit(large) * 1000,
      baseline: 'diffPlans ms per 1,000 units (small)',
      baselineMs: perUnit(small) * 1000,
      ratio,
      budget: `≤ ${linearity}×`,
      pass: ratio <= linearity,
      note: '',
    })
  }
  return rows.map(({ units, ...row }) => row)
}
