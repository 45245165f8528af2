// The simplified → traditional table, which tests use to write a plan in
// traditional characters (the library itself only reads the other way).
declare module 'opencc-js/dict/STCharacters' {
  const dict: string
  export default dict
}
