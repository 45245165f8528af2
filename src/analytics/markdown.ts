import type { Item, Plan, Task } from '../types.js'

// Characters that would start emphasis, links, HTML or tables in Markdown.
const SPECIAL = /[\\`*_[\]<>|#]/g

function escape(text: string): string {
  return text.replace(SPECIAL, (ch) => '\\' + ch)
}

function taskItem(task: Task | Item): string {
  const r = task.responsibility
  const names = (list: { name: string }[]) => list.map((d) => escape(d.name)).join('、')
  let who = '（无责任单位）'
  if (r) {
    who = `牵头：${names(r.leads)}`
    if (r.participants.length) who += `；参与：${names(r.participants)}`
    if (r.byDuty) who += '；按职责分工负责'
  }
  // A bullet with the number in bold keeps the document's numbering; an
  // ordered list would be renumbered from 1 by every renderer.
  return `- **${task.number}.** ${escape(task.text)} — ${who}`
}

/**
 * Render a parsed plan as Markdown: chapters as `#`, sections as `##`,
 * tasks as bullets with their own number and their departments, other
 * paragraphs as paragraphs.
 *
 * @example
 * ```ts
 * toMarkdown(parsePlan('一、完善制度\n1. 推进立法。（市场监管总局、知识产权局负责）'))
 * // '# 一、完善制度\n\n- **1.** 推进立法。 — 牵头：市场监管总局；参与：知识产权局\n'
 * ```
 */
export function toMarkdown(plan: Plan): string {
  const blocks: string[] = []
  let list: string[] = []
  const flush = () => {
    if (list.length) blocks.push(list.join('\n'))
    list = []
  }
  const walk = (nodes: Plan['children']): void => {
    for (const node of nodes) {
      if (node.type === 'task' || node.type === 'item') {
        list.push(taskItem(node))
        if (node.type === 'task' && node.children) walk(node.children)
        continue
      }
      flush()
      if (node.type === 'paragraph') blocks.push(escape(node.text))
      else {
        blocks.push(`${node.type === 'chapter' ? '#' : '##'} ${escape(node.marker + node.title)}`)
        walk(node.children)
        flush()
      }
    }
  }
  walk(plan.children)
  flush()
  return blocks.join('\n\n') + '\n'
}
