/**
 * Ids from the numbering (`c2.s1.t24`, `c1.p3`): a unit's id is its parent's
 * id, a letter for its type and its number; a repeated number gets a `~2`
 * suffix so ids stay unique. Counters, not searches, so a document of a
 * million repeated numbers or paragraphs stays linear.
 */
export function idMaker() {
  // How many units took each number, per parent and letter. An id is its
  // parent's, its letter and its number, and the parent's id is unique: the
  // three are the id, without hashing the new id's string (a set of every
  // id string hashed each new one, a tenth of tree building on a plan).
  const counts = new Map<string | null, Map<string, Map<number, number>>>()
  const paragraphs = new Map<string | null, number>()
  const base = (parent: string | null, letter: string, n: number) => (parent === null ? `${letter}${n}` : `${parent}.${letter}${n}`)

  return {
    /** The id of a unit numbered `n` under the unit `parent` (`null`: the plan). */
    unit(parent: string | null, letter: string, n: number): string {
      let letters = counts.get(parent)
      if (letters === undefined) counts.set(parent, (letters = new Map()))
      let numbers = letters.get(letter)
      if (numbers === undefined) letters.set(letter, (numbers = new Map()))
      // The k-th unit of the same number gets `~k` (k ≥ 2): no other id ends so.
      const k = (numbers.get(n) ?? 0) + 1
      numbers.set(n, k)
      return k === 1 ? base(parent, letter, n) : `${base(parent, letter, n)}~${k}`
    },
    /** The next paragraph id under `parent`; unique without the set, as only paragraphs use `p`. */
    paragraph(parent: string | null): string {
      const n = (paragraphs.get(parent) ?? 0) + 1
      paragraphs.set(parent, n)
      return base(parent, 'p', n)
    },
  }
}
