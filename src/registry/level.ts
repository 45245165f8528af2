/**
 * Levels of government and the places a name starts with: `浙江省…`,
 * `杭州市…`, `西湖区…`, or a bare level word (`省…`, `市…`). What a plan is
 * (its jurisdiction) and what a local unit belongs to are both read here.
 */

import type { Level } from '../types.js'

/** A level of government: the State (central), a province (and the municipalities and regions of its rank), a city or prefecture, a county or district. */
export type { Level }

/** Where a plan (or a unit) sits: a level and, when the text names it, the place (`浙江省`, `杭州市`). */
export interface Jurisdiction {
  level: Level
  place?: string
}

// The 34 provincial-level units, and 新疆生产建设兵团 of their rank. The four
// municipalities are provinces in rank: `北京市` is a province, not a city.
const PROVINCES = [
  '北京市', '天津市', '上海市', '重庆市',
  '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省',
  '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '台湾省',
  '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区',
  '香港特别行政区', '澳门特别行政区', '新疆生产建设兵团',
]

// A place of some level: a short name and the word of its level, the longest
// such run of at most four characters (`杭州市`, not `杭州`; `杭州市城市…` is
// 杭州市); else an autonomous place or a prefecture of any length
// (`黔东南苗族侗族自治州`); else a four-character name (`乌鲁木齐市`).
// `市场…` is a word; `全市`, `本省`, `各县` name no place; `某省`, `××市` stand for one.
// > | 杭州市市场监督管理局
//     ^^^ 杭州市, a city
const PLACES = [
  /^(?![全本各我该此省市县区州])[\u4e00-\u9fff×ＸXx○〇]{1,3}(省|市(?!场)|州|县|区|旗|盟)/,
  /^(?![全本各我该此省市县区州])[\u4e00-\u9fff×ＸXx○〇]{1,8}(自治州|自治县|自治旗|地区|盟)/,
  /^(?![全本各我该此省市县区州])[\u4e00-\u9fff×ＸXx○〇]{4}(市(?!场)|县|区|旗)/,
]
// Kinds of zone and words that end like a place, not places: `开发区管委会` is
// some zone's committee, `杭州市城市管理局` a city's urban management bureau.
const ZONE = /^(?:经济技术开发区|开发区|高新区|新区|园区|自贸区|示范区|保税区|综保区|城区|市区|辖区|地区|社区|景区|片区|街区|郊区|山区|城市|都市|自治区|自治州|自治县|自治旗)$/
const LEVEL_OF_SUFFIX: Record<string, Level> = { 省: 'province', 市: 'city', 州: 'city', 自治州: 'city', 地区: 'city', 盟: 'city', 县: 'county', 区: 'county', 旗: 'county', 自治县: 'county', 自治旗: 'county' }

/**
 * The place a name starts with, with its level, and the rest of the name:
 * `浙江省杭州市市场监督管理局` → `浙江省杭州市`, city, `市场监督管理局`. Places
 * nest (province, city, county): the innermost one gives the level.
 *
 * @example
 * ```ts
 * leadingPlace('中共江西省委宣传部') // { place: '江西省', level: 'province', rest: '委宣传部' }
 * leadingPlace('北京市发展改革委')   // { place: '北京市', level: 'province', rest: '发展改革委' }
 * ```
 */
export function leadingPlace(name: string): { place: string; level: Level; rest: string } | undefined {
  let text = name.startsWith('中共') ? name.slice(2) : name
  let place = ''
  let level: Level | undefined
  for (let depth = 0; depth < 3; depth++) {
    const province = depth === 0 ? PROVINCES.find((p) => text.startsWith(p)) : undefined
    if (province) {
      place += province
      level = 'province'
      text = text.slice(province.length)
      continue
    }
    let m: RegExpExecArray | null = null
    for (const pattern of PLACES) if ((m = pattern.exec(text))) break
    // A place needs a body after it: `县政府`, not the whole name `新区`.
    // Provinces are all listed: another `…省` is a stand-in (`某省`, `××省`), never a phrase (`建设浙江省`).
    if (!m || m[0].length >= text.length || ZONE.test(m[0]) || (m[1] === '省' && m[0].length > 3)) break
    // `区` under a province or city is a district; at the start it can also be a 自治区's short form, handled by the caller.
    place += m[0]
    level = LEVEL_OF_SUFFIX[m[1] as string] as Level
    text = text.slice(m[0].length)
  }
  return level === undefined ? undefined : { place, level, rest: text }
}

// A bare level word heads a local unit: `省知识产权局`, `市委宣传部`, `区发改局`.
// > | 省统计局、知识产权局、版权局
//     ^ the province's, and so are the two after it
const LEVEL_WORD = /^(?:自治区|自治州|自治县|省|市(?!场)|州|县|区|旗)/

/** The level word a name starts with (`省`, `市`, `区`…), if any. */
export function levelWord(name: string): string | undefined {
  return LEVEL_WORD.exec(name)?.[0]
}

/**
 * What a level word means in a plan of `plan`'s jurisdiction: the plan's own
 * place when the word is its place's level (`市` in a 北京市 plan is 北京市,
 * a province; `区` in a 广西壮族自治区 plan is the region), else the level
 * the word names, place unknown.
 *
 * @example
 * ```ts
 * levelOfWord('省', { level: 'province', place: '浙江省' }) // { level: 'province', place: '浙江省' }
 * levelOfWord('省', { level: 'city', place: '杭州市' })     // { level: 'province' }
 * ```
 */
export function levelOfWord(word: string, plan: Jurisdiction | undefined): Jurisdiction {
  if (plan && plan.level !== 'central' && plan.place && plan.place.endsWith(word)) return { level: plan.level, place: plan.place }
  const level = LEVEL_OF_SUFFIX[word] ?? 'province'
  if (plan && plan.level === level) return plan.place ? { level, place: plan.place } : { level }
  return { level }
}
