import type { Load } from './optional-modules.js'

// The Markdown and HTML parsers take some 150 ms to load; plain-text plans,
// the common case, should never pay for them. They are ES modules, which
// `require` loads synchronously on Node ≥ 20.19, so parsePlan stays synchronous.
// Browsers and bundlers get lazy.browser.ts instead (tsup.config.ts), which
// needs no Node built-in.
//
// The `require` itself is made on first use too: importing node:module and
// calling createRequire cost about a millisecond of every start-up, and a
// plan in simplified plain text never loads anything.
let load: Load | null = null

function requireHere(): Load {
  const { createRequire } = process.getBuiltinModule('node:module')
  return createRequire(import.meta.url) as Load
}

/**
 * A value built on first call from dependencies loaded then.
 *
 * @example
 * ```ts
 * const processor = lazy((require) => require('unified').unified().freeze())
 * processor().parse(text)
 * ```
 */
export function lazy<T>(make: (require: Load) => T): () => T {
  let value: { current: T } | null = null
  return () => (value ??= { current: make((load ??= requireHere())) }).current
}
