/**
 * Task matching by content: character-bigram Dice similarity, then a
 * deterministic greedy one-to-one assignment (most similar pair first; ties
 * to the closest relative position, then the lowest indexes).
 *
 * Said plainly (tests/helpers/match-texts-plain.ts, the oracle this is tested
 * against): score every pair of texts, sort the pairs at or above the
 * threshold, take them in order. That is quadratic in time and memory: a plan
 * of many alike tasks makes millions of pairs. Here the same assignment comes
 * from three steps that stay near-linear:
 * 1. identical texts (once normalised) form one class, scored once (`classify`);
 * 2. similar classes are found through a prefix-filtered inverted index,
 *    with bounded work per class (similar-classes.ts);
 * 3. the greedy keeps one best candidate per text in a heap, and finds the
 *    nearest unused copy of a text by skip pointers (greedy-match.ts).
 */
import { greedyMatch } from './greedy-match.js'
import { type JoinLimits, JOIN_LIMITS, similarClasses } from './similar-classes.js'

/** A pair of indexes into the two lists and how alike the texts are (0–1). */
export interface TextMatch {
  a: number
  b: number
  similarity: number
}

/** Letters, digits and CJK ideographs only: punctuation, spaces and widths do not make texts differ. */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '')
}

/** The texts of a list grouped by their normalised form: equal forms have equal bigrams, so they are scored once. */
export interface TextClasses {
  /** The class of each text. */
  classOf: Int32Array
  /** The texts (indexes) of each class, ascending; classes in order of their first text. */
  members: number[][]
  /** The normalised text of each class. */
  keys: string[]
}

function classify(texts: readonly string[]): TextClasses {
  const byKey = new Map<string, number>()
  const classOf = new Int32Array(texts.length)
  const members: number[][] = []
  const keys: string[] = []
  texts.forEach((text, i) => {
    const key = normalise(text)
    let c = byKey.get(key)
    if (c === undefined) {
      byKey.set(key, (c = keys.length))
      keys.push(key)
      members.push([])
    }
    classOf[i] = c
    ;(members[c] as number[]).push(i)
  })
  return { classOf, members, keys }
}

/**
 * The bigrams of normalised texts as numbers, repeats included (numbers hash
 * faster than two-character strings): each UTF-16 unit gets a small id in
 * order of first sight, and a bigram is `(first + 1)·n + second` for `n`
 * units seen, a small integer while fewer than 46,340 distinct units occur.
 * A one-character text counts as one "bigram" of itself, below every pair.
 */
function bigramLists(keys: readonly string[]): (Int32Array | Float64Array)[] {
  const unit = new Int32Array(0x10000).fill(-1)
  let seen = 0
  for (const key of keys) for (let i = 0; i < key.length; i++) if (unit[key.charCodeAt(i)] === -1) unit[key.charCodeAt(i)] = seen++
  const n = seen + 1
  return keys.map((key) => {
    if (key.length === 1) return Int32Array.of(unit[key.charCodeAt(0)] as number)
    // Small integers keep the Map lookups on them fast; beyond 2³¹ they need doubles.
    const out = n * n < 2 ** 31 ? new Int32Array(Math.max(0, key.length - 1)) : new Float64Array(Math.max(0, key.length - 1))
    for (let i = 0; i + 1 < key.length; i++) out[i] = ((unit[key.charCodeAt(i)] as number) + 1) * n + (unit[key.charCodeAt(i + 1)] as number)
    return out
  })
}

/**
 * Sort in place, ascending. A text has tens of bigrams, and V8's typed-array
 * sort costs microseconds per call whatever the length: insertion sort
 * below 64 elements is several times faster there.
 */
function sortNumbers<T extends Int32Array | Float64Array>(list: T): T {
  if (list.length > 64) return list.sort() as T
  for (let i = 1; i < list.length; i++) {
    const v = list[i] as number
    let j = i - 1
    while (j >= 0 && (list[j] as number) > v) {
      list[j + 1] = list[j] as number
      j--
    }
    list[j + 1] = v
  }
  return list
}

/**
 * Each text as a sorted set of token ids, where a token is a bigram's k-th
 * occurrence in the text: the overlap of two such sets is the overlap of the
 * bigram multisets (Σ min of counts), and a set's size is its bigram count.
 * Ids rank tokens from rarest to most common over both lists, so a set's
 * first tokens are its most telling ones (what prefix filtering relies on).
 */
export function tokenise(lists: readonly (readonly string[])[]): Int32Array[][] {
  const gramIds = new Map<number, number>()
  // Token ids of each gram's 1st, 2nd… occurrence in a text, by dense gram id.
  const tokensOf: number[][] = []
  const frequency: number[] = []
  const all = bigramLists(lists.flat())
  let next = 0
  const raw = lists.map((keys) =>
    keys.map(() => {
      // Sorted, a text's repeats of a gram are one run: its k-th occurrence is the k-th of the run.
      const sorted = sortNumbers(all[next++] as Int32Array | Float64Array)
      const ids = new Int32Array(sorted.length)
      for (let i = 0, k = 0; i < sorted.length; i++) {
        k = i > 0 && sorted[i] === sorted[i - 1] ? k + 1 : 0
        let gram = gramIds.get(sorted[i] as number)
        if (gram === undefined) {
          gramIds.set(sorted[i] as number, (gram = tokensOf.length))
          tokensOf.push([])
        }
        const ofGram = tokensOf[gram] as number[]
        if (ofGram.length === k) {
          ofGram.push(frequency.length)
          frequency.push(0)
        }
        const id = ofGram[k] as number
        frequency[id] = (frequency[id] as number) + 1
        ids[i] = id
      }
      return ids
    }),
  )
  // Rank by frequency, then id: a counting sort (frequencies are at most the number of texts).
  const first = new Int32Array(lists.reduce((n, keys) => n + keys.length, 0) + 2)
  for (const f of frequency) first[f + 1] = (first[f + 1] as number) + 1
  for (let f = 1; f < first.length; f++) first[f] = (first[f] as number) + (first[f - 1] as number)
  const rank = new Int32Array(frequency.length)
  frequency.forEach((f, id) => {
    rank[id] = first[f] as number
    first[f] = (first[f] as number) + 1
  })
  return raw.map((texts) =>
    texts.map((ids) => {
      for (let i = 0; i < ids.length; i++) ids[i] = rank[ids[i] as number] as number
      return sortNumbers(ids)
    }),
  )
}

/**
 * Pair texts one-to-one by bigram Dice similarity `2·|A∩B| / (|A|+|B|)` at or
 * above `threshold`: best similarity first; ties go to the pair whose
 * relative positions in the two lists are closest, then to the lower
 * indexes. The result is therefore the same on every run and machine, and
 * the same as the plain quadratic way whenever no text has more than
 * `limits` allow of candidates (see {@link JOIN_LIMITS}: only lists of
 * thousands of alike but different texts reach them).
 *
 * @returns the pairs, sorted by their index in `b`.
 * @example
 * ```ts
 * matchTexts(['加强专利保护', '完善商标审查'], ['完善商标审查制度', '加强专利保护'], 0.5)
 * // [{ a: 1, b: 0, similarity: 0.833… }, { a: 0, b: 1, similarity: 1 }]
 * ```
 */
export function matchTexts(a: readonly string[], b: readonly string[], threshold: number, limits: JoinLimits = JOIN_LIMITS): TextMatch[] {
  const classesA = classify(a)
  const classesB = classify(b)
  const [tokensA, tokensB] = tokenise([classesA.keys, classesB.keys]) as [Int32Array[], Int32Array[]]
  // Where each class first appears, on b's scale: where to look first when a text has too many candidates.
  const scale = a.length > 1 ? (b.length - 1) / (a.length - 1) : 0
  const placeA = classesA.members.map((m) => (m[0] as number) * scale)
  const placeB = classesB.members.map((m) => m[0] as number)
  const candidates = similarClasses(tokensA, tokensB, placeA, placeB, threshold, limits)
  return greedyMatch(a.length, b.length, classesA, classesB, candidates)
}
