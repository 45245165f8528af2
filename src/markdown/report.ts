import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, Paragraph, Plan, Unit } from '../types.js'
import type { Locator } from '../util/location.js'
import type { MarkdownText } from './extract.js'

/**
 * Put back the ordered-list numbers as written: remark numbers a list from
 * its start, so items written `1.` `1.` `1.` are read as tasks 1, 2 and 3,
 * but each task's `marker` is what the input says (`1.`), as for every other
 * marker. A transform run on the tree after parsing.
 *
 * @example
 * ```ts
 * // '1. 甲\n1. 乙' in Markdown: the second task has number 2 and marker '1.'
 * ```
 */
export function restoreWrittenMarkers(children: Plan['children'], written: MarkdownText['written']): void {
  if (written.size === 0) return
  const visit = (nodes: readonly (Unit | Paragraph)[]) => {
    for (const node of nodes) {
      const marker = written.get(node.position.start.offset)
      if (node.type === 'paragraph') {
        // A number no unit took (`3)` before a code block) is text: as written too.
        if (marker !== undefined) {
          const read = /^[0-9]{1,9}\./.exec(node.text)?.[0]
          if (read !== undefined) node.text = marker + node.text.slice(read.length)
          if (read !== undefined && node.original !== undefined) node.original = marker + node.original.slice(read.length)
        }
        continue
      }
      if (marker !== undefined && (node.type === 'task' || node.type === 'item')) node.marker = marker
      if ('children' in node && node.children) visit(node.children as (Unit | Paragraph)[])
    }
  }
  visit(children)
}

/** One diagnostic for all the Markdown the guard read as plain text, at the first place, or none. */
export function defusedDiagnostics(defused: MarkdownText['defused'], locator: Locator): Diagnostic[] {
  const { count, first } = defused
  if (first === null) return []
  const where = count > 1 ? ` (in ${count} places; the first here)` : ''
  return [diagnostic('markdown-as-text', `Markdown read as plain text${where}: too many emphasis, link or code marks in one paragraph, or lists and quotes nested too deep, to parse in linear time; the marks stay in the text`, locator.position(first.start, first.end))]
}
