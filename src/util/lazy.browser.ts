import * as entitiesDecode from 'entities/decode'
import * as openccCore from 'opencc-js/core'
import * as hkVariantsRev from 'opencc-js/dict/HKVariantsRev'
import * as tsCharacters from 'opencc-js/dict/TSCharacters'
import * as parse5 from 'parse5'
import * as remarkCjkFriendly from 'remark-cjk-friendly'
import * as remarkParse from 'remark-parse'
import * as unified from 'unified'
import type { Load, OptionalModules } from './optional-modules.js'

// lazy.ts for browsers and bundlers, put in its place by the browser build
// (tsup.config.ts). A page has no synchronous `require`, and parsePlan is
// synchronous, so the optional modules are imported up front: the page's
// bundle carries them, and only building the value waits for first use.
const modules: OptionalModules = {
  unified,
  'remark-parse': remarkParse,
  'remark-cjk-friendly': remarkCjkFriendly,
  parse5,
  'entities/decode': entitiesDecode,
  'opencc-js/core': openccCore,
  'opencc-js/dict/HKVariantsRev': hkVariantsRev,
  'opencc-js/dict/TSCharacters': tsCharacters,
}

const load: Load = (specifier) => modules[specifier]

/** As lazy.ts's {@link lazy}: a value built on first call. */
export function lazy<T>(make: (require: Load) => T): () => T {
  let value: { current: T } | null = null
  return () => (value ??= { current: make(load) }).current
}
