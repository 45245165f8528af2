/**
 * What each column of a table is, read off its header row's words: the one
 * decision that makes a table a task table. Header cells arrive normalised
 * (simplified, full-width forms as written); white space inside a header
 * (`主 要 工 作 任 务`) is ignored.
 */

/**
 * A column's role: `number` (序号), `task` (the task's wording), `lead`
 * (牵头单位), `participants` (配合单位), `responsible` (责任单位 with no lead
 * column beside it: a list whose first leads), `deadline` (完成时限),
 * `leader` (牵头领导: a person, never a department), `other` (kept as text).
 */
export type ColumnRole = 'number' | 'task' | 'lead' | 'participants' | 'responsible' | 'deadline' | 'leader' | 'other'

/** The roles that say who is responsible: a task table has one at least. */
export const RESPONSIBILITY_ROLES: ReadonlySet<ColumnRole> = new Set(['lead', 'participants', 'responsible'])

/** A task table's columns: each one's header as written and its role. */
export interface Columns {
  headers: string[]
  roles: ColumnRole[]
  /** Index of the task column; of the number column, or -1. */
  task: number
  number: number
}

// Order matters: the first pattern a header matches decides (a 牵头领导 is a
// leader before it is a lead; 责任单位 is looked at once the lead is known).
const LEADER = /领导|责任人|负责人|联系人/
const NUMBER = /^(?:序号|编号|序|号|No\.?|#)$/i
const DEADLINE = /时限|时间|期限|节点|进度|时序|年度安排|完成年份/
const LEAD = /(?:牵头|主责|主办|主要责任|总牵头)(?:单位|部门|处室|科室|机构|责任单位|方)?$|^牵头/
const PARTICIPANTS = /配合|参与|协办|协同|协助|参加|协作|其他责任单位|相关单位|配合部门/
const RESPONSIBLE = /(?:责任|负责|实施|承办|落实|主体)(?:单位|部门|处室|科室|主体|机构)|^责任主体$|分工$/
// Not the task itself but a grouping of tasks (`任务类别`, `重点领域`).
const GROUPING = /类别|分类|领域|类型|板块|方向/
const TASK = /任务|措施|举措|工作内容|工作事项|事项|重点工作|主要内容|具体内容|工作要点|内容|项目名称|工作目标及措施/

/** The longest header word read (white space left out). */
export const HEADER_LENGTH = 16

/** White space, ideographic and no-break spaces included: `主 要 工 作 任 务` reads `主要工作任务`. */
const squeeze = (header: string): string => header.replace(/[\s\u3000\u00a0]+/g, '')

function roleOf(header: string): ColumnRole {
  const h = squeeze(header)
  if (h === '') return 'other'
  if (NUMBER.test(h)) return 'number'
  if (LEADER.test(h)) return 'leader'
  if (DEADLINE.test(h) && !/单位|部门/.test(h)) return 'deadline'
  if (LEAD.test(h)) return 'lead'
  if (PARTICIPANTS.test(h)) return 'participants'
  if (RESPONSIBLE.test(h)) return 'responsible'
  if (GROUPING.test(h)) return 'other'
  if (TASK.test(h)) return 'task'
  return 'other'
}

/**
 * Read a header row. A task table needs a task column and a column that says
 * who is responsible; anything else (`指标 | 2020年 | 2025年`) is no task
 * table and `null` comes back. When several columns read as task text
 * (`重点任务 | 具体措施`), the last one is the task and the others stay text:
 * rows list the finer measures. A 责任单位 column is the participants when a
 * lead column stands beside it, otherwise the list whose first leads; only
 * the first number column counts.
 *
 * @example
 * ```ts
 * readHeader(['序号', '重点任务', '牵头单位', '责任单位', '完成时限'])?.roles
 * // ['number', 'task', 'lead', 'participants', 'deadline']
 * readHeader(['指标', '2020年', '2025年']) // null
 * ```
 */
export function readHeader(headers: readonly string[]): Columns | null {
  const words = headers.map(squeeze)
  // A header is a few words a cell: a row of sentences (or a layout table's whole page) is none.
  if (words.filter((h) => h !== '').length < 2 || words.some((h) => h.length > HEADER_LENGTH)) return null
  const roles = headers.map(roleOf)
  let task = -1
  for (let k = 0; k < roles.length; k++) if (roles[k] === 'task') task = k
  if (task < 0) return null
  for (let k = 0; k < roles.length; k++) if (roles[k] === 'task' && k !== task) roles[k] = 'other'
  const number = roles.indexOf('number')
  for (let k = 0; k < roles.length; k++) if (roles[k] === 'number' && k !== number) roles[k] = 'other'
  const hasLead = roles.includes('lead')
  if (hasLead) for (let k = 0; k < roles.length; k++) if (roles[k] === 'responsible') roles[k] = 'participants'
  if (!roles.some((r) => RESPONSIBILITY_ROLES.has(r))) return null
  return { headers: [...headers], roles, task, number }
}
