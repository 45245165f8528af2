/**
 * Figure 2, Markdown: `parsePlan(md, { format: 'markdown' })` against
 * `unified().use(remarkParse).parse(md)` alone, on Markdown renditions of the
 * seed and of synthetic plans, tasks as ordered lists and as paragraphs.
 * Until the Markdown path exists, remark-parse is still measured and the
 * parser's side is reported as not available.
 */
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { toMarkdown } from '../markdown.mjs'
import { sideBySide } from '../measure.mjs'
import { synthPlan, utf8Bytes } from '../synth.mjs'

const MB = 2 ** 20

/**
 * Does this `parsePlan` accept `{ format: 'markdown' }`? Option checking
 * rejects unknown options with a TypeError, which is how its absence shows.
 */
export function supportsMarkdown(parsePlan) {
  try {
    parsePlan('## 一、总体要求\n\n1. 加强领导。（知识产权局负责）\n', { format: 'markdown' })
    return true
  } catch (error) {
    if (error instanceof TypeError) return false
    throw error
  }
}

/**
 * @param {{ parsePlan: Function, seed: string, sizes: number[], timing: object, seedTiming?: object }} options
 *   sizes in MB; `timing` is for the synthetic plans, where remark-parse takes
 *   seconds per MB, and `seedTiming` for the 28 KB seed: a few timed calls
 *   after one warm-up would measure the JIT warming up, not the parser.
 * @returns {Promise<object[]>} one row per input and style
 */
export async function markdownFigure({ parsePlan, seed, sizes, timing, seedTiming = timing }) {
  const available = supportsMarkdown(parsePlan)
  const processor = unified().use(remarkParse)
  const plans = [{ label: 'seed', text: seed, timing: seedTiming }]
  for (const mb of sizes) plans.push({ label: `synthetic ${mb} MB`, text: synthPlan(seed, { bytes: mb * MB }).text, timing })
  const rows = []
  for (const style of ['list', 'paragraphs']) {
    const first = rows.length
    for (const plan of plans) {
      const md = toMarkdown(plan.text, style)
      const fns = { remark: () => processor.parse(md) }
      if (available) fns.parsePlan = () => parsePlan(md, { format: 'markdown' })
      const t = await sideBySide(fns, plan.timing)
      const ratio = available ? t.parsePlan.ms / t.remark.ms : null
      rows.push({
        figure: 'markdown',
        input: `${plan.label}, tasks as ${style === 'list' ? 'ordered lists' : 'paragraphs'}`,
        bytes: utf8Bytes(md),
        subject: "parsePlan(md, { format: 'markdown' })",
        subjectMs: available ? t.parsePlan.ms : null,
        baseline: 'remark-parse alone',
        baselineMs: t.remark.ms,
        ratio,
        budget: '≤ 1× remark-parse',
        pass: available ? ratio <= 1 : null,
        note: available ? '' : "not available: this build of parsePlan reads no Markdown",
      })
    }
    const synthetic = rows.slice(first + 1)
    if (synthetic.length >= 2) rows.push(linearity(synthetic[0], synthetic[synthetic.length - 1], available))
  }
  return rows
}

/** Time per MB of the largest input against the smallest: 1 means linear. */
function linearity(small, large, available) {
  const perMb = (row) => row.subjectMs / (row.bytes / MB)
  const ratio = available ? perMb(large) / perMb(small) : null
  return {
    figure: 'markdown linearity',
    input: `${large.input} vs ${small.input.split(',')[0]}`,
    bytes: large.bytes,
    subject: 'parsePlan ms/MB (large)',
    subjectMs: available ? perMb(large) : null,
    baseline: 'parsePlan ms/MB (small)',
    baselineMs: available ? perMb(small) : null,
    ratio,
    budget: '≤ 1.3×',
    pass: available ? ratio <= 1.3 : null,
    note: available ? '' : 'not available',
  }
}
