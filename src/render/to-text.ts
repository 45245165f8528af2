import { isSpace } from '../chars.js'
import { findFlattened } from '../input/flattened.js'
import { findMarker } from '../lex/constructs/index.js'
import { mayStartMidLine } from '../lex/mid-line.js'
import { splitLines } from '../util/lines.js'
import type { Chapter, Paragraph, Plan, Responsibility, Section, Task } from '../types.js'

type Node = Plan['children'][number] | Chapter['children'][number] | Section['children'][number]

/** A character no marker takes for its own, to try a marker with words after it. */
const WORD = '甲'

/**
 * Write `marker` before `words` so that it reads back as the same marker: a
 * marker some family matches whole with words glued on (`一、` `（1）` `第三条`)
 * takes them directly; one that ends in its number (`一` written with a
 * space) needs the space back, or it would glue to the words. Where the
 * words would make the marker prose (`第1条` then `第1章，…`, `1.` then `5倍`:
 * it stood alone on its line) it stays alone on its line.
 */
function joinMarker(marker: string, words: string): string {
  const probe = marker + WORD
  if (findMarker(probe, 0, probe.length)?.match.markerEnd !== marker.length) return `${marker} ${words}`
  const joined = marker + words
  return words === '' || findMarker(joined, 0, joined.length)?.match.markerEnd === marker.length ? joined : `${marker}\n${words}`
}

const ASCII_WORD = /[0-9A-Za-z]/

/**
 * Where the line, read again, could be cut at a marker from `from` on: the
 * flattened-body split (a marker after white space), and units that start
 * mid-line (a marker after a full stop or closing bracket).
 */
function cutsIn(line: string, from: number): { at: number; spaced: boolean }[] {
  const lines = splitLines(line)
  const cuts = findFlattened(line, lines).map((e) => ({ at: e.start, spaced: true }))
  for (const { start, end } of lines) {
    for (let p = Math.max(start + 1, from); p < end; p++) if (mayStartMidLine(line, p, end)) cuts.push({ at: p, spaced: false })
  }
  return cuts.filter((c) => c.at >= from).sort((a, b) => a.at - b.at)
}

/**
 * A task written on one line can hold, in its wording, a marker with words
 * after it that in the input stood where no unit could start: at the end of
 * a line (`（三) 一、` then `（负责）`), or after words the note now written
 * first stood between. On one line the flattened-body split or the mid-line
 * search would cut there. Break the line inside each such marker, where the
 * two halves join back with nothing between them (not between two Latin
 * letters or digits), so that it is no marker (or, for a one-character
 * marker such as `①`, right after it, where a marker with nothing after it
 * starts no unit); the task goes on on the next line, as a line not ending a
 * sentence does.
 */
function keepWhole(line: string, from: number): string {
  const joins = (b: number) => {
    const [x, y] = [line[b - 1] as string, line[b] as string]
    return !(isSpace(x) || isSpace(y) || y === '\n' || (ASCII_WORD.test(x) && ASCII_WORD.test(y)))
  }
  for (let round = 0; round < 8; round++) {
    const cuts = cutsIn(line, from)
    if (cuts.length === 0) break
    let out = ''
    let at = 0
    for (const { at: start, spaced } of cuts) {
      if (start < at) continue
      const end = findMarker(line, start, line.length)?.match.markerEnd ?? start
      let b = end - 1
      while (b > start && !joins(b)) b--
      if (b === start && !spaced && end < line.length && joins(end)) b = end
      if (b === start) continue
      out += line.slice(at, b) + '\n'
      at = b
    }
    if (at === 0) break
    line = out + line.slice(at)
  }
  return line
}

function task(node: Task): string {
  // `text` has the notes of sub-measures cut out, and the tree does not say
  // where they stood. Written right after the marker, before any bracket of
  // the text could pair with them, they read back as the same notes in order
  // and leave the same text.
  const notes = node.notes ?? (node.responsibility ? [node.responsibility] : [])
  const inner = notes.slice(0, -1).map((n) => n.raw).join('')
  const last = notes.length > 0 ? (notes[notes.length - 1] as Responsibility).raw : ''
  const body = inner + (node.original ?? node.text) + last + (node.trailing ?? '')
  const line = joinMarker(node.marker, body)
  return keepWhole(line, line.length - body.length + inner.length)
}

function paragraph(node: Paragraph): string {
  return node.original ?? node.text
}

function render(nodes: readonly Node[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'chapter' || node.type === 'section') {
      out.push(joinMarker(node.marker, node.original ?? node.title))
      render(node.children, out)
    } else if (node.type === 'task') out.push(task(node))
    else out.push(paragraph(node))
  }
}

/**
 * Render a parsed plan back to plain text, one line per heading, task and
 * paragraph, in document order (a task's wording is broken only where one
 * line would be cut at a marker). Line breaks inside a task (page breaks,
 * wraps) are not kept, nor blank lines and spacing, but parsing the result
 * again gives an equal tree: the same nodes, numbers, markers, titles, texts
 * and responsibility notes (positions differ). Wordings are written as in
 * the input (`original`, traditional characters kept), as `raw` notes are, so
 * that they read back simplified the same way; notes of sub-measures come
 * right after the marker.
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
