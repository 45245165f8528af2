import { CLOSE, LIST_SEPARATOR, OPEN, charIs } from '../../chars.js'
import { OPEN_ENDINGS, endingOf } from './keywords.js'

/** A department name found in a list; `start`/`end` index the text the list was read from. */
export interface NameSpan {
  name: string
  start: number
  end: number
}

/**
 * Collective phrases that contain list separators of their own and must not
 * be cut: `各省、自治区、直辖市人民政府`, `国务院各部委、各直属机构`.
 */
// Collective addressees whose own 、 must not split them; a bracketed tail (`市场监管局（厅、委）`) is left to the depth count.
const WHOLE = [/^各省、自治区、直辖市(?:及新疆生产建设兵团)?[^、，,；;（(]*/, /^国务院各部委、各直属机构/, /^各省（自治区、直辖市）[^、，,；;（(]*/]

// A page footer glued into a note by a page break: `— 12 —`, `- 3 -`.
const FOOTER = /[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2}/g
const WHITE = /[\s\u3000\u00a0\ufeff]+/g
const EDGE_START = /^(?:[\s\u3000\u00a0\ufeff]+|[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2})/
const EDGE_END = /(?:[\s\u3000\u00a0\ufeff]|[—–\-－]{1,2}\s?\d{1,4}\s?[—–\-－]{1,2})$/

/**
 * Can `text[start, end)` hold nothing {@link cleanName} or the edge trims would
 * touch: no white space (what `\s` matches) and no dash of a page footer?
 * Nearly every name is plain, and is then taken as written with no regex run.
 */
function isPlain(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c <= 0x20 || c === 0x2d || c === 0xa0 || c === 0x1680 || c === 0x3000 || c === 0xfeff || c === 0xff0d) return false
    if (c >= 0x2000 && c <= 0x205f && (c <= 0x200a || c === 0x2013 || c === 0x2014 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f)) return false
  }
  return true
}

/** How the {@link WHOLE} phrases begin: other names skip their expressions. */
const WHOLE_STARTS = ['各省', '国务院各部委']

/** The name as meant: no white space or page footer left inside it by a line or page break. */
export function cleanName(raw: string): string {
  return raw.replace(FOOTER, '').replace(WHITE, '')
}

/**
 * Split `text[from, to)` into names at `、` `，` `,` outside brackets, keeping
 * `联席会议（有关）成员单位` and `各省、自治区、直辖市人民政府` whole. An open
 * ending (`等`, `等部门`) is cut off the last name and reported.
 *
 * @example
 * ```ts
 * splitNameSpans('中央宣传部、商务部等部门').names.map((n) => n.name) // ['中央宣传部', '商务部']
 * ```
 */
export function splitNameSpans(text: string, from = 0, to = text.length): { names: NameSpan[]; open: boolean } {
  const names: NameSpan[] = []
  let depth = 0
  let begin = from
  let open = false

  const push = (start: number, end: number) => {
    let raw = text.slice(start, end)
    // Every open ending has a 等.
    if (isPlain(text, start, end) && !raw.includes('等')) {
      if (raw) names.push({ name: raw, start, end })
      return
    }
    const ending = endingOf(cleanName(raw), OPEN_ENDINGS)
    if (ending) {
      // Cut the ending as written, white space or not.
      let cut = raw.length
      for (let left = ending.length; left > 0 && cut > 0; cut--) if (!/\s/.test(raw[cut - 1] as string)) left--
      raw = raw.slice(0, cut)
      end = start + cut
      open = true
    }
    const name = cleanName(raw)
    if (!name) return
    // The span covers the name only, not a footer or white space at its edges.
    for (let m: RegExpExecArray | null; (m = EDGE_START.exec(text.slice(start, end))); ) start += m[0].length
    // Only the tail is searched: a footer is short, and an unanchored search over a long slice is quadratic.
    for (let m: RegExpExecArray | null; (m = EDGE_END.exec(text.slice(Math.max(start, end - 16), end))); ) end -= m[0].length
    names.push({ name, start, end })
  }

  for (let i = from; i <= to; i++) {
    if (i === begin && i < to && WHOLE_STARTS.some((start) => text.startsWith(start, i))) {
      const rest = text.slice(i, to)
      const whole = WHOLE.map((re) => re.exec(rest)).find((m) => m !== null)
      if (whole) {
        i += whole[0].length - 1
        continue
      }
    }
    // NaN past the text's end, in no set.
    const c = text.charCodeAt(i)
    if (i < to && charIs(c, OPEN)) depth++
    else if (i < to && charIs(c, CLOSE)) depth = Math.max(0, depth - 1)
    else if (i === to || (depth === 0 && charIs(c, LIST_SEPARATOR))) {
      push(begin, i)
      begin = i + 1
      // Skip the spaces after a separator so the phrase check above sees the name's first character.
      while (begin < to && /\s/.test(text[begin] as string)) begin++
      if (begin > i + 1) i = begin - 1
    }
  }
  return { names, open }
}
