import { CLOSE, OPEN, charIs, isDigit, isSpace } from '../chars.js'
import { findFlattened } from '../input/flattened.js'
import { matchChapter, matchSection, matchTask } from '../lex/markers.js'
import { isNumeralChar } from '../lex/numerals.js'
import { splitLines } from '../util/lines.js'
import type { Chapter, Item, Paragraph, Plan, Section, Task } from '../types.js'

type Node = Plan['children'][number] | Chapter['children'][number] | Section['children'][number] | NonNullable<Task['children']>[number]

/** A marker that ends in its number (`一` written with a space) needs the space back, or it would glue to the words. */
function joinMarker(marker: string, words: string): string {
  const last = marker[marker.length - 1]
  return isNumeralChar(last) || isDigit(last) ? `${marker} ${words}` : marker + words
}

const ASCII_WORD = /[0-9A-Za-z]/

/**
 * A task written on one line can hold, in its wording, a space and a marker
 * with words after it (`（三) 一、（负责）`) that in the input stood at the end
 * of a line (`…一、` then `（负责）`): on one line the flattened-body split would
 * cut there. Break the line inside each such marker, where the two halves
 * join back with nothing between them (not between two Latin letters or
 * digits), so that it is no marker; the task goes on on the next line, as a
 * line not ending a sentence does.
 */
function keepWhole(line: string, from: number): string {
  for (let round = 0; round < 8; round++) {
    const lines = splitLines(line)
    const cuts = findFlattened(line, lines).filter((e) => e.start >= from)
    if (cuts.length === 0) break
    let out = ''
    let at = 0
    for (const { start } of cuts) {
      const end = (matchSection(line, start, line.length) ?? matchChapter(line, start, line.length) ?? matchTask(line, start, line.length))?.markerEnd ?? start
      for (let b = end - 1; b > start; b--) {
        const [x, y] = [line[b - 1] as string, line[b] as string]
        if (isSpace(x) || isSpace(y) || (ASCII_WORD.test(x) && ASCII_WORD.test(y))) continue
        out += line.slice(at, b) + '\n'
        at = b
        break
      }
    }
    if (at === 0) break
    line = out + line.slice(at)
  }
  return line
}

type Unit = Chapter | Section | Task | Item

/** Does a `。` outside brackets end this title, as the parser cuts a run-in heading's title? */
function endsRunInTitle(title: string): boolean {
  if (!title.endsWith('。')) return false
  let depth = 0
  for (let i = 0; i < title.length - 1; i++) {
    const c = title.charCodeAt(i)
    if (charIs(c, OPEN)) depth++
    else if (charIs(c, CLOSE)) depth = Math.max(0, depth - 1)
  }
  return depth === 0
}

/**
 * A unit's line and the lines of its label note. The tree does not say where
 * notes inside the wording stood: written right after the marker, before any
 * bracket of the wording could pair with them, they read back as the same
 * notes in order and leave the same wording. The closing note ends the line;
 * label lines (`责任单位：…`) follow on lines of their own.
 */
function unit(node: Unit): string {
  const notes = node.notes ?? (node.responsibility ? [node.responsibility] : [])
  const label = notes.find((n) => n.form === 'label')
  const brackets = notes.filter((n) => n.form !== 'label')
  // The bracket that closes the wording: the responsibility, or the last bracket before a label note that names no one.
  const closing = node.responsibility && node.responsibility.form !== 'label' ? node.responsibility : label && label.departments.length === 0 && node.trailing !== undefined ? brackets[brackets.length - 1] : undefined
  const inner = brackets.filter((n) => n !== closing).map((n) => n.raw).join('')
  const head = joinMarker(node.marker, inner)
  const title = node.type === 'task' || node.type === 'item' ? '' : (node.original ?? node.title)
  const text = node.type === 'task' || node.type === 'item' ? (node.original ?? node.text) : (node.textOriginal ?? node.text ?? '')
  // A heading's wording after a title that no `。` ends (outside brackets) was a paragraph of its own under the heading.
  const apart = text !== '' && node.type !== 'task' && node.type !== 'item' && !endsRunInTitle(title)
  const rest = text + (closing?.raw ?? '') + (node.trailing ?? '')
  const line = apart ? `${keepWhole(head + title, head.length)}\n${keepWhole(rest, 0)}` : keepWhole(head + title + rest, head.length)
  return label ? `${line}\n${label.raw}` : line
}

function paragraph(node: Paragraph): string {
  return node.original ?? node.text
}

function render(nodes: readonly Node[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'paragraph') out.push(paragraph(node))
    else {
      out.push(unit(node))
      if ('children' in node && node.children) render(node.children, out)
    }
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
