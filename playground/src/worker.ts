// Parsing runs here, off the page's thread, so a large plan never freezes it.
import { parseDocument, parsePlan } from 'cn-plan-parser'
import { departmentIndex, toCsv, toRows } from 'cn-plan-parser/analytics'
import type { ParseRequest, ParseResponse } from './protocol.js'

// The page's DOM types describe a window; a worker posts without a target origin.
const scope = self as unknown as { onmessage: (event: MessageEvent<ParseRequest>) => void; postMessage(message: ParseResponse): void }

scope.onmessage = async ({ data }) => {
  const { id } = data
  try {
    const started = performance.now()
    const plan = 'bytes' in data ? await parseDocument(data.bytes) : parsePlan(data.text, { format: data.format })
    // With a BOM, so that Excel reads the Chinese text as UTF-8.
    const csv = toCsv(toRows(plan), { bom: true })
    const read = plan.source ? { text: plan.source.text } : {}
    scope.postMessage({ id, ok: true, plan, departments: departmentIndex(plan), csv, millis: performance.now() - started, ...read })
  } catch (error) {
    // parsePlan throws only on misuse (an input over the size limit, say), parseDocument on a file it cannot read (a scan, an OFD): show it.
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) })
  }
}
