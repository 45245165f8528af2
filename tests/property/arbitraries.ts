/**
 * Generators for property tests: plan-shaped noise, and fixture documents
 * damaged the way scraped text gets damaged.
 */
import { readFileSync, readdirSync } from 'node:fs'
import fc from 'fast-check'
import * as OpenCC from 'opencc-js'

/** ≥ 1 000 cases per property in CI (the bar), fewer locally so `npm test` stays quick. */
export const RUNS = Number(process.env.FC_RUNS) || (process.env.CI ? 1000 : 100)

/**
 * One fixed seed, so that `npm test` fails the same way every time it fails
 * (fast-check prints the seed and path of a failure) and never by chance on
 * a fresh clone. `FC_SEED` replays a given seed; `FC_FRESH=1` draws a new one
 * each run, to go looking for new cases while developing.
 */
export const SEED: number | undefined = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.FC_FRESH ? undefined : 20240517

/**
 * What every property here runs with, passed to each `fc.assert`: not set
 * with `fc.configureGlobal`, which would also reach the test files that keep
 * fast-check's defaults, as test files share their modules (vitest.config.ts).
 */
export const PROPERTY: { numRuns: number; seed?: number } = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) }

const FIXTURE_DIR = new URL('../../fixtures/', import.meta.url)
const readDir = (dir: string): ReadonlyMap<string, string> =>
  new Map(
    readdirSync(new URL(dir, FIXTURE_DIR))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [dir + f, readFileSync(new URL(dir + f, FIXTURE_DIR), 'utf8')] as const),
  )

/** Every plain-text plan fixture, by file name. */
export const FIXTURES: ReadonlyMap<string, string> = readDir('')
/**
 * The plans, the lexer's hand-made documents (`lex/<name>.txt`: flattened
 * bodies, every marker family) and the real excerpts of `corpus/raw/`.
 */
export const ALL_FIXTURES: ReadonlyMap<string, string> = new Map([...FIXTURES, ...readDir('lex/'), ...readDir('corpus/raw/')])

/** Pieces plans are made of: markers of every style and width, brackets, notes, breaks, odd spaces. */
const PIECES = [
  '一、', '二、', '三．', '十一、', '二十 ', '一.5', '（一）', '(二)', '（三)', '(十二）', '1.', '2．', '3、', '12 .', '１２．', '9999.', '10000.',
  '7. 5%', '第一章', '第二条', '第三節', '第1条', '（1）', '(2)', '1）', '2)', '①', '②', '第', '责任单位：', '上述',
  '（', '）', '(', ')', '《', '》', '〔', '〕', '【', '】', '[', ']', '“', '”',
  '负责', '按职责分工负责', '按职责分工分别负责', '知识产权局', '市场监管总局', '农业农村部', '、', '，', ',',
  '。', '；', ';', '.', '…', '推进', '加强', 'TISC', 'WIPO', '2021', '%',
  '\n', '\n', '\n', '\r\n', '\r', '\u2028', ' ', '\u3000', '\t', '\u00a0', '\ufeff', '\f', '\u2003', '\v',
  // Characters that print nothing, read as white space (issue 13): zero-width space, word joiner, soft hyphen, LRM, next line.
  '\u200b', '\u2060', '\u00ad', '\u200e', '\u0085',
]

/** Text assembled from plan pieces, so markers and notes meet in every order. */
export const planNoise = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''))

const CN = '〇一二三四五六七八九'
const small = fc.integer({ min: 1, max: 12 })
const chineseNumeral = small.map((n) => (n < 10 ? CN[n] : '十' + (n > 10 ? CN[n - 10] : '')) as string)
const marker = fc.oneof(
  fc.tuple(chineseNumeral, fc.constantFrom('、', '．', '.', ' ')).map(([n, d]) => n + d),
  fc.tuple(fc.constantFrom('（', '('), chineseNumeral, fc.constantFrom('）', ')')).map(([o, n, c]) => o + n + c),
  fc.tuple(small, fc.constantFrom('.', '．', '、', ' .')).map(([n, d]) => String(n) + d),
  fc.tuple(fc.constantFrom('（', '(', ''), small, fc.constantFrom('）', ')')).map(([o, n, c]) => o + String(n) + c),
  small.map((n) => String.fromCharCode(0x245f + n)),
  fc.tuple(small, fc.constantFrom('章', '节', '条'), fc.constantFrom('', ' ')).map(([n, unit, space]) => `第${n % 2 ? n : (CN[n % 10] as string)}${unit}${space}`),
  fc.constant(''),
)
const words = fc.array(fc.constantFrom(...PIECES.filter((p) => !p.includes('\n'))), { minLength: 0, maxLength: 6 }).map((w) => w.join(''))
const note = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.constantFrom('（', '(', '【'), fc.array(fc.constantFrom('知识产权局', '市场监管总局', '联席会议（有关）成员单位', '、', '，'), { maxLength: 4 }), fc.constantFrom('负责', '按职责分工负责', ''), fc.constantFrom('）', ')', '】', ''))
    .map(([o, names, suffix, c]) => o + names.join('、') + suffix + c),
)
const line = fc.tuple(fc.constantFrom('', ' ', '\u3000', '\u200b'), marker, words, note, fc.constantFrom('', '。', '；', '.', ' ', '\u2060')).map((parts) => parts.join(''))

/** Lines shaped like a plan's: a marker of any style, words, maybe a note, maybe closing punctuation. */
export const planLines = fc
  .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\u2028'))
  .map(([lines, eol]) => lines.join(eol))

/**
 * fast-check's `unit: 'binary'` (any code point but a surrogate), made the
 * way fast-check makes it, a natural number mapped to a code point, but read
 * back by arithmetic: fast-check reads characters back through a table of
 * all 1 112 064 code points, built when a string arbitrary is made, which
 * cost each test worker a second or more. Same values and shrinks for the
 * same seed.
 */
const SURROGATES = 0x800
const codePoint = fc.nat({ max: 0x10ffff - SURROGATES }).map(
  (n) => String.fromCodePoint(n < 0xd800 ? n : n + SURROGATES),
  (value) => {
    const c = typeof value === 'string' ? value.codePointAt(0) : undefined
    if (c === undefined || (c >= 0xd800 && c < 0xe000) || String.fromCodePoint(c) !== value) throw new Error('not one code point')
    return c < 0xd800 ? c : c - SURROGATES
  },
)

/** Any string at all, including lone surrogates and control characters. */
export const anyText = fc.oneof(fc.string({ unit: codePoint, maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }))

const INVISIBLE_PIECES = ['\u200b', '\u2060', '\u200c', '\u200d', '\ufeff', '\u200e', '\u200f', '\u00ad', '\v', '\f', '\u0085']

const WIDTH: Record<string, string> = { '（': '(', '）': ')', '．': '.', '，': ',', '；': ';', '１': '1', '２': '2', '３': '3' }
const swapWidth = (ch: string): string => WIDTH[ch] ?? Object.keys(WIDTH).find((k) => WIDTH[k] === ch) ?? ch

let toTraditional: ((s: string) => string) | undefined
function traditional(text: string): string {
  const convert = (toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' }))
  return convert(text)
}

/** One kind of damage, applied at a position chosen by `at` (0 ≤ at < 1). */
type Mutation = { kind: 'delete' | 'duplicate' | 'swap' | 'break' | 'bracket-in' | 'bracket-out' | 'width' | 'traditional' | 'invisible'; at: number; other: number; bracket: string }

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'swap', 'break', 'bracket-in', 'bracket-out', 'width', 'traditional', 'invisible'),
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  other: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  bracket: fc.constantFrom('（', '）', '(', ')', '《', '》', '〔', '〕'),
})

function apply(text: string, m: Mutation): string {
  const lines = text.split('\n')
  const i = Math.floor(m.at * lines.length)
  const j = Math.floor(m.other * lines.length)
  const c = Math.floor(m.at * text.length)
  switch (m.kind) {
    case 'delete':
      lines.splice(i, 1)
      return lines.join('\n')
    case 'duplicate':
      lines.splice(i, 0, lines[i] as string)
      return lines.join('\n')
    case 'swap':
      ;[lines[i], lines[j]] = [lines[j] as string, lines[i] as string]
      return lines.join('\n')
    case 'break':
      return text.slice(0, c) + '\n' + text.slice(c)
    case 'bracket-in':
      return text.slice(0, c) + m.bracket + text.slice(c)
    case 'bracket-out': {
      // Remove the nearest bracket at or after the spot, if any.
      const k = text.slice(c).search(/[（）()《》〔〕]/)
      return k < 0 ? text : text.slice(0, c + k) + text.slice(c + k + 1)
    }
    case 'width': {
      // Swap widths along one line.
      lines[i] = [...(lines[i] as string)].map(swapWidth).join('')
      return lines.join('\n')
    }
    case 'traditional':
      lines[i] = traditional(lines[i] as string)
      return lines.join('\n')
    case 'invisible': {
      // A character that prints nothing at the start of one line and the end of another, as web copies leave them.
      const ch = INVISIBLE_PIECES[Math.floor(m.other * INVISIBLE_PIECES.length)] as string
      lines[i] = ch + (lines[i] as string)
      lines[j] = (lines[j] as string) + ch
      return lines.join('\n')
    }
  }
}

/** A fixture with one to eight kinds of damage. */
export const damagedFixture = fc
  .tuple(fc.constantFrom(...ALL_FIXTURES.keys()), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([name, mutations]) => mutations.reduce(apply, ALL_FIXTURES.get(name) as string))

/** One plan-shaped line (a marker, words, maybe a note), for generators that dress lines in markup. */
export const planLine: fc.Arbitrary<string> = line

/** What a Markdown editor puts before a line: headings, quotes, bullets, a list number, an indent (code, or a nested item). */
const MD_PREFIXES = ['', '', '', '# ', '## ', '#### ', '> ', '> > ', '- ', '* ', '1. ', '1. 1. ', '    ', '   ', '\t']
/** What it wraps inside a line: emphasis, code, a link, an escape, an entity. */
const MD_WRAPS: ReadonlyArray<readonly [string, string]> = [
  ['', ''], ['**', '**'], ['*', '*'], ['_', '_'], ['__', '__'], ['`', '`'], ['``', '``'], ['[', '](https://example.org)'], ['[', ']'], ['\\', ''], ['<br>', ''], ['~~', '~~'],
]
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })
const markdownLine = fc.tuple(fc.constantFrom(...MD_PREFIXES), line, fc.constantFrom(...MD_WRAPS), fraction, fraction).map(([prefix, text, [open, close], a, b]) => {
  const i = Math.floor(Math.min(a, b) * text.length)
  const j = Math.floor(Math.max(a, b) * text.length)
  return prefix + text.slice(0, i) + open + text.slice(i, j) + close + text.slice(j)
})
const markdownBlock = fc.oneof(
  { weight: 8, arbitrary: markdownLine },
  // Code blocks: fenced (closed or not, in a quote or a list item) and indented.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('', '> ', '1. ', '   '), fc.constantFrom('```', '~~~', '````'), fc.array(line, { maxLength: 4 }), fc.boolean()).map(([p, f, ls, closed]) => [p + f, ...ls.map((l) => p.replace(/\S/g, (c) => (c === '>' ? '>' : ' ')) + l), ...(closed ? [p.replace(/[^> ]/g, ' ') + f] : [])].join('\n')) },
  { weight: 1, arbitrary: fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l) => '    ' + l).join('\n')) },
  { weight: 1, arbitrary: fc.constantFrom('***', '---', '===', '<!-- 注 -->', '<div>', '[a]: https://example.org') },
)

/** Plan-shaped lines dressed as Markdown: headings, quotes, lists, emphasis, links, code spans and blocks. */
export const markdownPlan = fc
  .array(fc.tuple(markdownBlock, fc.constantFrom('\n', '\n', '\n\n', '\r\n')), { maxLength: 30 })
  .map((blocks) => blocks.map(([block, eol]) => block + eol).join(''))

const MD_FIXTURE_DIR = new URL('inputs/', FIXTURE_DIR)
/** The bundled Markdown plans, by file name. */
export const MARKDOWN_FIXTURES: ReadonlyMap<string, string> = new Map(
  readdirSync(MD_FIXTURE_DIR)
    .filter((f) => f.endsWith('.md'))
    .map((f) => [f, readFileSync(new URL(f, MD_FIXTURE_DIR), 'utf8')] as const),
)

/** A Markdown fixture with one to eight kinds of damage. */
export const damagedMarkdown = fc
  .tuple(fc.constantFrom(...MARKDOWN_FIXTURES.keys()), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([name, mutations]) => mutations.reduce(apply, MARKDOWN_FIXTURES.get(name) as string))
