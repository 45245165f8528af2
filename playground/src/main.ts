import type { Plan } from 'cn-plan-parser'
import { renderDepartments } from './departments.js'
import { renderDiagnostics } from './diagnostics.js'
import { download } from './download.js'
import type { ParseRequest, ParseResponse } from './protocol.js'
import { type Format, readFile } from './read-file.js'
import { filterTree, renderTree } from './tree.js'
import './style.css'

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T

const input = $<HTMLTextAreaElement>('#input')
const formatSelect = $<HTMLSelectElement>('#format')
const status = $<HTMLElement>('#status')
const views = { tree: $('#tree'), departments: $('#departments'), diagnostics: $('#diagnostics') }
const buttons = { csv: $<HTMLButtonElement>('#download-csv'), json: $<HTMLButtonElement>('#download-json') }

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
let latest = 0
let result: { plan: Plan; csv: string; name: string } | null = null

/** Parse the text in the box; answers to earlier requests are dropped. */
function parse(name = 'plan'): void {
  const request: ParseRequest = { id: ++latest, text: input.value, format: formatSelect.value as Format }
  status.textContent = 'Parsing…'
  document.body.dataset.state = 'parsing'
  pending = name
  worker.postMessage(request)
}
let pending = 'plan'

worker.onmessage = ({ data }: MessageEvent<ParseResponse>) => {
  if (data.id !== latest) return
  document.body.dataset.state = data.ok ? 'done' : 'failed'
  if (!data.ok) {
    status.textContent = data.message
    return
  }
  const { plan, departments, csv, millis } = data
  // A Word or PDF file: show the text read out of it, which the positions point into (edits then parse it as text).
  if (data.text !== undefined) {
    input.value = data.text
    formatSelect.value = 'text'
  }
  result = { plan, csv, name: pending }
  const tree = renderTree(plan)
  views.tree.replaceChildren(tree)
  views.departments.replaceChildren(renderDepartments(departments, (entry) => filterTree(tree, entry ? new Set([...entry.ledUnits, ...entry.participatedUnits]) : null)))
  views.diagnostics.replaceChildren(renderDiagnostics(plan.diagnostics, input.value))
  const units = tree.querySelectorAll('.unit').length
  status.textContent = `${units} units, ${departments.length} departments, ${plan.diagnostics.length} diagnostics (${Math.round(millis)} ms)`
  buttons.csv.disabled = buttons.json.disabled = false
}

worker.onerror = (event) => {
  document.body.dataset.state = 'failed'
  status.textContent = `The parser stopped: ${event.message}`
}

let timer: ReturnType<typeof setTimeout> | undefined
// Parse as the user types, once the typing pauses.
input.addEventListener('input', () => {
  clearTimeout(timer)
  timer = setTimeout(() => parse(), 300)
})
formatSelect.addEventListener('change', () => parse(pending))

async function open(file: File): Promise<void> {
  const read = await readFile(file)
  if (!read.ok) {
    status.textContent = `${read.name}: ${read.message}`
    return
  }
  const name = read.name.replace(/\.[^.]*$/, '')
  if ('bytes' in read) {
    status.textContent = `Reading ${read.name}…`
    document.body.dataset.state = 'parsing'
    pending = name
    worker.postMessage({ id: ++latest, bytes: read.bytes } satisfies ParseRequest, [read.bytes.buffer])
    return
  }
  input.value = read.text
  formatSelect.value = read.format
  parse(name)
}

document.addEventListener('dragover', (event) => event.preventDefault())
document.addEventListener('drop', (event) => {
  event.preventDefault()
  const file = event.dataTransfer?.files[0]
  if (file) void open(file)
})
$<HTMLInputElement>('#file').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0]
  if (file) void open(file)
})

buttons.csv.addEventListener('click', () => result && download(`${result.name}.csv`, result.csv, 'text/csv;charset=utf-8'))
buttons.json.addEventListener('click', () => result && download(`${result.name}.json`, JSON.stringify(result.plan, null, 2), 'application/json'))
