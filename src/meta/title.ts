import type { Meta, Paragraph } from '../types.js'
import { parseDate } from './dates.js'
import { placeIn, spanOf } from './place.js'

const SENTENCE_END = /[。！？；!?;：:]$/
const ASIDE = /^[（(〔【].*[）)〕】]$/
// `2021—2022年度`, `2023年度`: the plan's own period (a 纲要's `2021—2035年` is not one).
const RANGE_YEARLY = /(\d{4})\s*[—–\-－~～至到]+\s*(\d{4})\s*年度/
const YEARLY = /(\d{4})\s*年度/
// In a title only: `2021—2025年…计划`, `2023年…推进计划`.
const RANGE = /(\d{4})\s*[—–\-－~～至到]+\s*(\d{4})\s*年/
const YEAR = /(\d{4})\s*年(?![\d度]|\d*月)/

/**
 * Blank out `《…》` so a cited title's years are never read as the plan's.
 * A scan, not `/《[^》]*》/g`, which is quadratic on a run of unclosed `《`.
 */
function outsideTitles(text: string): string {
  let out = ''
  let from = 0
  for (;;) {
    const open = text.indexOf('《', from)
    const close = open < 0 ? -1 : text.indexOf('》', open + 1)
    if (close < 0) return out + text.slice(from)
    out += text.slice(from, open) + '\u0000'.repeat(close + 1 - open)
    from = close + 1
  }
}

function findPeriod(p: Paragraph, patterns: readonly RegExp[]): Meta['period'] {
  const text = outsideTitles(p.text)
  for (const pattern of patterns) {
    const m = pattern.exec(text)
    if (!m) continue
    const from = Number(m[1])
    const to = Number(m[2] ?? m[1])
    if (to < from || to - from > 10) continue
    return { raw: p.text.slice(m.index, m.index + m[0].length), from, to, position: placeIn(p, m.index, m.index + m[0].length) }
  }
  return undefined
}

function titleLike(p: Paragraph): boolean {
  // `附件` / `附件1` heads the attached plan; the title follows it.
  return !SENTENCE_END.test(p.text) && !ASIDE.test(p.text) && !/^附件\s*\d*$/.test(p.text) && !parseDate(p.text) && p.text.length <= 80
}

/**
 * The plan's title, period and preamble from the paragraphs after its notice.
 * `cited` is the title the notice quotes (`印发《X》的通知`), the strongest hint.
 */
export function readTitle(paragraphs: readonly Paragraph[], cited: string | undefined): Pick<Meta, 'title' | 'period' | 'preamble'> {
  const squash = (s: string) => s.replace(/[\s\u3000]+/g, '')
  const wanted = cited ? squash(cited) : ''
  let at = cited ? paragraphs.findIndex((p) => squash(p.text) === wanted) : -1
  if (at < 0) at = paragraphs.findIndex(titleLike)
  if (at < 0) return {}
  const lines = [paragraphs[at] as Paragraph]
  // A long title wraps onto a second line that is no sentence either.
  const next = paragraphs[at + 1]
  if (next && titleLike(next) && next.text.length <= 40 && at + 2 < paragraphs.length && !cited) lines.push(next)
  const title = { raw: lines.map((p) => p.text).join(''), position: spanOf(lines) }

  const rest = paragraphs.slice(at + lines.length)
  const preamble = rest.length > 0 ? { raw: rest.map((p) => p.text).join('\n'), position: spanOf(rest) } : undefined
  let period: Meta['period']
  for (const p of lines) period ??= findPeriod(p, [RANGE_YEARLY, YEARLY, RANGE, YEAR])
  for (const p of rest) period ??= findPeriod(p, [RANGE_YEARLY, YEARLY])
  return { title, ...(period ? { period } : {}), ...(preamble ? { preamble } : {}) }
}
