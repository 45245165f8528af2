/**
 * Below this length V8 copies a slice instead of pointing into the string it
 * was cut from: every short string the tree keeps is a string of its own
 * (24–40 bytes), and equal ones are worth sharing. Longer slices are views
 * of the input, 32 bytes each whatever their length.
 */
const SHORT = 13

/**
 * One string for equal short strings: a plan of 150,000 lines `一、` keeps
 * one text `一、`, not 150,000 (`推进工作`, `（知识产权局负责）` and markers
 * repeat as well). The tree is read, never mutated, so sharing is safe. The
 * strings seen are forgotten every `limit`, so a text of distinct lines
 * costs no more than a bounded map.
 *
 * @example
 * ```ts
 * const share = shortStrings()
 * share('一、x'.slice(0, 2)) === share('一、y'.slice(0, 2)) // true: the same string
 * ```
 */
export function shortStrings(limit = 1024): (text: string) => string {
  let seen = new Map<string, string>()
  return (text) => {
    if (text.length >= SHORT) return text
    const found = seen.get(text)
    if (found !== undefined) return found
    if (seen.size >= limit) seen = new Map()
    seen.set(text, text)
    return text
  }
}
