// word-extractor ships no types: the part of its API the .doc reader uses.
declare module 'word-extractor' {
  interface TextOptions {
    /** `false` keeps the text as written (the default turns curly quotes and dashes into ASCII). */
    filterUnicode?: boolean
  }
  interface WordDocument {
    getBody(options?: TextOptions): string
    getHeaders(options?: TextOptions & { includeFooters?: boolean }): string
    getFooters(options?: TextOptions): string
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>
  }
}
