import type { Plan } from '../types.js'
import { type DepartmentResolver, departmentId, tasksOf } from './tasks.js'

/** One task × one department: the flat shape spreadsheets, pandas and SQL want. */
export interface PlanRow {
  /** Chapter number (`一、` → 1), or `null` in a plan without chapters. */
  chapter: number | null
  chapterTitle: string
  /** Section number (`（三）` → 3), or `null` when the task sits directly under its chapter. */
  section: number | null
  sectionTitle: string
  task: number
  taskId: string
  /** The department as written in the document; empty for a task without a note. */
  department: string
  /** Canonical registry id; empty when unknown. */
  departmentId: string
  /** `lead`, `participant`, or empty for a task without a note. */
  role: 'lead' | 'participant' | ''
  /** The note says `按职责分工负责`. */
  byDuty: boolean
  text: string
}

/**
 * The column order of {@link PlanRow}, used as the CSV header.
 *
 * @example
 * ```ts
 * ROW_COLUMNS.join(',') // 'chapter,chapterTitle,section,sectionTitle,task,taskId,department,departmentId,role,byDuty,text'
 * ```
 */
export const ROW_COLUMNS = [
  'chapter',
  'chapterTitle',
  'section',
  'sectionTitle',
  'task',
  'taskId',
  'department',
  'departmentId',
  'role',
  'byDuty',
  'text',
] as const satisfies readonly (keyof PlanRow)[]

export interface RowOptions {
  /** Fallback for canonical ids when the parsed departments carry none. */
  resolve?: DepartmentResolver
}

/**
 * Flatten a plan into one row per task and department, leads first, in
 * document order. A task without a responsibility note still gets one row
 * (empty department and role) so that no task disappears from a spreadsheet.
 *
 * @example
 * ```ts
 * toRows(parsePlan('一、完善制度\n1. 推进立法。（市场监管总局、知识产权局负责）'))
 * // [{ chapter: 1, chapterTitle: '完善制度', section: null, sectionTitle: '', task: 1, taskId: 'c1.t1',
 * //    department: '市场监管总局', departmentId: '', role: 'lead', byDuty: false, text: '推进立法。' },
 * //  { …, department: '知识产权局', role: 'participant', … }]
 * ```
 */
export function toRows(plan: Plan, options: RowOptions = {}): PlanRow[] {
  const rows: PlanRow[] = []
  for (const { task, chapter, section } of tasksOf(plan)) {
    const base = {
      chapter: chapter?.number ?? null,
      chapterTitle: chapter?.title ?? '',
      section: section?.number ?? null,
      sectionTitle: section?.title ?? '',
      task: task.number,
      taskId: task.id,
    }
    const r = task.responsibility
    if (!r) {
      rows.push({ ...base, department: '', departmentId: '', role: '', byDuty: false, text: task.text })
      continue
    }
    const people = [...r.leads.map((d) => ({ d, role: 'lead' as const })), ...r.participants.map((d) => ({ d, role: 'participant' as const }))]
    for (const { d, role } of people) {
      rows.push({ ...base, department: d.name, departmentId: departmentId(d, options.resolve) ?? '', role, byDuty: r.byDuty, text: task.text })
    }
  }
  return rows
}
