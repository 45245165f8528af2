import type { Chapter, Plan, Section, Task } from './types.js'

const EXCERPT = 28

function countTasks(node: Plan | Chapter | Section): number {
  let n = 0
  for (const child of node.children) {
    if (child.type === 'task') n++
    else if (child.type === 'chapter' || child.type === 'section') n += countTasks(child)
  }
  return n
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function taskLine(task: Task, indent: string): string {
  const r = task.responsibility
  const who = r
    ? `[${r.leads.map((d) => d.name).join('、')}]${r.participants.length ? ' +' + r.participants.map((d) => d.name).join('、') : ''}${r.byDuty ? ' (按职责分工)' : ''}`
    : '[no responsibility]'
  const excerpt = task.text.length > EXCERPT ? task.text.slice(0, EXCERPT) + '…' : task.text
  return `${indent}${String(task.number).padStart(3)}. ${who} — ${excerpt}`
}

/**
 * A readable outline of a parsed plan: chapters, sections, task counts and,
 * per task, the lead department in brackets and the participants.
 *
 * @example
 * ```ts
 * console.log(toOutline(parsePlan(text)))
 * // 一、完善知识产权制度 (23 tasks)
 * //   （一）完善知识产权法律法规规章 (9 tasks)
 * //       1. [市场监管总局] +农业农村部、知识产权局 — 推进修订《中华人民共和国反垄断法》…
 * ```
 */
export function toOutline(plan: Plan): string {
  const out: string[] = []
  const walk = (nodes: Plan['children'], depth: number) => {
    const indent = '  '.repeat(depth)
    for (const node of nodes) {
      if (node.type === 'task') out.push(taskLine(node, indent))
      else if (node.type === 'chapter' || node.type === 'section') {
        out.push(`${indent}${node.marker}${node.title} (${plural(countTasks(node), 'task')})`)
        walk(node.children, depth + 1)
      }
    }
  }
  walk(plan.children, 0)
  const chapters = plan.children.filter((c) => c.type === 'chapter')
  const sections = chapters.reduce((n, c) => n + c.children.filter((s) => s.type === 'section').length, 0)
  const errors = plan.diagnostics.filter((d) => d.severity === 'error').length
  out.push('', `${plural(chapters.length, 'chapter')}, ${plural(sections, 'section')}, ${plural(countTasks(plan), 'task')}; ${plural(errors, 'error')}, ${plural(plan.diagnostics.length - errors, 'other diagnostic')}`)
  return out.join('\n')
}
