import { isDigit } from '../chars.js'
import { isNumeralChar } from '../lex/numerals.js'
import type { Chapter, Paragraph, Plan, Section, Task } from '../types.js'

type Node = Plan['children'][number] | Chapter['children'][number] | Section['children'][number]

/** A marker that ends in its number (`一` written with a space) needs the space back, or it would glue to the words. */
function joinMarker(marker: string, words: string): string {
  const last = marker[marker.length - 1]
  return isNumeralChar(last) || isDigit(last) ? `${marker} ${words}` : marker + words
}

function task(node: Task): string {
  const note = node.responsibility ? node.responsibility.raw : ''
  return joinMarker(node.marker, node.text) + note + (node.trailing ?? '')
}

function paragraph(node: Paragraph): string {
  return node.text
}

function render(nodes: readonly Node[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'chapter' || node.type === 'section') {
      out.push(joinMarker(node.marker, node.title))
      render(node.children, out)
    } else if (node.type === 'task') out.push(task(node))
    else out.push(paragraph(node))
  }
}

/**
 * Render a parsed plan back to plain text, one line per heading, task and
 * paragraph, in document order. Line breaks inside a task (page breaks,
 * wraps) are not kept, nor blank lines and spacing, but parsing the result
 * again gives an equal tree: the same nodes, numbers, markers, titles, texts
 * and responsibility notes (positions differ).
 *
 * @example
 * ```ts
 * import { parsePlan, toText } from 'cn-plan-parser'
 * toText(parsePlan('一、完善制度\n1. 推进\n立法。（知识产权局负责）'))
 * // '一、完善制度\n1.推进立法。（知识产权局负责）'
 * ```
 */
export function toText(plan: Plan): string {
  const out: string[] = []
  render(plan.children, out)
  return out.join('\n')
}
