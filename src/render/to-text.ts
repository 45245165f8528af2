import { CLOSE, OPEN, charIs, isSpace } from '../chars.js'
import { compileGrammar } from '../extract/grammar/compile.js'
import { isLabelLine } from '../extract/note.js'
import { findFlattened } from '../input/flattened.js'
import { findMarker } from '../lex/constructs/index.js'
import { mayStartMidLine } from '../lex/mid-line.js'
import { tokenize } from '../lex/tokenize.js'
import { isNoteLine } from '../parse/notes.js'
import { spaceEndsTitle } from '../parse/wording.js'
import { splitLines } from '../util/lines.js'
import type { Chapter, Item, Paragraph, Plan, Section, TableCell, Task } from '../types.js'
import { tableRow } from './table-row.js'
import { isDelimiterRow } from '../table/cells.js'

type Node = Plan['children'][number] | Chapter['children'][number] | Section['children'][number] | NonNullable<Task['children']>[number]

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
  for (let k = 0; k < lines.length; k++) {
    const start = lines.start(k)
    const end = lines.end(k)
    for (let p = Math.max(start + 1, from); p < end; p++) if (mayStartMidLine(line, p, end)) cuts.push({ at: p, spaced: false })
  }
  // And where the tokenizer itself cuts: a break made inside one marker can leave another one (`（1）一、`
  // broken as `（1）一` then `、`) that no longer has a marker for its words, and starts a unit.
  const seen = new Set(cuts.map((c) => c.at))
  for (const token of tokenize(line)) {
    if (token.start > from && token.kind !== 'text' && line.charCodeAt(token.start - 1) !== 10 && !seen.has(token.start)) cuts.push({ at: token.start, spaced: false })
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
    if (isSpace(x) || isSpace(y) || y === '\n' || (ASCII_WORD.test(x) && ASCII_WORD.test(y))) return false
    // Nor where the next line would begin as a label or note line of its own.
    const eol = line.indexOf('\n', b)
    const to = eol === -1 ? line.length : eol
    const grammar = compileGrammar()
    return !isLabelLine(line, b, to, grammar) && !isNoteLine(line, b, to, grammar)
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

type Unit = Chapter | Section | Task | Item

/** At most this many spaces part a title from the sentence after it on its line. */
const SPACED_TITLE_GAP = 4

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
function unit(node: Unit): { line: string; label: Unit['responsibility'] | undefined } {
  const notes = node.notes ?? (node.responsibility ? [node.responsibility] : [])
  const title = node.type === 'task' || node.type === 'item' ? '' : (node.original ?? node.title)
  const text = node.type === 'task' || node.type === 'item' ? (node.original ?? node.text) : (node.textOriginal ?? node.text ?? '')
  // Label lines follow the unit's line; a unit with no wording and no
  // bracket note had its label clause run in after the marker, unless the
  // clause stood on a line of its own (`1.` then `责任单位：…`): run in, it
  // would take the next line (`9999.`) as its own going on.
  // Label lines in a row make one note; a label clause run in after the marker and label lines
  // under it make two, and the last is the one on lines of its own.
  const label = notes.filter((n) => n.form === 'label').pop()
  // The unit's own line: its wording's, or its heading's (a heading's `position` runs over its whole body).
  const own = 'headingPosition' in node ? (node.textPosition ?? node.headingPosition) : node.textPosition
  const runIn = label !== undefined && label.position.start.line === own.start.line
  const lines = title === '' && text === '' && notes.every((n) => n === label) && runIn ? undefined : label
  const brackets = notes.filter((n) => n !== lines)
  // The last bracket closed the wording if it stood past it (a note that
  // names no one, a time frame, is kept only there). One inside the wording
  // is written after the marker with the others: the responsibility is the
  // last note naming a department wherever it stands.
  const last = brackets[brackets.length - 1]
  const wordingEnd = own.end.offset
  const closing = last && last.position.start.offset >= wordingEnd ? last : undefined
  const inner = brackets.filter((n) => n !== closing).map((n) => n.raw).join('')
  const rest = text + (closing?.raw ?? '') + (node.trailing ?? '')
  // A heading's wording after a title that no `。` ends (outside brackets) was a paragraph of its own under the heading.
  let line: string
  if (node.type === 'task' || node.type === 'item') {
    const body = inner + rest
    const head = joinMarker(markerAsRead(node), body)
    line = keepWhole(head, head.length - body.length + inner.length)
  } else {
    // A heading line as it stood: its title is never cut; what a run-in
    // paragraph says after it is wording like a task's.
    // Notes go ahead of the title unless the title then starts with what reads as a marker after
    // a bracket (`一、（A负责）1）…`, where `一、1）…` was a title): then they follow it.
    const noteFirst = joinMarker(node.marker, inner + title)
    const head = inner !== '' && tokenize(noteFirst).some((t) => t.start > 0) ? joinMarker(node.marker, title + inner) : noteFirst
    const apart = text !== '' && !endsRunInTitle(title)
    // A note after a title whose end it would complete as a marker
    // (`十一、` then `【…】`) stood on a line of its own, as notes may.
    const joined = head + rest
    const glued = text === '' && rest !== '' && tokenize(joined).some((t) => t.start > 0 && t.start < head.length)
    // A label clause run in after the marker (`一、责任单位：…`) is read to the line's end, as it
    // was: a break inside it would cut the clause, and the sequence had not cut the line there.
    const runInLabel = closing?.form === 'label' && title === '' && text === ''
    // A title that white space parted from its sentence (`指导思想 坚持……`) goes back on its line so:
    // its text began on the title's line, a few spaces after it (not a line or a tag away).
    const heading = (node as Chapter | Section).headingPosition
    const sameLine = node.textPosition !== undefined && node.textPosition.start.line === heading.end.line && node.textPosition.start.offset - heading.end.offset <= SPACED_TITLE_GAP
    const spaced = apart && sameLine && spaceEndsTitle(`${title} ${text}`, title.length, title.length + 1 + text.length)
    line = spaced ? `${head} ${keepWhole(rest, 0)}` : apart || glued ? `${head}\n${keepWhole(rest, 0)}` : runInLabel ? joined : keepWhole(joined, head.length)
  }
  // A label clause that ran in on the unit's own line goes back there.
  // A space before it, but not after a closing bracket: white space between a closing bracket and
  // words is where a body flattened onto one line is cut (`…（一） 责任单位：…一、…`).
  if (lines && lines.position.start.line === own.end.line && lines.position.start.offset >= own.start.offset) {
    const apart = charIs(line.charCodeAt(line.length - 1), CLOSE) ? '' : ' '
    return { line: `${line}${apart}${lines.raw}`, label: undefined }
  }
  return { line, label: lines }
}

/**
 * A task's marker as it reads: a Markdown list item written `1.` that the
 * list numbers 2 keeps `1.` as its marker, but written back as text it must
 * say `2.` to be read as task 2 again.
 */
function markerAsRead(node: Unit): string {
  const written = /^([0-9]{1,9})[.)]$/.exec(node.marker)
  return written && Number(written[1]) !== node.number ? `${node.number}.` : node.marker
}

function paragraph(node: Paragraph): string {
  return node.original ?? node.text
}

const isTableTask = (node: Node | undefined): node is Task & { cells: TableCell[] } => node?.type === 'task' && node.cells !== undefined

/** The task table being written: a Markdown pipe table or TSV, and its header's width (its header paragraph says). */
interface TableState {
  pipe: boolean
  width: number
}

function render(nodes: readonly Node[], out: string[], table: TableState): void {
  for (const [k, node] of nodes.entries()) {
    if (node.type === 'paragraph') {
      const line = paragraph(node)
      // A header row: the rows after it are written as wide (a line between rows then reads as one across the table).
      // (A pipe table's width is its delimiter row's, `|---|---|`.)
      if (isDelimiterRow(line, 0)) {
        table.pipe = true
        table.width = line.trim().replace(/^\||\|$/g, '').split('|').length
      } else if (line.includes('\t')) {
        table.pipe = false
        table.width = line.split('\t').length
      }
      out.push(line)
    } else if (isTableTask(node)) out.push(tableRow(node, table.pipe, table.width))
    else {
      const { line, label } = unit(node)
      out.push(line)
      const children = ('children' in node && node.children) || []
      // Label lines that stood after sub-items (the parent's, by the
      // floating-note rule) go back there, or they would close the unit's own line.
      const at = label ? children.findIndex((c) => c.position.start.offset > label.position.start.offset) : -1
      const before = label && at !== 0 ? (at === -1 ? children.length : at) : 0
      render(children.slice(0, before), out, table)
      if (label) out.push(label.raw)
      render(children.slice(before), out, table)
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
 * right after the marker. A line that would start as Markdown or HTML syntax
 * (`# 说明`) is written after an ideographic space, so the text is read back
 * as plain text.
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
  render(plan.children, out, { pipe: false, width: 0 })
  return plainLines(out.join('\n'))
}

// A line start that Markdown or HTML give a meaning to: `# ` headings, `===`
// and `---` underlines, `**` bold, `- ` `* ` `+ ` lists, `>` quotes, fences,
// tables, tags.
const MARKUP_START = /^(?=[#=*_\-+>`~|<])/gm

/**
 * Keep the text plain for the format guess of the next parse: a line of the
 * plan that starts as Markdown or HTML syntax does (a paragraph `# 说明`,
 * read as text where it stood indented or past the first 8 KB) is written
 * after an ideographic space. Markdown indents with spaces and tabs only, so
 * the line is no heading, list or quote; the lexer trims the space, so the
 * line reads back the same.
 */
function plainLines(text: string): string {
  return text.replace(MARKUP_START, '\u3000')
}
