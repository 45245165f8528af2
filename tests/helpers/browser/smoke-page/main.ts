// A consumer's page, bundled by esbuild and by Vite in tests/browser.test.ts:
// it imports the package by name, as a page would, so the bundler picks the
// build through package.json's `browser` condition.
import { type PlanNode, parsePlan } from 'cn-plan-parser'
import { toRows } from 'cn-plan-parser/analytics'

function planCounts(text: string, format: 'auto' | 'markdown' | 'html' | 'text' = 'auto') {
  const plan = parsePlan(text, { format })
  const counts = { chapters: 0, sections: 0, tasks: 0, assignments: toRows(plan).length, errors: 0 }
  const walk = (nodes: readonly PlanNode[]) => {
    for (const node of nodes) {
      if (node.type === 'chapter') counts.chapters++
      else if (node.type === 'section') counts.sections++
      else if (node.type === 'task') counts.tasks++
      if ('children' in node) walk(node.children as PlanNode[])
    }
  }
  walk(plan.children)
  counts.errors = plan.diagnostics.filter((d) => d.severity === 'error').length
  return counts
}

Object.assign(globalThis, { planCounts })
document.body.dataset.ready = 'true'
