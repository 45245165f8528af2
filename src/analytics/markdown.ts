import type { Chapter, Item, Plan, Responsibility, Section, Task, Unit } from '../types.js'
import { isAssigned, notesOf } from './units.js'

// Characters that would start emphasis, links, HTML or tables in Markdown.
const SPECIAL = /[\\`*_[\]<>|#]/g

function escape(text: string): string {
  return text.replace(SPECIAL, (ch) => '\\' + ch)
}

const names = (list: { name: string }[]) => list.map((d) => escape(d.name)).join('、')

/** `牵头：A；参与：B、C；按职责分工负责；时限：2024年底前` for one note that names departments. */
function noteWho(r: Responsibility): string {
  let who = `牵头：${names(r.leads)}`
  if (r.participants.length) who += `；参与：${names(r.participants)}`
  if (r.byDuty) who += '；按职责分工负责'
  if (r.deadline) who += `；时限：${escape(r.deadline)}`
  return who
}

/**
 * Who a unit's notes assign, ` ｜ ` between several notes of one paragraph
 * (a full-width bar: an ASCII `|` would be escaped); empty when no note
 * names a department.
 */
function who(unit: Unit): string {
  return notesOf(unit)
    .filter((r) => r.departments.length > 0)
    .map(noteWho)
    .join(' ｜ ')
}

function bullet(unit: Task | Item, indent: string): string {
  // A task nothing assigns is flagged; an item without a note is covered by its task.
  const w = who(unit) || (unit.type === 'task' && !isAssigned(unit) ? '（无责任单位）' : '')
  // A bullet with the number in bold keeps the document's numbering; an
  // ordered list would be renumbered from 1 by every renderer.
  const label = unit.type === 'task' ? `${unit.number}.` : escape(unit.marker)
  return `${indent}- **${label}** ${escape(unit.text)}${w ? ` — ${w}` : ''}`
}

/** The paragraph under a heading: its run-in text and who its notes assign, when it has either. */
function headingBody(node: Chapter | Section): string | null {
  const w = who(node)
  const text = node.text ? escape(node.text) : ''
  if (text && w) return `${text} — ${w}`
  return text || w || null
}

/**
 * Render a parsed plan as Markdown: chapters as `#`, sections as `##`, then a
 * heading's run-in text and who its notes assign as a paragraph; tasks as
 * bullets with their own number and their departments, sub-items as bullets
 * under their task; other paragraphs as paragraphs.
 *
 * @example
 * ```ts
 * toMarkdown(parsePlan('一、完善制度\n1. 推进立法。（市场监管总局、知识产权局负责）'))
 * // '# 一、完善制度\n\n- **1.** 推进立法。 — 牵头：市场监管总局；参与：知识产权局\n'
 * toMarkdown(parsePlan('（一）加强市场监管。完善监管机制。（市场监管总局、公安部负责）'))
 * // '## （一）加强市场监管。\n\n完善监管机制。 — 牵头：市场监管总局；参与：公安部\n'
 * ```
 */
export function toMarkdown(plan: Plan): string {
  const blocks: string[] = []
  let list: string[] = []
  const flush = () => {
    if (list.length) blocks.push(list.join('\n'))
    list = []
  }
  const walk = (nodes: readonly Plan['children'][number][], indent: string): void => {
    for (const node of nodes) {
      if (node.type === 'task' || node.type === 'item') {
        list.push(bullet(node, indent))
        if (node.type === 'task' && node.children) walk(node.children, indent + '  ')
        continue
      }
      flush()
      if (node.type === 'paragraph') blocks.push(escape(node.text))
      else {
        blocks.push(`${node.type === 'chapter' ? '#' : '##'} ${escape(node.marker + node.title)}`)
        const body = headingBody(node)
        if (body) blocks.push(body)
        walk(node.children, '')
        flush()
      }
    }
  }
  walk(plan.children, '')
  flush()
  return blocks.join('\n\n') + '\n'
}
