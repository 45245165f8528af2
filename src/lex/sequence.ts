/**
 * The numbering state the tokenizer reads markers against: the last number
 * taken in each family, and what the previous line was. Shared by the line
 * starts and the mid-line search, so both judge a marker by the same state.
 */
import type { Construct, MarkerMatch } from './construct.js'
import { constructs } from './constructs/index.js'

/** How far past the last number a heading may jump and still be read as one (a gap). */
const MAX_JUMP = 10
/**
 * The largest number taken out of turn. Past it (the 10 000th task of a long
 * plan, `20210.` or `100000.` in prose) a number is a marker only as the very
 * next one of its family: a jump there is far likelier a figure than a unit.
 */
const MAX_FREE = 9999

/**
 * A family's place in the table: its counter. Found by identity among the
 * few families, which costs less than a map's look-up on every marker.
 */
function indexOf(construct: Construct): number {
  for (let k = 0; k < constructs.length; k++) if (constructs[k] === construct) return k
  return -1
}

/**
 * The counters a unit of each family restarts, by the family's index: those
 * of every inner family that does not number on across outer units. `一、`
 * restarts `（一）` and the sub-items, not the tasks, which run on (1–115 over
 * seven chapters).
 */
const RESETS: readonly (readonly number[])[] = constructs.map((c) => constructs.filter((inner) => inner.rank > c.rank && !inner.continues).map(indexOf))

export class Sequence {
  /** The last number taken per family (0: none yet, or restarted). */
  private readonly last = new Int32Array(constructs.length)
  /** Per family, the last number it took before an outer unit restarted it: where it would have gone on. */
  private readonly carried = new Int32Array(constructs.length)
  /** The previous line was a chapter- or section-level heading. */
  afterHeading = true
  /** The previous line ended a sentence (or was a heading). */
  prevComplete = true

  /** The number a unit of `construct` would carry next. */
  expected(construct: Construct): number {
    return (this.last[indexOf(construct)] as number) + 1
  }

  /**
   * Is a marker at a line start really one? The next number is always taken;
   * a jump ahead, a repeat or a step back only when the previous line was
   * complete, so that a wrapped sentence going on with `3、…` or `2021.`
   * stays text. Right after a heading any number is taken, which keeps
   * swapped chapters and restarting task lists intact. Sub-items and weak
   * markers, and numbers past {@link MAX_FREE}, are taken only in turn.
   */
  accepts(construct: Construct, match: MarkerMatch): boolean {
    const index = indexOf(construct)
    const last = this.last[index] as number
    if (match.value === last + 1) return true
    // Right after a heading, the number after the one the heading restarted: `（3）` under `（二）`
    // in a plan that numbers its `（n）` tasks on across sections, as sections may run on across chapters.
    if (this.afterHeading && last === 0 && (this.carried[index] as number) > 0 && match.value === (this.carried[index] as number) + 1 && !match.weak) return true
    if (match.weak || construct.strict || match.value > MAX_FREE) return false
    if (this.afterHeading) return true
    if (!this.prevComplete) return false
    return match.value <= last + MAX_JUMP
  }

  /**
   * A part of the document begins (`第二部分 重点任务`, see `isPartLine`): the
   * families that restart under a heading start again, as after one.
   */
  part(): void {
    for (let k = 0; k < constructs.length; k++) {
      if ((constructs[k] as Construct).continues) continue
      this.last[k] = 0
      this.carried[k] = 0
    }
    this.afterHeading = true
    this.prevComplete = true
  }

  /** Record a unit of `construct` numbered `value`, restarting the families inside it. */
  take(construct: Construct, value: number): void {
    const index = indexOf(construct)
    this.last[index] = value
    this.carried[index] = 0
    const resets = RESETS[index] as readonly number[]
    for (let i = 0; i < resets.length; i++) {
      const inner = resets[i] as number
      if ((this.last[inner] as number) > 0) this.carried[inner] = this.last[inner] as number
      this.last[inner] = 0
    }
  }
}
