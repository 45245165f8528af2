import { BUILTIN, TRADITIONAL_PAIRS } from './builtin.js'
import type { LabelKind, RoleKind, RuleKind } from './types.js'
import { type WordTable, byFirst, byLast } from './words.js'
import { type Wordings, combineWordings } from './wordings.js'

/** Flags in {@link Grammar.marks}: a word of that table may start with the character… */
export const LABEL_START = 1
export const WITH_START = 2
export const JOINER_START = 4
export const RULE_START = 8
export const COLLECTIVE_START = 16
/** …or, for role words, end with it. */
export const ROLE_END = 32

/**
 * A note grammar compiled for reading: every word list of the combined
 * {@link Wordings} as a word table, traditional forms included. Made by
 * {@link compileGrammar}, once per set of wordings, never per note.
 */
export interface Grammar {
  /** Labels, read before a colon. */
  readonly labels: WordTable<LabelKind>
  /** Role words read at the end of a unit (`牵头`, `按职责分工负责`); `会同` is in {@link withWords}. */
  readonly roles: WordTable<RoleKind>
  /** Words between the units that lead and those that take part: `会同`. */
  readonly withWords: WordTable<true>
  /** The role words that make a lead (`牵头`), for reading rules (`第一责任单位为牵头单位`). */
  readonly leadWords: WordTable<true>
  /** Words after `等` or `会同` that name no unit. */
  readonly tails: ReadonlySet<string>
  readonly collectives: WordTable<true>
  readonly suffixes: WordTable<true>
  readonly levels: WordTable<true>
  readonly joiners: WordTable<true>
  readonly ruleWords: WordTable<RuleKind>
  /** Per UTF-16 code, which tables have a word starting (`LABEL_START`, …) or ending (`ROLE_END`) with it: a scan loads a byte per character. */
  readonly marks: Uint8Array
  /** Length of the longest label: how far back from a colon its label may start. */
  readonly longestLabel: number
}

let toTraditional: Uint16Array | null = null

/** The traditional form's code of each simplified code of {@link TRADITIONAL_PAIRS}, 0 for the others. */
function twinCodes(): Uint16Array {
  const codes = new Uint16Array(0x10000)
  for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) codes[TRADITIONAL_PAIRS.charCodeAt(i)] = TRADITIONAL_PAIRS.charCodeAt(i + 1)
  return codes
}

/**
 * The word in traditional characters, or the word itself when none of its characters has another form.
 * Read by UTF-16 code (every character of the pairs is one), and a table per code rather than a
 * map per character: the grammar is compiled once per process, before any of this is optimised.
 */
export function traditionalTwin(word: string): string {
  const twins = (toTraditional ??= twinCodes())
  let out = ''
  let from = 0
  for (let i = 0; i < word.length; i++) {
    const twin = twins[word.charCodeAt(i)] as number
    if (twin === 0) continue
    out += word.slice(from, i) + String.fromCharCode(twin)
    from = i + 1
  }
  return from === 0 ? word : out + word.slice(from)
}

/** Each word and its traditional twin, with their meaning; words set to `null` left out. */
function withTwins<T>(entries: readonly (readonly [string, T | null])[]): [string, T][] {
  const out: [string, T][] = []
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as readonly [string, T | null]
    const word = entry[0]
    const value = entry[1]
    if (value === null) continue
    out.push([word, value])
    const twin = traditionalTwin(word)
    if (twin !== word) out.push([twin, value])
  }
  return out
}

const listed = (words: readonly string[]) => withTwins(words.map((w) => [w, true as const] as const))

function compile(wordings: Wordings[]): Grammar {
  const all = combineWordings(wordings)
  const roleEntries = withTwins(Object.entries(all.roleWords))
  const labelEntries = withTwins(Object.entries(all.labels))
  const grammar: Grammar = {
    labels: byFirst(labelEntries),
    roles: byLast(roleEntries.filter(([, kind]) => kind !== 'with')),
    withWords: byFirst(roleEntries.filter(([, kind]) => kind === 'with').map(([w]) => [w, true as const] as const)),
    leadWords: byFirst(roleEntries.filter(([, kind]) => kind === 'lead').map(([w]) => [w, true as const] as const)),
    tails: new Set(listed(all.tails).map(([w]) => w)),
    collectives: byFirst(listed(all.collectives)),
    suffixes: byLast(listed(all.suffixes)),
    levels: byFirst(listed(all.levels)),
    joiners: byFirst(listed(all.joiners)),
    ruleWords: byFirst(withTwins(Object.entries(all.ruleWords))),
    marks: new Uint8Array(0x10000),
    longestLabel: labelEntries.reduce((n, [w]) => Math.max(n, w.length), 0),
  }
  const mark = (words: WordTable<unknown>, flag: number) => {
    words.forEach((_, code) => {
      grammar.marks[code] = (grammar.marks[code] as number) | flag
    })
  }
  mark(grammar.labels, LABEL_START)
  mark(grammar.withWords, WITH_START)
  mark(grammar.joiners, JOINER_START)
  mark(grammar.ruleWords, RULE_START)
  mark(grammar.collectives, COLLECTIVE_START)
  mark(grammar.roles, ROLE_END)
  return grammar
}

let builtin: Grammar | null = null
const compiled = new WeakMap<object, Grammar>()

/**
 * Compile the built-in note grammar with `wordings` combined on top of it
 * (later wordings win, `null` removes a word). The result is remembered per
 * wordings object, so passing the same object again costs nothing.
 *
 * @example
 * ```ts
 * const grammar = compileGrammar({ labels: { 主办单位: 'lead' } })
 * parseNote('主办单位：市商务局；协办单位：市财政局', grammar)?.roles // ['lead', 'participant']
 * ```
 */
export function compileGrammar(wordings?: Wordings | readonly Wordings[]): Grammar {
  if (wordings === undefined) return (builtin ??= compile([BUILTIN]))
  let grammar = compiled.get(wordings)
  if (grammar === undefined) {
    grammar = compile([BUILTIN, ...(Array.isArray(wordings) ? (wordings as readonly Wordings[]) : [wordings as Wordings])])
    compiled.set(wordings, grammar)
  }
  return grammar
}
