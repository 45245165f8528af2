/**
 * Local plans name their own units (`市知识产权局`, `区政府办公室`,
 * `杭州市市场监管局`). These are kept as written and marked `local`, never
 * forced onto a central body of a similar name.
 */

// `市…`, `区…`: a unit of the plan's own level. `市场…` is a word, not the city.
const LEVEL = /^(?:省|市(?!场)|区|县|州|盟|旗|镇|乡|街道|自治区|自治州|自治县|新区|开发区|高新区)/
// `浙江省…局`, `杭州市…委`: a place name, its level, then a body. The bound
// keeps it linear; names over 40 characters never get here.
const PLACE = /^[\u4e00-\u9fff]{1,8}?(?:省|自治区|特别行政区|市(?!场)|自治州|地区|州|盟|县|区|旗|新区)[\u4e00-\u9fff（）()]{0,40}(?:局|委|办|厅|部|院|会|政府|办公室|中心|所|站|队|处|科|馆|集团)$/

/** Is this name shaped like a local (provincial, city, district…) unit? Call after the registry failed. */
export function isLocalName(name: string): boolean {
  // A body's name is short; a long run of prose is not one (and would cost the pattern below).
  if (name.length > 40) return false
  return LEVEL.test(name) || (PLACE.test(name) && !name.startsWith('国家') && !name.startsWith('中国') && !name.startsWith('中央'))
}
