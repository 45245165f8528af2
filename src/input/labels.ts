/**
 * Label segments (`责任单位：…`, `完成时限：…`) that a flattened copy runs into
 * the line after a unit's text. Clean-up starts a line at each, so that the
 * tree builder sees the label lines it attaches to the unit before them.
 *
 * The unit labels are the note grammar's (`extract/`); when the grammar
 * exposes `isLabelLine`, this check should become a call to it.
 */
import { COLONS, LABELS } from '../extract/wordings/keywords.js'
import { inSet, isSpaceCode } from '../chars.js'

/** Labels of the other clauses a label line may hold: deadlines, and who oversees or divides the work. */
const OTHER_LABELS = ['完成时限', '时限要求', '时间节点', '完成时间', '完成時限', '時限要求', '時間節點', '完成時間', '分管省领导', '分管领导', '部门分工', '分管領導', '部門分工']

const WORDS = [...new Set([...LABELS.map((l) => l.word), ...OTHER_LABELS])]
/** The characters labels start with: a line that starts with none of them is decided at once. */
const FIRST = new Set(WORDS.map((w) => w.charCodeAt(0)))

/**
 * Does a label and its colon start at `i` (`责任单位：`, `牵头单位:`)?
 *
 * @example
 * ```ts
 * labelAt('缩小。 责任单位:县发改局', 4, 14) // true
 * labelAt('缩小。 责任重大', 4, 8)           // false
 * ```
 */
export function labelAt(text: string, i: number, end: number): boolean {
  if (!FIRST.has(text.charCodeAt(i))) return false
  for (const word of WORDS) {
    if (!text.startsWith(word, i)) continue
    let k = i + word.length
    while (k < end && isSpaceCode(text.charCodeAt(k))) k++
    if (k < end && inSet(COLONS, text.charCodeAt(k))) return true
  }
  return false
}
