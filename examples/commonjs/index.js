// The same package from CommonJS: parse a plan with a gap in its numbering and
// a task without a note, and print each diagnostic with its code frame.
//   node index.js [plan.txt]
const { readFileSync } = require('node:fs')
const { parsePlan, formatDiagnostic } = require('cn-plan-parser')

const SAMPLE = ['一、优化营商环境', '1. 推行企业开办“一日办结”。（市市场监管局负责）', '3. 清理涉企收费。'].join('\n')

const file = process.argv[2]
const text = file ? readFileSync(file, 'utf8') : SAMPLE
const plan = parsePlan(text)

for (const diagnostic of plan.diagnostics) console.log(formatDiagnostic(diagnostic, text, file ?? 'sample.txt'))
console.log(`${plan.diagnostics.length} diagnostics`)
