// opencc-js ships its dictionaries as plain modules without types.
declare module 'opencc-js/dict/TSCharacters' {
  /** `繁 简|…` pairs: OpenCC's traditional → simplified character table. */
  const dict: string
  export default dict
}
