import type { DepartmentEntry } from '../analytics/department-index.js'
import type { PlanDiff, TaskMatch, TaskRef } from '../analytics/diff.js'
import type { Diagnostic, Level } from '../types.js'

const EXCERPT = 40

const excerpt = (text: string) => (text.length > EXCERPT ? text.slice(0, EXCERPT) + '…' : text)

/** `file:line:column ruleId reason`, the format editors and CI annotate from. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.place.start.line}:${d.place.start.column} ${d.ruleId} ${d.reason}`
}

/** Per-level counts summed over the levels. */
function totals(e: DepartmentEntry): { led: number; participated: number; byDuty: number } {
  const sum = { led: 0, participated: 0, byDuty: 0 }
  for (const c of Object.values(e.levels)) {
    sum.led += c.led
    sum.participated += c.participated
    sum.byDuty += c.byDuty
  }
  return sum
}

/** A local unit's level, shown beside its name; nothing for a central body (or one of unknown level). */
const localLevel = (level: Level | null | undefined): Level | null => (level && level !== 'central' ? level : null)

/** ` (cnipa)` for a central body; ` (province 浙江省, like cnipa)` for a local unit, whose name alone may be a ministry's. */
function label(e: DepartmentEntry): string {
  if (e.id) return ` (${e.id})`
  if (!localLevel(e.departmentLevel)) return ''
  return ` (${e.departmentLevel}${e.place ? ` ${e.place}` : ''}${e.sameFunctionAs ? `, like ${e.sameFunctionAs}` : ''})`
}

/**
 * The department index as a table: units led, joined and by duty at every
 * level (tasks, and headings or sub-items that carry notes). Numbers come
 * first, padded, and the name last: Chinese characters are two columns wide
 * in a terminal, so any column after a name would not line up.
 */
export function formatDepartments(entries: readonly DepartmentEntry[]): string {
  const cells = entries.map((e) => {
    const t = totals(e)
    return [String(t.led), String(t.participated), String(t.byDuty), e.chapters.join(','), `${e.name}${label(e)}`]
  })
  const header = ['led', 'joined', 'byDuty', 'chapters', 'department']
  const widths = header.slice(0, 4).map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)))
  const line = (c: string[]) =>
    c
      .map((cell, i) => (i < 3 ? cell.padStart(widths[i] as number) : i === 3 ? cell.padEnd(widths[i] as number) : cell))
      .join('  ')
  return [line(header), ...cells.map(line)].join('\n')
}

/** A task by its number, as ever; another unit by its level and id (`section c1.s3`), as item numbers restart under each task. */
const name = (t: TaskRef) => (t.level === 'task' ? String(t.number) : `${t.level} ${t.id}`)

const where = (t: TaskRef) => `${name(t)}${t.chapter === null || t.level !== 'task' ? '' : ` (chapter ${t.chapter})`}`

function changes(m: TaskMatch): string {
  const parts: string[] = []
  if (m.textChanged) parts.push(`text (similarity ${m.similarity})`)
  if (m.lead) {
    // A local unit's level is shown beside its name (`知识产权局 (province)`): the same name can be a ministry's or a province's.
    const names = (list: string[], levels: readonly (Level | null)[]) =>
      list.map((n, i) => (localLevel(levels[i]) ? `${n} (${levels[i]})` : n)).join('、') || '—'
    parts.push(`lead ${names(m.lead.from, m.lead.fromDepartmentLevels)} → ${names(m.lead.to, m.lead.toDepartmentLevels)}`)
  }
  if (m.participantsAdded.length) parts.push(`participants +${m.participantsAdded.join(' +')}`)
  if (m.participantsRemoved.length) parts.push(`participants -${m.participantsRemoved.join(' -')}`)
  if (m.chapter) parts.push(`chapter ${m.chapter.from ?? '—'} → ${m.chapter.to ?? '—'}`)
  if (m.level) parts.push(`level ${m.level.from} → ${m.level.to}`)
  return parts.join('; ')
}

/**
 * A diff as readable lines: a summary, then renamed departments, removed,
 * added and changed units (old → new: a task's number, another unit's level
 * and id).
 */
export function formatDiff(diff: PlanDiff): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const out = [
    `${diff.matched.length} matched (${diff.changed.length} changed), ${diff.added.length} added, ${diff.removed.length} removed, ${plural(diff.renamedDepartments.length, 'renamed department')}`,
  ]
  for (const r of diff.renamedDepartments) out.push(`renamed  ${r.from.join('、')} → ${r.to.join('、')} (${r.id}${localLevel(r.departmentLevel) ? `, ${r.departmentLevel}` : ''})`)
  for (const t of diff.removed) out.push(`removed  ${where(t)} ${excerpt(t.text)}`)
  for (const t of diff.added) out.push(`added    ${where(t)} ${excerpt(t.text)}`)
  for (const m of diff.changed) out.push(`changed  ${name(m.a)} → ${name(m.b)}: ${changes(m)}`)
  return out.join('\n')
}
