/**
 * The modules parsePlan loads only when an input needs them (Markdown, HTML,
 * traditional characters), by specifier. Node loads them on first use
 * (lazy.ts); the browser build imports each one up front (lazy.browser.ts),
 * since a page has no synchronous loader. Both read this one list, so the
 * compiler stops a specifier that one side knows and the other does not.
 */
export interface OptionalModules {
  unified: typeof import('unified')
  'remark-parse': typeof import('remark-parse')
  'remark-cjk-friendly': typeof import('remark-cjk-friendly')
  parse5: typeof import('parse5')
  'entities/decode': typeof import('entities/decode')
  'opencc-js/core': typeof import('opencc-js/core')
  'opencc-js/dict/HKVariantsRev': typeof import('opencc-js/dict/HKVariantsRev')
  'opencc-js/dict/TSCharacters': typeof import('opencc-js/dict/TSCharacters')
}

/** Loads one of the {@link OptionalModules}, synchronously. */
export type Load = <S extends keyof OptionalModules>(specifier: S) => OptionalModules[S]
