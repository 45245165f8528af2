// Parse a plan (the file given, or a small sample) and print its outline and
// its assignments, one CSV row per unit, note and department.
//   node index.js [plan.txt|plan.md|plan.html]
import { readFileSync } from 'node:fs'
import { parsePlan, toOutline } from 'cn-plan-parser'
import { toCsv, toRows } from 'cn-plan-parser/analytics'

const SAMPLE = [
  '一、完善知识产权制度',
  '（一）健全法律法规',
  '1. 推进专利法实施细则修订。（司法部、知识产权局负责）',
  '2. 制定数据知识产权保护规则。（知识产权局牵头，网信办、工业和信息化部参与）',
].join('\n')

const file = process.argv[2]
const plan = parsePlan(file ? readFileSync(file) : SAMPLE)

console.log(toOutline(plan))
const rows = toRows(plan)
console.log(toCsv(rows, { columns: ['unitId', 'task', 'department', 'departmentId', 'role'] }).trimEnd())
console.log(`${rows.length} assignments, ${plan.diagnostics.length} diagnostics`)
