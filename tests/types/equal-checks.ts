/**
 * The checker checked: `Equal` tells apart what mutual assignability would
 * let through, and sees an interface with `extends` as its members.
 * Type-only: `npm run typecheck` compiles it.
 */
import type { Equal, Expect } from './equal.js'

type False<T extends false> = T

interface Base {
  /** a */
  a: string
}
interface Extended extends Base {
  b?: number
}

export type Checks = [
  // An optional field more on either side.
  False<Equal<{ a: string }, { a: string; b?: string }>>,
  False<Equal<{ a: string; b?: string }, { a: string }>>,
  // Optional against required, a wider type, readonly.
  False<Equal<{ a?: string }, { a: string }>>,
  False<Equal<{ a: string }, { a: string | null }>>,
  False<Equal<{ readonly a: string }, { a: string }>>,
  // The same, deep inside arrays and unions.
  False<Equal<{ x: ({ a: string } | { c: 1 })[] }, { x: ({ a: string; b?: string } | { c: 1 })[] }>>,
  // An interface that extends another is its members.
  Expect<Equal<Extended, { a: string; b?: number }>>,
  Expect<Equal<{ x: Extended[] | null }, { x: ({ a: string } & { b?: number })[] | null }>>,
]
