// Typed code over the tree: every task with its lead, found by narrowing on
// each node's `type` (a parent's `children` may hold any kind of node below it).
//   npx tsc && node dist/index.js [plan.txt]
import { readFileSync } from 'node:fs'
import { parsePlan, type Plan, type PlanNode, type Task } from 'cn-plan-parser'

const SAMPLE = [
  '一、加强组织领导',
  '1. 建立工作协调机制。（市委办公室牵头，市政府办公室配合）',
  '二、强化督促落实',
  '2. 开展年度评估。（2024年底前完成）',
  '3. 公开办理结果。（市政务服务局、市数据局按职责分工负责）',
].join('\n')

/** Every task of a plan, in document order. */
function tasksOf(node: PlanNode): Task[] {
  if (node.type === 'task') return [node]
  if (node.type === 'paragraph' || node.type === 'item') return []
  return node.children.flatMap(tasksOf)
}

function describe(task: Task): string {
  const note = task.responsibility
  if (!note) return `${task.number}. ${task.text} — no department named`
  const lead = note.leads.map((d) => d.name).join('、')
  return `${task.number}. ${task.text} — ${note.byDuty ? 'each by duty: ' : 'led by '}${lead || '?'}`
}

const file = process.argv[2]
const plan: Plan = parsePlan(file ? readFileSync(file) : SAMPLE)
for (const task of tasksOf(plan)) console.log(describe(task))
const errors = plan.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.place.start.line}:${d.place.start.column} ${d.ruleId}`)
console.log(errors.length > 0 ? `errors: ${errors.join(', ')}` : 'no errors')
