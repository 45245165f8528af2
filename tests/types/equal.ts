/**
 * Exact type equality, for compile-time checks. Mutual assignability is not
 * enough: `{ a: string }` and `{ a: string; b?: string }` are assignable both
 * ways, yet a field was added. Two generic functions are related only when
 * TypeScript finds the two types identical, optional fields, readonly and
 * literal types included. Interfaces are compared with their own members
 * (`Deep` flattens `extends` and intersections first, recursively), so an
 * interface and the object type a schema infers compare as the same shape.
 */
export type Equal<A, B> = (<T>() => T extends Deep<A> ? 1 : 2) extends <T>() => T extends Deep<B> ? 1 : 2 ? true : false

/** Compiles only when `T` is `true`. */
export type Expect<T extends true> = T

/** A type with every object in it written out as one plain object type, member by member. */
export type Deep<T> = T extends (infer E)[]
  ? Deep<E>[]
  : T extends object
    ? { [K in keyof T]: Deep<T[K]> }
    : T
