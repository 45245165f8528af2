/**
 * Tasks whose number a copy lost: Word drops automatic numbering it cannot
 * carry, and a task paragraph stands with no marker between task 3 and
 * task 5. Such a line, complete in itself and ending with a note of its
 * own, right where one number is missing, is the missing task (marker `''`).
 */
import { CLOSE, SENTENCE_END, charIs, isSpaceCode } from '../chars.js'
import type { Grammar } from '../extract/grammar/compile.js'
import { findFinalNote } from '../extract/note.js'
import type { Token } from '../lex/tokenize.js'

/** Does `source[start, end)` end with a note that names a unit (its last character, but a stop, closes a bracket)? */
function endsWithNote(source: string, start: number, end: number, grammar: Grammar): boolean {
  let last = end - 1
  while (last > start && (isSpaceCode(source.charCodeAt(last)) || source[last] === '。')) last--
  if (!charIs(source.charCodeAt(last), CLOSE)) return false
  const note = findFinalNote(source.slice(start, end), grammar)
  return note !== null && note.parts.departments.length > 0
}

/**
 * `tokens`, with a text line read as the task whose number was lost: the line
 * after a complete line (a heading, or one that a stop or a note ends), ending
 * with a note of its own, and followed by the task two numbers after the last.
 */
export function* withLostTasks(tokens: Iterable<Token>, source: string, grammar: Grammar): Generator<Token, void, undefined> {
  let lastTask = 0
  let held: Token | null = null
  /** The token before: a line that ends complete lets the next stand alone. */
  let complete = false
  for (const token of tokens) {
    if (held !== null) {
      const lost = token.kind === 'task' && token.construct === 'task' && token.value === lastTask + 2
      yield lost ? { kind: 'task', construct: 'task', rank: token.rank, value: lastTask + 1, marker: '', start: held.start, end: held.end, contentStart: held.contentStart } : held
      if (lost) lastTask++
      held = null
    }
    if (token.kind === 'text' && complete && lastTask > 0 && endsWithNote(source, token.start, token.end, grammar)) {
      held = token
      continue
    }
    if (token.kind === 'task' && token.construct === 'task' && token.value !== null) lastTask = token.value
    complete = token.kind === 'chapter' || token.kind === 'section' || charIs(source.charCodeAt(token.end - 1), SENTENCE_END)
    yield token
  }
  if (held !== null) yield held
}
