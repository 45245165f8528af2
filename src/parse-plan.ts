import { PlanParseError } from './errors.js'
import { tokenize } from './lex/tokenize.js'
import { buildTree } from './parse/build.js'
import { checkNumbering } from './parse/numbering.js'
import { annotatePlan } from './meta/annotate.js'
import { extractMeta } from './meta/extract-meta.js'
import type { Registry } from './registry/registry.js'
import type { Plan } from './types.js'
import { createLocator } from './util/location.js'

export interface ParseOptions {
  /** Throw a {@link PlanParseError} when any diagnostic is an error. Default `false`. */
  strict?: boolean
  /** Department registry to resolve names with; default the built-in one (see `createRegistry`). */
  registry?: Registry
}

const KNOWN_OPTIONS = new Set(['strict', 'registry'])

function checkOptions(options: unknown): ParseOptions {
  if (options === undefined) return {}
  if (options === null || typeof options !== 'object') throw new TypeError(`parsePlan: options must be an object, got ${options === null ? 'null' : typeof options}`)
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw new TypeError(`parsePlan: unknown option “${key}”`)
  }
  const { strict } = options as ParseOptions
  if (strict !== undefined && typeof strict !== 'boolean') throw new TypeError(`parsePlan: option “strict” must be a boolean, got ${typeof strict}`)
  const { registry } = options as ParseOptions
  if (registry !== undefined && typeof (registry as Partial<Registry> | null)?.find !== 'function') throw new TypeError('parsePlan: option “registry” must come from createRegistry()')
  return options as ParseOptions
}

/**
 * Parse a plan document into a chapter → section → task tree with every
 * task's lead and participating departments and positioned diagnostics.
 * Never throws on a messy document unless `strict` is set.
 *
 * @example
 * ```ts
 * import { parsePlan } from 'cn-plan-parser'
 * const plan = parsePlan('一、完善制度\n1. 推进立法。（市场监管总局、知识产权局负责）')
 * plan.children[0].children[0].responsibility.leads // [{ name: '市场监管总局' }]
 * ```
 */
export function parsePlan(input: string, options?: ParseOptions): Plan {
  if (typeof input !== 'string') throw new TypeError(`parsePlan: expected the plan as a string, got ${input === null ? 'null' : typeof input}`)
  const { strict = false, registry } = checkOptions(options)
  const locator = createLocator(input)
  const { children, diagnostics } = buildTree(input, tokenize(input), locator)
  diagnostics.push(...checkNumbering(children))
  const position = locator.position(0, input.length)
  const meta = extractMeta(children)
  diagnostics.push(...annotatePlan(children, meta, position, registry))
  diagnostics.sort((a, b) => a.place.start.offset - b.place.start.offset)
  // A plan that says nothing about itself carries no `meta` at all.
  const plan: Plan = Object.keys(meta).length > 0 ? { type: 'plan', children, meta, diagnostics, position } : { type: 'plan', children, diagnostics, position }
  if (strict && diagnostics.some((d) => d.severity === 'error')) throw new PlanParseError(diagnostics)
  return plan
}
