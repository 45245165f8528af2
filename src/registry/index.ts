/**
 * The department registry: China's central party and state organs as plans
 * name them, with dated renamings and mergers. `parsePlan` uses the built-in
 * registry by default; this subpath is for looking names up yourself and for
 * extending the registry (pass the result as `parsePlan(text, { registry })`).
 *
 * @example
 * ```ts
 * import { resolveDepartment } from 'cn-plan-parser/registry'
 * resolveDepartment('知识产权局') // { id: 'cnipa', canonical: '国家知识产权局', kind: 'agency' }
 * ```
 */
export { resolveDepartment, type ResolveOptions, type Resolution } from './resolve.js'
export { builtinDepartments, createRegistry, defaultRegistry, type AtDate, type Registry } from './registry.js'
export { entry as registryEntry, type Alias, type EntryKind, type KindStage, type RegistryEntry } from './entry.js'
export type { Jurisdiction, Level } from './level.js'
