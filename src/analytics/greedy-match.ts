/**
 * The greedy one-to-one assignment over candidate classes, without listing
 * every pair: the pairs at or above the threshold, taken most similar first
 * (ties: closest relative position, then lowest `a`, then lowest `b`), each
 * text at most once.
 *
 * Taking pairs in that order, skipping used texts, is taking again and again
 * the best pair whose two texts are both unused. A heap holds, for each
 * unused text of `a`, its best pair with an unused text of `b`; when the top
 * pair's `b` text was taken meanwhile, that `a` text's next best is looked up
 * and the heap re-settled (an entry only ever gets worse, so the top is
 * always the true best). Within a candidate class of `b`, the best unused
 * copy of a text is the nearest unused one on either side of `a`'s relative
 * position, found by skip pointers over the class's used copies.
 */
import type { ClassCandidates } from './similar-classes.js'
import type { TextClasses, TextMatch } from './similarity.js'

/** Relative position of index `i` in a list of `n`: 0 to 1. */
const rel = (i: number, n: number) => (n > 1 ? i / (n - 1) : 0)

/**
 * The copies of each class of `b` laid out one class after another, each
 * between two sentinel slots, with union-find pointers to the nearest unused
 * slot on the right and on the left.
 */
class Copies {
  readonly base: Int32Array
  readonly slotOf: Int32Array
  readonly right: Int32Array
  readonly left: Int32Array
  constructor(readonly members: readonly number[][], n: number) {
    this.base = new Int32Array(members.length)
    this.slotOf = new Int32Array(n)
    let slot = 0
    members.forEach((list, c) => {
      this.base[c] = slot
      list.forEach((j, k) => (this.slotOf[j] = slot + 1 + k))
      slot += list.length + 2
    })
    this.right = new Int32Array(slot)
    for (let s = 0; s < slot; s++) this.right[s] = s
    this.left = this.right.slice()
  }

  use(j: number): void {
    const s = this.slotOf[j] as number
    this.right[s] = s + 1
    this.left[s] = s - 1
  }

  private find(links: Int32Array, s: number): number {
    while (links[s] !== s) {
      const next = links[s] as number
      links[s] = links[next] as number
      s = next
    }
    return s
  }

  /** The unused copies of class `c` nearest to relative position `at`, left then right (-1 for none). */
  nearest(c: number, at: number, nB: number): [number, number] {
    const list = this.members[c] as number[]
    const base = this.base[c] as number
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (rel(list[mid] as number, nB) >= at) hi = mid
      else lo = mid + 1
    }
    const r = this.find(this.right, base + 1 + lo)
    const l = this.find(this.left, base + lo)
    return [l > base ? (list[l - base - 1] as number) : -1, r <= base + list.length ? (list[r - base - 1] as number) : -1]
  }
}

export function greedyMatch(nA: number, nB: number, classesA: TextClasses, classesB: TextClasses, candidates: ClassCandidates): TextMatch[] {
  const copies = new Copies(classesB.members, nB)
  const usedB = new Uint8Array(nB)
  // Each a text's current best pair, and where its search is in its class's candidate list.
  const bestB = new Int32Array(nA)
  const bestSim = new Float64Array(nA)
  const bestDist = new Float64Array(nA)
  const group = new Int32Array(nA)

  /** Find `i`'s best pair with an unused `b` text, from its current similarity group down; false if none is left. */
  const advance = (i: number): boolean => {
    const c = classesA.classOf[i] as number
    const classes = candidates.classes[c] as Int32Array
    const sims = candidates.similarities[c] as Float64Array
    const at = rel(i, nA)
    let g = group[i] as number
    while (g < classes.length) {
      const sim = sims[g] as number
      let j = -1
      let dist = Infinity
      let end = g
      for (; end < classes.length && sims[end] === sim; end++) {
        for (const k of copies.nearest(classes[end] as number, at, nB)) {
          if (k < 0) continue
          const d = Math.abs(at - rel(k, nB))
          if (d < dist || (d === dist && k < j)) {
            dist = d
            j = k
          }
        }
      }
      if (j >= 0) {
        group[i] = g
        bestB[i] = j
        bestSim[i] = sim
        bestDist[i] = dist
        return true
      }
      g = end
    }
    group[i] = g
    return false
  }

  const before = (x: number, y: number) =>
    (bestSim[x] as number) > (bestSim[y] as number) ||
    (bestSim[x] === bestSim[y] && ((bestDist[x] as number) < (bestDist[y] as number) || (bestDist[x] === bestDist[y] && x < y)))

  const heap: number[] = []
  for (let i = 0; i < nA; i++) if (advance(i)) heap.push(i)
  for (let k = (heap.length >> 1) - 1; k >= 0; k--) siftDown(heap, k, before)

  const chosen: TextMatch[] = []
  while (heap.length > 0) {
    const i = heap[0] as number
    const j = bestB[i] as number
    if (usedB[j]) {
      // Taken meanwhile: this text's next best, or out of the heap.
      if (!advance(i)) {
        heap[0] = heap[heap.length - 1] as number
        heap.pop()
      }
      siftDown(heap, 0, before)
      continue
    }
    usedB[j] = 1
    copies.use(j)
    chosen.push({ a: i, b: j, similarity: bestSim[i] as number })
    heap[0] = heap[heap.length - 1] as number
    heap.pop()
    siftDown(heap, 0, before)
  }
  return chosen.sort((x, y) => x.b - y.b)
}

function siftDown(heap: number[], k: number, before: (x: number, y: number) => boolean): void {
  const n = heap.length
  for (;;) {
    const l = 2 * k + 1
    if (l >= n) return
    const r = l + 1
    const c = r < n && before(heap[r] as number, heap[l] as number) ? r : l
    if (!before(heap[c] as number, heap[k] as number)) return
    const t = heap[k] as number
    heap[k] = heap[c] as number
    heap[c] = t
    k = c
  }
}
