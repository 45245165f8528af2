/**
 * The plain matcher diffPlans used before it indexed candidates (kept as the
 * slow oracle of src/analytics/similarity.ts): every pair of texts sharing a
 * bigram is scored, every pair at or above the threshold is sorted, and the
 * pairs are taken greedily. Quadratic in time and memory; the fast matcher
 * must give the same pairs.
 */

/** Letters, digits and CJK ideographs only: punctuation, spaces and widths do not make texts differ. */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '')
}

/** Bigram → count. A one-character text counts as one "bigram" of itself. */
function bigrams(text: string): Map<string, number> {
  const s = normalise(text)
  const grams = new Map<string, number>()
  if (s.length === 1) grams.set(s, 1)
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2)
    grams.set(g, (grams.get(g) ?? 0) + 1)
  }
  return grams
}

const size = (grams: Map<string, number>) => [...grams.values()].reduce((n, c) => n + c, 0)

/** A pair of indexes into the two lists and how alike the texts are (0–1). */
export interface TextMatch {
  a: number
  b: number
  similarity: number
}

/**
 * Dice similarity `2·|A∩B| / (|A|+|B|)` over bigram multisets of every pair
 * of texts that share at least one bigram, at or above `threshold`.
 */
export function similarPairs(a: readonly string[], b: readonly string[], threshold: number): TextMatch[] {
  const bGrams = b.map(bigrams)
  const bSizes = bGrams.map(size)
  const index = new Map<string, { j: number; count: number }[]>()
  bGrams.forEach((grams, j) => {
    for (const [g, count] of grams) {
      let postings = index.get(g)
      if (!postings) index.set(g, (postings = []))
      postings.push({ j, count })
    }
  })
  const pairs: TextMatch[] = []
  const shared = new Float64Array(b.length)
  a.forEach((text, i) => {
    const grams = bigrams(text)
    const aSize = size(grams)
    shared.fill(0)
    for (const [g, count] of grams) {
      for (const p of index.get(g) ?? []) shared[p.j] = (shared[p.j] as number) + Math.min(count, p.count)
    }
    for (let j = 0; j < b.length; j++) {
      const common = shared[j] as number
      if (common === 0) continue
      const similarity = (2 * common) / (aSize + (bSizes[j] as number))
      if (similarity >= threshold) pairs.push({ a: i, b: j, similarity })
    }
  })
  return pairs
}

/**
 * Pair texts one-to-one: best similarity first; ties go to the pair whose
 * relative positions in the two lists are closest, then to the lower
 * indexes. The result is therefore the same on every run and machine.
 *
 * @returns the pairs, sorted by their index in `b`.
 */
export function matchTextsPlain(a: readonly string[], b: readonly string[], threshold: number): TextMatch[] {
  const rel = (i: number, n: number) => (n > 1 ? i / (n - 1) : 0)
  const distance = (p: TextMatch) => Math.abs(rel(p.a, a.length) - rel(p.b, b.length))
  const candidates = similarPairs(a, b, threshold).sort(
    (x, y) => y.similarity - x.similarity || distance(x) - distance(y) || x.a - y.a || x.b - y.b,
  )
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  const chosen: TextMatch[] = []
  for (const p of candidates) {
    if (usedA.has(p.a) || usedB.has(p.b)) continue
    usedA.add(p.a)
    usedB.add(p.b)
    chosen.push(p)
  }
  return chosen.sort((x, y) => x.b - y.b)
}
