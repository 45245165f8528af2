/**
 * Ids from the numbering (`c2.s1.t24`, `c1.p3`): a unit's id is its parent's
 * id, a letter for its type and its number; a repeated number gets a `~2`
 * suffix so ids stay unique. Counters, not searches, so a document of a
 * million repeated numbers or paragraphs stays linear.
 */
export function idMaker() {
  const used = new Set<string>()
  const nextSuffix = new Map<string, number>()
  const paragraphs = new Map<string | null, number>()
  const base = (parent: string | null, letter: string, n: number) => (parent === null ? `${letter}${n}` : `${parent}.${letter}${n}`)

  return {
    /** The id of a unit numbered `n` under the unit `parent` (`null`: the plan). */
    unit(parent: string | null, letter: string, n: number): string {
      const id = base(parent, letter, n)
      // One look-up in the common case: adding a new id grows the set.
      const size = used.size
      if (used.add(id).size > size) return id
      let k = nextSuffix.get(id) ?? 2
      let candidate = `${id}~${k}`
      while (used.has(candidate)) candidate = `${id}~${++k}`
      nextSuffix.set(id, k + 1)
      used.add(candidate)
      return candidate
    },
    /** The next paragraph id under `parent`; unique without the set, as only paragraphs use `p`. */
    paragraph(parent: string | null): string {
      const n = (paragraphs.get(parent) ?? 0) + 1
      paragraphs.set(parent, n)
      return base(parent, 'p', n)
    },
  }
}
