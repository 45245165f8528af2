import type { Diagnostic } from 'cn-plan-parser'
import { h } from './dom.js'

/**
 * The source line a diagnostic points at, the span it covers marked (to the
 * line's end when the span goes on past it).
 */
function sourceLine(diagnostic: Diagnostic, lines: readonly string[]): HTMLElement {
  const { start, end } = diagnostic.place
  const line = lines[start.line - 1] ?? ''
  const from = Math.min(start.column - 1, line.length)
  const to = end.line === start.line ? Math.max(from, Math.min(end.column - 1, line.length)) : line.length
  // An empty span still shows where it is.
  const marked = line.slice(from, to) || ' '
  return h(
    'pre',
    { class: 'source' },
    h('span', { class: 'gutter' }, `${start.line} | `),
    line.slice(0, from),
    h('mark', {}, marked),
    line.slice(to),
  )
}

export function renderDiagnostics(diagnostics: readonly Diagnostic[], source: string): HTMLElement {
  if (diagnostics.length === 0) return h('p', { class: 'empty' }, 'No diagnostics.')
  const lines = source.split(/\r\n|\r|\n/)
  return h(
    'ol',
    { class: 'diagnostics' },
    ...diagnostics.map((d) =>
      h(
        'li',
        { class: d.severity, data: { rule: d.ruleId } },
        h('span', { class: 'place' }, `${d.place.start.line}:${d.place.start.column}`),
        h('span', { class: 'severity' }, d.severity),
        h('code', {}, d.ruleId),
        h('span', { class: 'reason' }, d.reason),
        sourceLine(d, lines),
      ),
    ),
  )
}
