/** Turns offsets into unist points; built once per input, queried by binary search. */

import type { Point, Position } from '../types.js'
import { maxLines, onlyNewlines } from './lines.js'

export interface Locator {
  point(offset: number): Point
  position(start: number, end: number): Position
}

const BREAK = /\r\n?|[\n\u2028\u2029]/g
/** How many recent points a locator hands out again for the same offset. */
const RECENT = 8

/** Offset where each line of `text` starts, ascending, first 0: after `\n`, `\r\n`, a lone `\r`, U+2028/9. */
export function lineStarts(text: string): number[] {
  return Array.from(lineStartOffsets(text))
}

/**
 * {@link lineStarts} in an `Int32Array`: four bytes a line, where an array
 * grown by copies takes eight and leaves its old copies behind (a text of
 * 500,000 short lines).
 */
function lineStartOffsets(text: string): Int32Array {
  const starts = new Int32Array(maxLines(text))
  let count = 1
  // Native search from break to break.
  if (onlyNewlines(text)) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[count++] = i + 1
  } else {
    BREAK.lastIndex = 0
    while (BREAK.test(text)) starts[count++] = BREAK.lastIndex
  }
  // Fewer than counted only where `\r\n` was counted twice.
  return count === starts.length ? starts : starts.slice(0, count)
}

export function createLocator(text: string): Locator {
  const starts = lineStartOffsets(text)

  // Queries come mostly in text order: try the line of the last answer first.
  let last = 0
  // The last points made, by offset: a task's text starts where the task
  // does and its note ends where it does, and one shared point object is
  // half the memory of two equal ones (a tree is read, never mutated).
  const recent: Point[] = []
  let slot = 0
  function point(offset: number): Point {
    for (let k = 0; k < recent.length; k++) if ((recent[k] as Point).offset === offset) return recent[k] as Point
    const made = locate(offset)
    recent[slot] = made
    slot = (slot + 1) % RECENT
    return made
  }
  function locate(offset: number): Point {
    if ((starts[last] as number) <= offset && (last + 1 === starts.length || offset < (starts[last + 1] as number))) {
      return { line: last + 1, column: offset - (starts[last] as number) + 1, offset }
    }
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    last = lo
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1, offset }
  }

  return {
    point,
    position: (start, end) => ({ start: point(start), end: point(end) }),
  }
}
