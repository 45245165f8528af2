/**
 * Deadlines and time frames written inside notes: `2022年底前完成`,
 * `6月底完成`, `2020年10月底前`, `持续推进`. A whole clause must read as one,
 * so a title in brackets (`2021—2035年`) or a plain year is never taken.
 */
import { isJsSpaceCode } from '../../chars.js'

// Literals, not built from parts, so that the ReDoS test can check them.
// A date: an optional year or span of years, month, day and part of the year
// (at least one, see HAS_WHEN), then an optional bound (`前`, `起`) and verb.
const DATED =
  /^(?:于|在|到|至|力争|争取)?(?:(?:\d{4}|[〇○零一二三四五六七八九十]{4})年(?:[—–\-－~～至到](?:\d{4}|[〇○零一二三四五六七八九十]{4})年)?)?(?:(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})月份?)?(?:(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})日)?(?:上旬|中旬|下旬|底|末|初|中|上半年|下半年|第?[一二三四1-4]季度|年底|年末|年中|年内|内)?(?:前|以前|之前|内|起|开始)?(?:基本完成|全面完成|完成|出台|印发|发布|启动|实施|推进|持续推进|见效|建成|上线|落实|取得阶段性成果|取得进展|完成印发|完成修订|完成制定|报送|取得(?:明显|积极|显著)?成效|取得实效|初见成效|基本建成|全面建成|建成投用|投入使用|上线运行|落地见效|完成验收|出台实施|制定出台|印发实施|全面推开|全面实施|实现全覆盖)?$/
const HAS_WHEN = /(?:\d{4}|[〇○零一二三四五六七八九十]{4})年|(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})月份?|(?:上旬|中旬|下旬|底|末|初|中|上半年|下半年|第?[一二三四1-4]季度|年底|年末|年中|年内|内)/
const PLAIN_YEARS = /^(?:\d{4}|[〇○零一二三四五六七八九十]{4})年(?:[—–\-－~～至到](?:\d{4}|[〇○零一二三四五六七八九十]{4})年)?$/

/**
 * A date bound and what is to be done by it, in words of the plan's own:
 * `2025年6月底前出台实施方案`, `三季度内形成工作方案`. The date must end in a
 * bound (`前`, `内`) and the words start with a verb of outcome, so that a
 * clause naming a unit after a date (`2025年底前市财政局完成`) is not one.
 */
const DATED_OUTCOME =
  /^(?:于|在|到|至|力争|争取)?(?:(?:\d{4}|[〇○零一二三四五六七八九十]{4})年)?(?:(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})月份?)?(?:上旬|中旬|下旬|底|末|初|中|上半年|下半年|第?[一二三四1-4]季度|年底|年末|年中)?(?:前|以前|之前|内)(?:出台|完成|制定|修订|印发|建成|建立|实现|开展|启动|形成|召开|提交|报送|上线|取得|基本|全面|初步|推出|发布|编制|组建|投用|投运|达到|覆盖)[\u4e00-\u9fff]{0,14}$/
/** Names of units end so (see the grammar's suffixes); an outcome that ends so names one (`…前市财政局完成` does not end so, but holds one). */
const UNIT_IN_OUTCOME = /[局委厅办院署]|政府|中心|单位|部门/

/** Time frames with no date. */
const UNDATED = /^(?:持续推进|长期坚持|持续实施|持续开展|长期推进|逐步推进|分步实施|按年度推进|年内完成|每年(?:开展|推进|发布|完成)?|长期|持续|常态化推进|按计划推进|(?:\d{4}|[〇○零一二三四五六七八九]{4})年起(?:持续)?(?:推进|实施|开展)?)$/

// Both expressions are anchored at both ends, so a deadline is written only
// with characters of their sources (`\d` and `1-4` being ASCII digits), white
// space aside. Most clauses (`知识产权局负责`) fail on their first character and
// never compile or run the big expressions, whose first use costs milliseconds.
const ALPHABET = new Set<number>()
for (const source of [DATED.source, UNDATED.source, '0123456789']) for (let i = 0; i < source.length; i++) ALPHABET.add(source.charCodeAt(i))

/** Dashes and tildes, which DATED admits only in a span of years (`2021年—2022年`). */
const SPAN_MARKS = '—–-－~～'
const YEAR = 0x5e74 // 年

/**
 * Does every dash follow a 年, as DATED requires? A title's span of years
 * written without the first 年 (`2021—2035年`) fails here without DATED.
 */
function dashesFollowYears(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (SPAN_MARKS.includes(text[i] as string) && text.charCodeAt(i - 1) !== YEAR) return false
  return true
}

function mayBeDeadline(clause: string): boolean {
  for (let i = 0; i < clause.length; i++) {
    const c = clause.charCodeAt(i)
    if (!ALPHABET.has(c) && !isJsSpaceCode(c)) return false
  }
  return true
}

/**
 * Does this clause, as a whole, state a deadline or time frame?
 *
 * @example
 * ```ts
 * isDeadline('2022年底前完成') // true
 * isDeadline('持续推进')       // true
 * isDeadline('2021—2035年')    // false: a span of years, not a deadline
 * ```
 */
export function isDeadline(clause: string): boolean {
  const text = clause.replace(/\s+/g, '')
  if (!text) return false
  if (!mayBeDeadline(clause)) return datedOutcome(text)
  if (UNDATED.test(text)) return true
  // The small tests first: DATED is big, and costs milliseconds to compile
  // on first use and again on its second, when V8 makes native code of it.
  return !PLAIN_YEARS.test(text) && HAS_WHEN.test(text) && dashesFollowYears(text) && DATED.test(text)
}

/** `2025年6月底前出台实施方案`: see {@link DATED_OUTCOME}. */
function datedOutcome(text: string): boolean {
  if (!ALPHABET.has(text.charCodeAt(0)) || !HAS_WHEN.test(text) || !DATED_OUTCOME.test(text)) return false
  const bound = /前|内/.exec(text) as RegExpExecArray
  return !UNIT_IN_OUTCOME.test(text.slice(bound.index + 1))
}

/**
 * {@link isDeadline} for `text[start, end)`, with no slice made when its first
 * character cannot start one (most clauses: `知识产权局负责`).
 */
export function isDeadlineIn(text: string, start: number, end: number): boolean {
  return start < end && ALPHABET.has(text.charCodeAt(start)) && isDeadline(text.slice(start, end))
}

/** Can a deadline start with the UTF-16 code `c`? Most notes' first character cannot. */
export function mayStartDeadline(c: number): boolean {
  return ALPHABET.has(c)
}
