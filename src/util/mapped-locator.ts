import type { Locator } from './location.js'
import type { MappedText } from './mapped-text.js'

/**
 * A locator for offsets into a normalised text that answers with points in
 * the original input: the tree builder works on the normalised text and never
 * learns that lengths changed on the way.
 */
export function mappedLocator(input: Locator, map: MappedText): Locator {
  return {
    point: (offset) => input.point(map.start(offset)),
    position(start, end) {
      const from = map.start(start)
      // A range that covers only dropped text would end before it starts.
      const to = Math.max(from, map.end(end))
      return input.position(from, to)
    },
  }
}
