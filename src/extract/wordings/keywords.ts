/**
 * The words responsibility notes are built from, simplified and traditional,
 * longest first so that `按职责分工负责` wins over `负责`.
 */

/** Each listed body works within its own remit: `按职责分工负责`. */
export const BY_DUTY = [
  '按职责分工分别负责', '按职责分工负责', '按职责分别负责', '按职责负责', '分别负责',
  '按職責分工分別負責', '按職責分工負責', '按職責分別負責', '按職責負責', '分別負責',
]

/** The plain assignment: `A、B负责`. */
export const RESPONSIBLE = ['负责落实', '负责实施', '负责', '負責落實', '負責實施', '負責']

/** The names before these lead: `A牵头`, `A、B牵头负责`. */
export const LEAD = ['牵头负责', '牵头落实', '牵头', '牽頭負責', '牽頭落實', '牽頭']

/** The names before these take part: `B、C参与`, `B配合`. */
export const PARTICIPATE = ['参与', '配合', '协助', '参加', '協助', '參與', '參加']

/** `A会同B负责`: A leads together with B. */
export const TOGETHER_WITH = ['会同', '會同']

export type LabelRole = 'lead' | 'participant' | 'responsible'

/** `牵头单位：A；责任单位：B、C；配合单位：D`. */
export const LABELS: ReadonlyArray<{ word: string; role: LabelRole }> = [
  ...['牵头单位', '牵头部门', '牽頭單位', '牽頭部門', '牵头', '牽頭'].map((word) => ({ word, role: 'lead' as const })),
  ...['配合单位', '配合部门', '参与单位', '参与部门', '协办单位', '配合', '配合單位', '配合部門', '參與單位', '參與部門', '協辦單位'].map((word) => ({
    word,
    role: 'participant' as const,
  })),
  ...['责任单位', '责任部门', '实施单位', '主责单位', '責任單位', '責任部門', '實施單位'].map((word) => ({ word, role: 'responsible' as const })),
]

/** Label and list are parted by a colon of either width. */
export const COLONS = '：:'

/** Endings that leave a list open: `A、B等部门`. */
export const OPEN_ENDINGS = ['等有关部门', '等相关部门', '等有关单位', '等相关单位', '等部门', '等单位', '等有關部門', '等相關部門', '等部門', '等單位', '等']


/** The longest entry of `words` that `text` ends with. */
export function endingOf(text: string, words: readonly string[]): string | undefined {
  let best: string | undefined
  for (const word of words) if (text.endsWith(word) && (best === undefined || word.length > best.length)) best = word
  return best
}
