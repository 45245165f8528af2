import { PlanParseError } from './errors.js'
import { DEFAULT_MAX_INPUT_BYTES, checkInputSize } from './limits.js'
import { tokenize } from './lex/tokenize.js'
import { buildTree } from './parse/build.js'
import { checkNumbering } from './parse/numbering.js'
import type { Plan } from './types.js'
import { createLocator } from './util/location.js'

export interface ParseOptions {
  /** Throw a {@link PlanParseError} when any diagnostic is an error. Default `false`. */
  strict?: boolean
  /**
   * Refuse input longer than this many UTF-8 bytes with a `RangeError`.
   * Default 64 MB (`64 * 1024 * 1024`); `Infinity` turns the limit off.
   */
  maxInputBytes?: number
}

const KNOWN_OPTIONS = new Set(['strict', 'maxInputBytes'])

function checkOptions(options: unknown): ParseOptions {
  if (options === undefined) return {}
  if (options === null || typeof options !== 'object') throw new TypeError(`parsePlan: options must be an object, got ${options === null ? 'null' : typeof options}`)
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw new TypeError(`parsePlan: unknown option “${key}”`)
  }
  const { strict, maxInputBytes } = options as ParseOptions
  if (strict !== undefined && typeof strict !== 'boolean') throw new TypeError(`parsePlan: option “strict” must be a boolean, got ${typeof strict}`)
  if (maxInputBytes !== undefined && !(typeof maxInputBytes === 'number' && maxInputBytes > 0 && (Number.isInteger(maxInputBytes) || maxInputBytes === Infinity))) {
    throw new TypeError(`parsePlan: option “maxInputBytes” must be a positive integer or Infinity, got ${typeof maxInputBytes === 'number' ? maxInputBytes : typeof maxInputBytes}`)
  }
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
  const { strict = false, maxInputBytes = DEFAULT_MAX_INPUT_BYTES } = checkOptions(options)
  checkInputSize(input, maxInputBytes)
  const locator = createLocator(input)
  const { children, diagnostics } = buildTree(input, tokenize(input), locator)
  // One push per item: spreading a few hundred thousand diagnostics into push() overflows the stack.
  for (const d of checkNumbering(children)) diagnostics.push(d)
  diagnostics.sort((a, b) => a.place.start.offset - b.place.start.offset)
  const plan: Plan = { type: 'plan', children, diagnostics, position: locator.position(0, input.length) }
  if (strict && diagnostics.some((d) => d.severity === 'error')) throw new PlanParseError(diagnostics, input)
  return plan
}
