import { diagnostic } from './diagnostics.js'
import { PlanParseError } from './errors.js'
import { decodeBytes } from './input/decode.js'
import { DocumentBytesError } from './document/errors.js'
import { sniffContainer } from './document/sniff.js'
import { isDetached } from './input/detached.js'
import type { InputFormat } from './input/format.js'
import { findInvisibles } from './input/invisible.js'
import { normalise } from './input/normalise.js'
import { DEFAULT_MAX_INPUT_BYTES, checkByteSize, checkInputSize } from './limits.js'
import { tokens } from './lex/tokenize.js'
import { buildTree } from './parse/build.js'
import { departmentFactory } from './extract/departments.js'
import { compileGrammar } from './extract/grammar/compile.js'
import { type Wordings, checkWordings } from './extract/grammar/wordings.js'
import { checkNumbering } from './parse/numbering.js'
import { checkDepartments, planDate } from './meta/annotate.js'
import { resolveMetaDepartments } from './meta/resolve-departments.js'
import { applyRoleRules } from './meta/role-rules.js'
import { everyUnit } from './util/units.js'
import { type FrontMeta, metaOf, readFront } from './meta/extract-meta.js'
import { defusedDiagnostics, restoreWrittenMarkers } from './markdown/report.js'
import type { Registry } from './registry/registry.js'
import type { ResolveOptions } from './registry/resolve.js'
import type { Diagnostic, Meta, Plan } from './types.js'
import { type Locator, createLocator } from './util/location.js'
import { mappedLocator } from './util/mapped-locator.js'

export interface ParseOptions {
  /** Throw a {@link PlanParseError} when any diagnostic is an error. Default `false`. */
  strict?: boolean
  /** The input's format; `'auto'` (default) guesses from its content. */
  format?: InputFormat | 'auto'
  /** Department registry to resolve names with; default the built-in one (see `createRegistry` in `cn-plan-parser/registry`). */
  registry?: Registry
  /**
   * Refuse input longer than this many UTF-8 bytes with a `RangeError`
   * (bytes are measured as given, before decoding, and the text again after).
   * Default 64 MB (`64 * 1024 * 1024`); `Infinity` turns the limit off.
   */
  maxInputBytes?: number
  /**
   * Words added to the built-in note grammar: labels, role words, open
   * tails, collectives, unit suffixes… (see {@link Wordings}). A word given
   * again takes the new meaning; `null` removes a built-in label or role word.
   *
   * @example
   * ```ts
   * parsePlan(text, { wordings: { labels: { 主办单位: 'lead', 协办方: 'participant' } } })
   * ```
   */
  wordings?: Wordings
}

const KNOWN_OPTIONS = new Set(['strict', 'format', 'registry', 'maxInputBytes', 'wordings'])
const FORMATS = new Set(['auto', 'text', 'markdown', 'html'])

export function checkOptions(options: unknown): ParseOptions {
  if (options === undefined) return {}
  if (options === null || typeof options !== 'object') throw new TypeError(`parsePlan: options must be an object, got ${options === null ? 'null' : typeof options}`)
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw new TypeError(`parsePlan: unknown option “${key}”`)
  }
  const { strict, format, registry, maxInputBytes, wordings } = options as ParseOptions
  if (strict !== undefined && typeof strict !== 'boolean') throw new TypeError(`parsePlan: option “strict” must be a boolean, got ${typeof strict}`)
  if (format !== undefined && !FORMATS.has(format)) throw new TypeError(`parsePlan: option “format” must be 'auto', 'text', 'markdown' or 'html', got ${String(format)}`)
  if (registry !== undefined && typeof (registry as Partial<Registry> | null)?.find !== 'function') throw new TypeError('parsePlan: option “registry” must come from createRegistry()')
  if (maxInputBytes !== undefined && !(typeof maxInputBytes === 'number' && maxInputBytes > 0 && (Number.isInteger(maxInputBytes) || maxInputBytes === Infinity))) {
    throw new TypeError(`parsePlan: option “maxInputBytes” must be a positive integer or Infinity, got ${typeof maxInputBytes === 'number' ? maxInputBytes : typeof maxInputBytes}`)
  }
  if (wordings !== undefined) checkWordings(wordings, 'parsePlan: option “wordings”')
  return options as ParseOptions
}

function droppedDiagnostics(dropped: ReturnType<typeof normalise>['dropped'], input: string, locator: Locator): Diagnostic[] {
  return dropped.map(({ start, end, kind }) => {
    const place = locator.position(start, end)
    const what = input.slice(start, end)
    if (kind === 'html-title') return diagnostic('html-title', `Page title “${what.trim()}” left out of the text`, place)
    if (kind === 'page-header') return diagnostic('page-header', `Running header “${what.trim()}” beside a page footer dropped`, place)
    return kind === 'page-footer'
      ? diagnostic('page-footer', `Page footer “${what}” dropped`, place)
      : diagnostic('pinyin-annotation', `Pinyin annotation “${what}” dropped`, place)
  })
}

/** One `invisible-characters` diagnostic at the first of them, or none. */
function invisibleDiagnostics(input: string, locator: Locator): Diagnostic[] {
  const found = findInvisibles(input)
  if (!found) return []
  const { start, count, kinds } = found
  const names = kinds.slice(0, 4).map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')
  const reason = `${count} invisible character${count === 1 ? '' : 's'} (${names}${kinds.length > 4 ? ', …' : ''}) read as white space`
  return [diagnostic('invisible-characters', reason, locator.position(start, start + 1))]
}

/**
 * Parse a plan document into a chapter → section → task tree with every
 * task's lead and participating departments and positioned diagnostics.
 * Never throws on a messy document unless `strict` is set.
 *
 * The input may be plain text, Markdown or HTML (`format`, guessed by
 * default), a string or bytes (UTF-8, UTF-16, GB18030, Big5), in
 * simplified or traditional characters, copied off a web page or a PDF.
 * Every position is an offset into the input as given (the decoded string,
 * for bytes); `title`, `text` and department names are in simplified
 * characters, with the wording as written in `original` where it differs.
 *
 * @example
 * ```ts
 * import { parsePlan } from 'cn-plan-parser'
 * const plan = parsePlan('一、完善制度\n1. 推进立法。（市场监管总局、知识产权局负责）')
 * const chapter = plan.children[0]
 * // children hold every kind of node: narrow by `type`
 * if (chapter?.type === 'chapter' && chapter.children[0]?.type === 'task') {
 *   chapter.children[0].responsibility?.leads[0]?.id // 'samr' (市场监管总局)
 * }
 * ```
 * @throws {TypeError} on a wrong input or option, or bytes over a detached buffer; `DocumentBytesError` (a `TypeError`)
 *   on the bytes of a PDF, Word file or zip archive (read them with `parseDocument`); `RangeError` over `maxInputBytes`;
 *   `DecodeError` on bytes in no supported encoding; `PlanParseError` in strict mode.
 */
export function parsePlan(input: string | Uint8Array, options?: ParseOptions): Plan {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError(`parsePlan: expected the plan as a string or bytes, got ${input === null ? 'null' : typeof input}`)
  }
  if (typeof input !== 'string' && isDetached(input)) throw new TypeError('parsePlan: the bytes are a view over a detached ArrayBuffer (transferred away), so they can no longer be read')
  const { strict = false, format = 'auto', registry, maxInputBytes = DEFAULT_MAX_INPUT_BYTES, wordings } = checkOptions(options)
  if (typeof input !== 'string') checkByteSize(input, maxInputBytes)
  // PDF and Word bytes decode as some legacy encoding's gibberish: say which function reads them instead.
  const container = typeof input === 'string' ? null : sniffContainer(input)
  if (container) throw new DocumentBytesError(container)
  const text = typeof input === 'string' ? input : decodeBytes(input).text
  checkInputSize(text, maxInputBytes)
  const normalised = normalise(text, format)
  const inputLocator = createLocator(text)
  // The builder sees only the normalised text; this locator answers in input offsets.
  const locator = normalised.map.text === text && normalised.format === 'text' ? inputLocator : mappedLocator(inputLocator, normalised.map)
  // Departments are resolved once, as they are made, at the plan's date: the notice before the first unit gives it.
  // What the front says is read once: the final meta takes it over when the front is the same.
  let front: FrontMeta | null = null
  const departments = (children: readonly Plan['children'][number][]) => {
    front = readFront(children, registry)
    return departmentFactory(resolveOptions(front.meta, registry))
  }
  const { children, diagnostics } = buildTree(normalised.text, tokens(normalised.text, normalised.lines), locator, normalised.original, departments, compileGrammar(wordings))
  const position = inputLocator.position(0, text.length)
  const meta = metaOf(children, front, registry)
  // Parse first, then run the transforms over the tree, in this order.
  const units = everyUnit(children)
  resolveMetaDepartments(meta, resolveOptions(meta, registry))
  applyRoleRules(units, meta)
  if (normalised.markdown) restoreWrittenMarkers(children, normalised.markdown.written)
  // One push per item: spreading a few hundred thousand diagnostics into push() overflows the stack.
  for (const list of [checkNumbering(children), droppedDiagnostics(normalised.dropped, text, inputLocator), invisibleDiagnostics(text, inputLocator), checkDepartments(units, meta, position, registry), normalised.markdown ? defusedDiagnostics(normalised.markdown.defused, inputLocator) : []]) {
    for (const d of list) diagnostics.push(d)
  }
  // Text, but paragraphs only: say so, rather than hand back an empty plan as if it were one (a blank document is plainly empty).
  if (children.length > 0 && !children.some((c) => c.type !== 'paragraph')) diagnostics.push(diagnostic('no-structure', 'No chapter, section, task or item found: is this a plan?', position))
  diagnostics.sort((a, b) => a.place.start.offset - b.place.start.offset)
  // A plan that says nothing about itself carries no `meta` at all.
  const plan: Plan = Object.keys(meta).length > 0 ? { type: 'plan', children, meta, diagnostics, position } : { type: 'plan', children, diagnostics, position }
  if (strict && diagnostics.some((d) => d.severity === 'error')) throw new PlanParseError(diagnostics, text)
  return plan
}

/** How the plan's names resolve: at its date, and in its jurisdiction (a provincial plan's bare `知识产权局` is the province's). */
function resolveOptions(meta: Meta, registry: Registry | undefined): ResolveOptions {
  const options: ResolveOptions = { registry }
  const date = planDate(meta)
  if (date) options.date = date
  if (meta.jurisdiction) options.jurisdiction = meta.jurisdiction.place === undefined ? { level: meta.jurisdiction.level } : { level: meta.jurisdiction.level, place: meta.jurisdiction.place }
  return options
}
