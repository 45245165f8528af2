import { CLOSE_BRACKETS, LIST_SEPARATORS, OPEN_BRACKETS, isWhite } from '../chars.js'

/** What a responsibility note says, before positions are attached. */
export interface NoteParts {
  departments: string[]
  /** How many of `departments`, from the front, lead. */
  leadCount: number
  byDuty: boolean
}

const BY_DUTY = ['按职责分工分别负责', '按职责分工负责']
const RESPONSIBLE = '负责'

/** Split a list of names at `、` `，` `,` outside brackets, so `联席会议（有关）成员单位` stays whole. */
export function splitNames(list: string): string[] {
  const names: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i <= list.length; i++) {
    const ch = list[i]
    if (ch !== undefined && OPEN_BRACKETS.includes(ch)) depth++
    else if (ch !== undefined && CLOSE_BRACKETS.includes(ch)) depth = Math.max(0, depth - 1)
    else if (ch === undefined || (depth === 0 && LIST_SEPARATORS.includes(ch))) {
      const name = list.slice(from, i).trim()
      if (name) names.push(name)
      from = i + 1
    }
  }
  return names
}

/**
 * Read the inside of a bracketed note as an assignment of responsibility:
 * `市场监管总局、农业农村部、知识产权局负责`, `…按职责分工负责`.
 *
 * @returns `null` when the words assign nothing (`2021—2035年`, `TISC`).
 */
export function parseNote(inner: string): NoteParts | null {
  const body = inner.trim()
  const duty = BY_DUTY.find((suffix) => body.endsWith(suffix))
  const suffix = duty ?? (body.endsWith(RESPONSIBLE) ? RESPONSIBLE : undefined)
  if (suffix === undefined) return null
  const departments = splitNames(body.slice(0, body.length - suffix.length))
  if (departments.length === 0) return null
  return { departments, leadCount: 1, byDuty: duty !== undefined }
}

/** A note found in a text, as indexes into that text (`end` is past the closing bracket). */
export interface NoteMatch {
  start: number
  end: number
  parts: NoteParts
}

/** Characters a document may put after the note: `…负责）。` */
const TRAILING = '。．.；;'

/**
 * Find the bracketed note that closes a task and assigns responsibility.
 * Brackets are matched by depth, of either width, so a note may contain
 * brackets of its own.
 */
export function findFinalNote(text: string): NoteMatch | null {
  let close = text.length - 1
  while (close >= 0 && (isWhite(text[close]) || TRAILING.includes(text[close] as string))) close--
  if (close < 0 || !CLOSE_BRACKETS.includes(text[close] as string)) return null
  let depth = 0
  for (let i = close; i >= 0; i--) {
    const ch = text[i] as string
    if (CLOSE_BRACKETS.includes(ch)) depth++
    else if (OPEN_BRACKETS.includes(ch) && --depth === 0) {
      const parts = parseNote(text.slice(i + 1, close))
      return parts ? { start: i, end: close + 1, parts } : null
    }
  }
  return null
}
