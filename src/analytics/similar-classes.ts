/**
 * Which distinct texts of `b` are similar enough to each distinct text of
 * `a`: a set-similarity join by prefix filtering (Chaudhuri et al. 2006;
 * Xiao et al., PPJoin, 2008).
 *
 * Texts are sorted sets of token ids, rarest token first (see `tokenise`).
 * Dice ≥ t needs an overlap of at least `t·|X|/(2−t)` tokens for either set
 * X, and two sets overlapping in `o` tokens share a token among their first
 * `|X|−o+1`: so only the first tokens of each `b` set are indexed, only the
 * first tokens of each `a` set are looked up, and the common bigrams (推进,
 * 工作, 负责), whose postings cover most of the plan, are mostly never read.
 * Every candidate is then scored exactly.
 *
 * The work per text is bounded (`JOIN_LIMITS`) for lists of thousands of
 * alike but different texts (`推进第1项工作` … `推进第28000项工作`), where
 * every pair is a candidate: postings are read up to a budget shared among
 * the text's indexed tokens, shortest lists first, a list longer than its
 * share only around the text's own place; and at most so many candidates,
 * those sharing the most indexed tokens, are scored. Below the bounds, the
 * result is exactly every pair at or above the threshold.
 */

/** Bounds on the work done for one distinct text of `a`. */
export interface JoinLimits {
  /** Postings entries read in all: a list longer than its share is read nearest the text's place first. */
  reads: number
  /** Candidates scored: the ones sharing the most indexed tokens, nearest first. */
  scored: number
}

export const JOIN_LIMITS: JoinLimits = { reads: 1024, scored: 128 }

/** For each class of `a`: the classes of `b` at or above the threshold, most similar first (ties: lower class), and their similarities. */
export interface ClassCandidates {
  classes: Int32Array[]
  similarities: Float64Array[]
}

/** Tokens two sets must share for a Dice of `threshold`, given one set's size (a little slack for rounding). */
function leastOverlap(size: number, threshold: number): number {
  return Math.max(1, Math.ceil((threshold * size) / (2 - threshold) - 1e-9))
}

/** How many of a set's first tokens to index or look up. */
const prefixLength = (size: number, threshold: number) => (size === 0 ? 0 : Math.min(size, size - leastOverlap(size, threshold) + 1))

/** Size of the intersection of two ascending sets. */
function overlap(x: Int32Array, y: Int32Array): number {
  let i = 0
  let j = 0
  let n = 0
  while (i < x.length && j < y.length) {
    const u = x[i] as number
    const v = y[j] as number
    if (u === v) {
      n++
      i++
      j++
    } else if (u < v) i++
    else j++
  }
  return n
}

/** Postings of the indexed tokens, each list ascending by class (so by place in `b`), packed in one array. */
function buildIndex(b: readonly Int32Array[], threshold: number): { start: Int32Array; classes: Int32Array } {
  let tokens = 0
  for (const set of b) if (set.length) tokens = Math.max(tokens, (set[set.length - 1] as number) + 1)
  const start = new Int32Array(tokens + 1)
  b.forEach((set) => {
    for (let k = 0; k < prefixLength(set.length, threshold); k++) {
      const t = (set[k] as number) + 1
      start[t] = (start[t] as number) + 1
    }
  })
  for (let t = 0; t < tokens; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number)
  const fill = start.slice(0, tokens)
  const classes = new Int32Array(start[tokens] as number)
  b.forEach((set, y) => {
    for (let k = 0; k < prefixLength(set.length, threshold); k++) {
      const t = set[k] as number
      classes[fill[t] as number] = y
      fill[t] = (fill[t] as number) + 1
    }
  })
  return { start, classes }
}

/**
 * @param a, b each distinct text as an ascending token set (see `tokenise`)
 * @param placeA, placeB where each class first appears, on `b`'s scale (`placeB` ascending)
 */
export function similarClasses(
  a: readonly Int32Array[],
  b: readonly Int32Array[],
  placeA: readonly number[],
  placeB: readonly number[],
  threshold: number,
  limits: JoinLimits,
): ClassCandidates {
  const index = buildIndex(b, threshold)
  const shared = new Int32Array(b.length)
  const stamp = new Int32Array(b.length).fill(-1)
  const sizes = new Int32Array(b.length)
  b.forEach((set, y) => (sizes[y] = set.length))
  const out: ClassCandidates = { classes: [], similarities: [] }
  const low = threshold / (2 - threshold) - 1e-9
  const high = (2 - threshold) / threshold + 1e-9
  a.forEach((set, x) => {
    const size = set.length
    const touched: number[] = []
    const place = placeA[x] as number
    const least = size * low
    const most = size * high
    const touch = (y: number) => {
      const other = sizes[y] as number
      // Sizes too far apart cannot reach the threshold.
      if (other < least || other > most) return
      if (stamp[y] !== x) {
        stamp[y] = x
        shared[y] = 0
        touched.push(y)
      }
      shared[y] = (shared[y] as number) + 1
    }
    // Shortest postings first, each read whole while the budget allows; a
    // list longer than its share of what is left is read outwards from the
    // text's place, nearest first.
    const lists: [number, number][] = []
    for (let k = 0; k < prefixLength(size, threshold); k++) {
      const t = set[k] as number
      if (t + 1 < index.start.length && index.start[t + 1] !== index.start[t]) lists.push([index.start[t] as number, index.start[t + 1] as number])
    }
    lists.sort((p, q) => p[1] - p[0] - (q[1] - q[0]))
    let budget = limits.reads
    lists.forEach(([from, to], k) => {
      const share = Math.floor(budget / (lists.length - k))
      if (to - from <= share) {
        for (let p = from; p < to; p++) touch(index.classes[p] as number)
        budget -= to - from
        return
      }
      let right = lowerBound(index.classes, from, to, (y) => (placeB[y] as number) >= place)
      let left = right - 1
      for (let n = 0; n < share; n++) {
        const goRight = left < from || (right < to && (placeB[index.classes[right] as number] as number) - place <= place - (placeB[index.classes[left] as number] as number))
        touch(index.classes[goRight ? right++ : left--] as number)
      }
      budget -= share
    })
    const kept: { y: number; similarity: number }[] = []
    for (const y of mostShared(touched, shared, limits.scored)) {
      const other = b[y] as Int32Array
      const similarity = (2 * overlap(set, other)) / (size + other.length)
      if (similarity >= threshold) kept.push({ y, similarity })
    }
    kept.sort((p, q) => q.similarity - p.similarity || p.y - q.y)
    // Filled by hand: TypedArray.from with a map function takes V8's slow path.
    const classes = new Int32Array(kept.length)
    const similarities = new Float64Array(kept.length)
    kept.forEach((c, k) => {
      classes[k] = c.y
      similarities[k] = c.similarity
    })
    out.classes.push(classes)
    out.similarities.push(similarities)
  })
  return out
}

/** First position in `[from, to)` where `test` holds, for a test false then true along the list. */
function lowerBound(list: Int32Array, from: number, to: number, test: (y: number) => boolean): number {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (test(list[mid] as number)) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** At most `limit` of the touched classes: those sharing the most indexed tokens, in the order they were first touched. */
function mostShared(touched: number[], shared: Int32Array, limit: number): number[] {
  if (touched.length <= limit) return touched
  const counts: number[] = []
  for (const y of touched) {
    const c = shared[y] as number
    counts[c] = (counts[c] ?? 0) + 1
  }
  // The lowest count still taken, and how many of that count fit.
  let cut = counts.length - 1
  let room = limit
  while (cut > 0 && (counts[cut] ?? 0) < room) room -= counts[cut--] ?? 0
  const out: number[] = []
  for (const y of touched) {
    const c = shared[y] as number
    if (c > cut || (c === cut && room-- > 0)) out.push(y)
  }
  return out
}
