/**
 * Deadlines and time frames written inside notes: `2022年底前完成`,
 * `6月底完成`, `2020年10月底前`, `持续推进`. A whole clause must read as one,
 * so a title in brackets (`2021—2035年`) or a plain year is never taken.
 */

// Literals, not built from parts, so that the ReDoS test can check them.
// A date: an optional year or span of years, month, day and part of the year
// (at least one, see HAS_WHEN), then an optional bound (`前`, `起`) and verb.
const DATED =
  /^(?:于|在|到|至|力争|争取)?(?:(?:\d{4}|[〇○零一二三四五六七八九十]{4})年(?:[—–\-－~～至到](?:\d{4}|[〇○零一二三四五六七八九十]{4})年)?)?(?:(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})月份?)?(?:(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})日)?(?:上旬|中旬|下旬|底|末|初|中|上半年|下半年|第?[一二三四1-4]季度|年底|年末|年中|年内|内)?(?:前|以前|之前|内|起|开始)?(?:基本完成|全面完成|完成|出台|印发|发布|启动|实施|推进|持续推进|见效|建成|上线|落实|取得阶段性成果|取得进展|完成印发|完成修订|完成制定|报送)?$/
const HAS_WHEN = /(?:\d{4}|[〇○零一二三四五六七八九十]{4})年|(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})月份?|(?:上旬|中旬|下旬|底|末|初|中|上半年|下半年|第?[一二三四1-4]季度|年底|年末|年中|年内|内)/
const PLAIN_YEARS = /^(?:\d{4}|[〇○零一二三四五六七八九十]{4})年(?:[—–\-－~～至到](?:\d{4}|[〇○零一二三四五六七八九十]{4})年)?$/

/** Time frames with no date. */
const UNDATED = /^(?:持续推进|长期坚持|持续实施|持续开展|长期推进|逐步推进|分步实施|按年度推进|年内完成|每年(?:开展|推进|发布|完成)?|长期|持续|常态化推进|按计划推进|(?:\d{4}|[〇○零一二三四五六七八九]{4})年起(?:持续)?(?:推进|实施|开展)?)$/

// A character every deadline has: HAS_WHEN needs one of 年 月 旬 底 末 初 中 季 内,
// and each UNDATED wording one of 持 长 逐 分 按 年 每 常. Most clauses (`知识产权局负责`)
// have none and skip the big expressions (whose first use alone costs milliseconds).
const MAYBE_WHEN = /[年月旬底末初中季内持长逐分按每常]/

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
  if (!MAYBE_WHEN.test(clause)) return false
  const text = clause.replace(/\s+/g, '')
  if (!text) return false
  if (UNDATED.test(text)) return true
  return DATED.test(text) && HAS_WHEN.test(text) && !PLAIN_YEARS.test(text)
}
