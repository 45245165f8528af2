/** Turns offsets into unist points; built once per input, queried by binary search. */

import type { Point, Position } from '../types.js'

export interface Locator {
  point(offset: number): Point
  position(start: number, end: number): Position
}

export function createLocator(text: string): Locator {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }

  function point(offset: number): Point {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1, offset }
  }

  return {
    point,
    position: (start, end) => ({ start: point(start), end: point(end) }),
  }
}
