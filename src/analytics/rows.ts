import type { Department, Plan, Responsibility } from '../types.js'
import { type DepartmentResolver, departmentId, departmentLevel } from './tasks.js'
import { type UnitInContext, type UnitLevel, forEachUnit, isAssigned, unitWording } from './units.js'

/**
 * One unit × note × department: the flat shape spreadsheets, pandas and SQL
 * want. The unit is a chapter, section, task or sub-item (`level`); the
 * chapter, section, task and item columns give where it sits, the unit
 * itself included (a section's row has its own number in `section`).
 */
export interface PlanRow {
  /** Chapter number (`一、` → 1), or `null` in a plan without chapters. */
  chapter: number | null
  chapterTitle: string
  /** Section number (`（三）` → 3), or `null` when the unit is not in a section. */
  section: number | null
  sectionTitle: string
  /** Task number; for an item, its task's; `null` for chapters, sections and items outside tasks. */
  task: number | null
  /** Task id, as `task`; empty when there is no task. */
  taskId: string
  /** The department as written in the document; empty for a task without a note, or a note naming none. */
  department: string
  /** Canonical registry id; empty when unknown. */
  departmentId: string
  /** `lead`, `participant`, or empty when `department` is. */
  role: 'lead' | 'participant' | ''
  /** The note says `按职责分工负责`. */
  byDuty: boolean
  /** The unit's wording without notes: a task's or item's text; a heading's title and run-in text. */
  text: string
  /** What the unit is: `chapter`, `section`, `task` or `item` (a sub-item `（1）` `①`). */
  level: UnitLevel
  /** The unit's id (`c1`, `c1.s3`, `c1.s3.t2`, `c1.t4.i1`): the key to join rows with the tree. */
  unitId: string
  /** Item number (`（2）` → 2) when the unit is a sub-item, else `null`. */
  item: number | null
  /**
   * Which note of the unit's paragraph the row comes from, 1-based: a
   * paragraph with two notes (`…（A负责）…（B、C负责）`) gives rows with 1
   * and 2. `null` for the row of a task without a note.
   */
  note: number | null
  /** The note's deadline as written (`2024年底前`, from a `完成时限：` line too); empty when none. */
  deadline: string
  /** The department's level of government: `central`, `province`, `city`, `county`; empty for collectives and unplaced names. */
  departmentLevel: string
  /** A local unit's place when known (`浙江省`); empty otherwise. */
  departmentPlace: string
  /** A local unit's central counterpart's registry id (`cnipa`), to group by function; empty when none. */
  sameFunctionAs: string
}

/**
 * The column order of {@link PlanRow}, used as the CSV header. Columns added
 * since the first release are appended, so positional readers of the earlier
 * columns keep working.
 *
 * @example
 * ```ts
 * ROW_COLUMNS.join(',')
 * // 'chapter,chapterTitle,section,sectionTitle,task,taskId,department,departmentId,role,byDuty,text,level,unitId,item,note,deadline,departmentLevel,departmentPlace,sameFunctionAs'
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
  'level',
  'unitId',
  'item',
  'note',
  'deadline',
  'departmentLevel',
  'departmentPlace',
  'sameFunctionAs',
] as const satisfies readonly (keyof PlanRow)[]

export interface RowOptions {
  /** Fallback for canonical ids when the parsed departments carry none. */
  resolve?: DepartmentResolver
}

/** Where a unit sits and what it says: the columns its rows share. */
type Context = Pick<PlanRow, 'chapter' | 'chapterTitle' | 'section' | 'sectionTitle' | 'task' | 'taskId' | 'text' | 'level' | 'unitId' | 'item'>

function context({ unit, level, chapter, section, task }: UnitInContext): Context {
  return {
    chapter: chapter?.number ?? null,
    chapterTitle: chapter?.title ?? '',
    section: section?.number ?? null,
    sectionTitle: section?.title ?? '',
    task: task?.number ?? null,
    taskId: task?.id ?? '',
    text: unitWording(unit),
    level,
    unitId: unit.id,
    item: unit.type === 'item' ? unit.number : null,
  }
}

/** One row, its keys in {@link ROW_COLUMNS} order so that NDJSON lines read like the CSV. */
function makeRow(c: Context, r: Responsibility | null, note: number | null, department: Department | null, role: PlanRow['role'], resolve?: DepartmentResolver): PlanRow {
  return {
    chapter: c.chapter,
    chapterTitle: c.chapterTitle,
    section: c.section,
    sectionTitle: c.sectionTitle,
    task: c.task,
    taskId: c.taskId,
    department: department?.name ?? '',
    departmentId: department ? (departmentId(department, resolve) ?? '') : '',
    role,
    byDuty: r?.byDuty ?? false,
    text: c.text,
    level: c.level,
    unitId: c.unitId,
    item: c.item,
    note,
    deadline: r?.deadline ?? '',
    departmentLevel: department ? (departmentLevel(department) ?? '') : '',
    departmentPlace: department?.place ?? '',
    sameFunctionAs: department?.sameFunctionAs ?? '',
  }
}

/**
 * Flatten a plan into rows, in document order (a unit before the units
 * inside it):
 *
 * - every unit that carries a note, at any level, gives one row per note and
 *   department named, leads first; a note that names no department (a
 *   `完成时限：` line alone) gives one row with an empty department;
 * - a task that nothing assigns (no note of its own or of its sub-items names
 *   a department) gives one row with an empty department, so that no task
 *   disappears from a spreadsheet; chapters, sections and items without a
 *   note give none.
 *
 * One walk of the tree, linear in its size.
 *
 * @example
 * ```ts
 * toRows(parsePlan('一、完善制度\n1. 推进立法。（市场监管总局、知识产权局负责）'))
 * // [{ chapter: 1, chapterTitle: '完善制度', section: null, sectionTitle: '', task: 1, taskId: 'c1.t1',
 * //    department: '市场监管总局', departmentId: 'samr', role: 'lead', byDuty: false, text: '推进立法。',
 * //    level: 'task', unitId: 'c1.t1', item: null, note: 1, deadline: '', departmentLevel: 'central', departmentPlace: '', sameFunctionAs: '' },
 * //  { …, department: '知识产权局', departmentId: 'cnipa', role: 'participant', … }]
 * toRows(parsePlan('（一）加强市场监管。完善监管机制。（市场监管总局、公安部负责）'))[0]
 * // { chapter: null, …, section: 1, sectionTitle: '加强市场监管。', task: null, taskId: '', department: '市场监管总局', …,
 * //   text: '加强市场监管。完善监管机制。', level: 'section', unitId: 's1', item: null, note: 1, deadline: '', departmentLevel: 'central', … }
 * ```
 */
export function toRows(plan: Plan, options: RowOptions = {}): PlanRow[] {
  const rows: PlanRow[] = []
  const { resolve } = options
  forEachUnit(plan, (entry) => {
    const { notes } = entry
    if (notes.length === 0) {
      // Only tasks are work by definition; a heading or item without a note is not missing one.
      if (entry.unit.type === 'task' && !isAssigned(entry.unit)) rows.push(makeRow(context(entry), null, null, null, '', resolve))
      return
    }
    const c = context(entry)
    notes.forEach((r, i) => {
      if (r.leads.length === 0 && r.participants.length === 0) rows.push(makeRow(c, r, i + 1, null, '', resolve))
      for (const d of r.leads) rows.push(makeRow(c, r, i + 1, d, 'lead', resolve))
      for (const d of r.participants) rows.push(makeRow(c, r, i + 1, d, 'participant', resolve))
    })
  })
  return rows
}
