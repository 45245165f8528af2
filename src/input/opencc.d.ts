// opencc-js ships its dictionaries as plain modules without types: `from to|from to|…`.
declare module 'opencc-js/dict/TSCharacters' {
  /** OpenCC's traditional → simplified character table. */
  const dict: string
  export default dict
}
declare module 'opencc-js/dict/HKVariantsRev' {
  /** Hong Kong character variants → OpenCC's traditional forms (`衞 衛`). */
  const dict: string
  export default dict
}
