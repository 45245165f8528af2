// Parse what is pasted into the page and show its outline and diagnostics.
// Plain text is parsed in the page; Markdown and HTML load their parsers on
// first use. `npm run build`, then open index.html (or `npm start` to serve it).
import { parsePlan, toOutline } from 'cn-plan-parser'

const input = document.querySelector('#input')
const output = document.querySelector('#output')

document.querySelector('#parse').addEventListener('click', () => {
  const plan = parsePlan(input.value)
  const diagnostics = plan.diagnostics.map((d) => `${d.place.start.line}:${d.place.start.column} ${d.severity} ${d.ruleId} ${d.reason}`)
  output.textContent = [toOutline(plan), '', ...diagnostics].join('\n')
})
