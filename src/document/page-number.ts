/**
 * Is a running header or footer's text a page number and nothing else:
 * `— 3 —`, `- 3 -`, `3`, `第 3 页`, `第3页 共10页`, `3 / 10`? Dashes and
 * white space are taken out first, so the patterns left have one way to match
 * (no backtracking on a long footer).
 *
 * @example
 * ```ts
 * isPageNumber('— 21 —') // true
 * isPageNumber('某省人民政府办公厅') // false
 * ```
 */
export function isPageNumber(text: string): boolean {
  const bare = text.replace(/[—–\-－\s]/g, '')
  return /^\d+$/.test(bare) || /^第\d+页(?:[，,]?共\d+页)?$/.test(bare) || /^\d+\/\d+$/.test(bare)
}
