/**
 * Spaces in PDF text are measured, not read: pdf.js writes a space wherever
 * two glyphs stand apart by more than a tenth of the font size, whether the
 * author typed one or the layout spread the characters. Chinese layout
 * spreads characters all the time: a justified line adds a little room
 * between every two characters (about 0.1 em), so a gap that small between
 * two Chinese characters is layout and goes. A typed space is at least a
 * space glyph wide (0.2–0.35 em in CJK fonts), so a wider gap between two
 * Chinese characters stays (`“放管服”改革 营造良好营商环境`).
 *
 * Between a Chinese character and a Latin letter or digit, the room Word
 * and LibreOffice add on their own (autospacing) is as wide as a typed
 * space, and justification stretches both: no measure tells `2021 年`
 * typed with a space from `2021年` autospaced. Those spaces are kept, as
 * pdf.js reports them; the plan parser reads both forms alike.
 */
import type { TextRun } from './runs.js'

/**
 * Characters set full width (1 em) in Chinese text: Han, CJK punctuation
 * and symbols, full-width forms, and the quotes, dashes and dots Chinese
 * fonts set full width (`“”‘’—…·`).
 */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u2027\u00b7\u30fb]/u
/** Full-width punctuation: it carries its own white space, a gap beside it is never typed. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2010-\u2027\u00b7\u30fb]/u

/** Is `ch` (one character) set full width in Chinese text? */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch)
}

/** A gap at least this wide (in em) between two Chinese characters is a typed space. */
export const TYPED_SPACE = 0.2
/** A gap at least this wide (in em) between a Chinese character and a Latin one is a space (autospacing is 0.25 em and more). */
export const MIXED_SPACE = 0.15
/** A gap at least this wide (in em) between Latin letters or digits is a space (pdf.js's own threshold). */
export const SPACE = 0.1
/** What a Latin letter or digit is taken to be wide (in em) when estimating gaps inside a run. */
const LATIN_WIDTH = 0.5

/**
 * Is a gap of `gap` em between the characters `before` and `after` a space
 * in the text? `measured` is false for a gap inside a run, which pdf.js
 * judged already and only the width of the whole run tells.
 */
export function isSpace(before: string | undefined, after: string | undefined, gap: number, measured = true): boolean {
  if (before === undefined || after === undefined) return false
  if (CJK_PUNCTUATION.test(before) || CJK_PUNCTUATION.test(after)) return false
  const cjk = Number(isCjk(before)) + Number(isCjk(after))
  if (cjk === 2) return gap >= TYPED_SPACE
  if (!measured) return true
  return gap >= (cjk === 1 ? MIXED_SPACE : SPACE)
}

/**
 * The text of a run with the spaces pdf.js put inside it decided again.
 * Inside one run the gaps are not given one by one: the room the run's
 * characters leave over its width, shared among its spaces, is the gap
 * each stands for (exact when the other characters are all Chinese, which
 * are 1 em wide; an estimate when Latin letters are in the run).
 *
 * `runText({ str: '用 中 华', width: 3.22 em… })` → `'用中华'`
 */
export function runText(run: TextRun): string {
  if (!run.str.includes(' ')) return run.str
  const chars = [...run.str]
  let used = 0
  let spaces = 0
  for (const ch of chars) {
    if (ch === ' ') spaces++
    else used += isCjk(ch) ? 1 : LATIN_WIDTH
  }
  const gap = run.size > 0 ? (run.width / run.size - used) / spaces : 1
  let text = ''
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string
    if (ch !== ' ') {
      text += ch
      continue
    }
    let j = i
    while (chars[j] === ' ') j++
    // Several spaces in a row stand for one gap as wide as all of them.
    if (text !== '' && j < chars.length && isSpace(text.at(-1), chars[j], gap * (j - i), false)) text += ' '
    i = j - 1
  }
  return text
}
