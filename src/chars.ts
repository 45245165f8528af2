/**
 * The characters plans are punctuated with, in both widths, in one place.
 * Matching both widths (instead of rewriting the input) keeps every offset
 * pointing into the text as given.
 */

/** Opening brackets that may start a section marker or a responsibility note. */
export const OPEN_BRACKETS = '（(〔[【'
/** Closing brackets, index-aligned with {@link OPEN_BRACKETS}. */
export const CLOSE_BRACKETS = '）)〕]】'

/**
 * Is the UTF-16 code `c` one of the characters of `set` (`OPEN_BRACKETS`, …)?
 * Hot loops test codes: `text[i]` allocates a string for every Han character.
 */
export function inSet(set: string, c: number): boolean {
  for (let k = 0; k < set.length; k++) if (set.charCodeAt(k) === c) return true
  return false
}

/** List separators between department names: `、` and commas of both widths. */
export const LIST_SEPARATORS = '、，,'
/** Split a note into clauses at these (depth 0): `A牵头，B参与；2022年底前完成`. */
export const CLAUSE_SEPARATORS = '；;，,'

/**
 * Characters that close a sentence. A line ending in one of these is
 * complete; a line ending in anything else was cut (page break, wrap).
 */
export const SENTENCE_ENDS = '。！？；!?;…）)〕]】”’」』'

/** Character classes for {@link charIs}: bit flags, so one table serves every hot scan. */
export const OPEN = 1
export const CLOSE = 2
/** `、` and commas: between department names. */
export const LIST_SEPARATOR = 4
/** `；` and commas: between the clauses of a note. */
export const CLAUSE_SEPARATOR = 8
/** `《〈` and `》〉`: around cited titles. */
export const TITLE_OPEN = 16
export const TITLE_CLOSE = 32
/** {@link SENTENCE_ENDS}: a line ending in one is complete. */
export const SENTENCE_END = 64
/** {@link SPACES}. */
export const SPACE = 128

/**
 * Characters that print nothing: zero-width space, non-joiner and joiner,
 * left-to-right and right-to-left marks and the other direction controls,
 * word joiner, soft hyphen, a byte-order mark past the start, and the
 * vertical tab, form feed and next-line controls that PDF and Word copies
 * leave. Where a line starts or ends, or between a marker and its words,
 * they would hide the marker or the note from the lexer (`\u200b1. 推进…`):
 * they are white space for structure, kept in the text as given (nothing is
 * rewritten), and reported once (`invisible-characters`).
 */
export const INVISIBLES = '\u200b\u200c\u200d\u200e\u200f\u2060\u00ad\ufeff\u000b\u000c\u0085\u061c\u180e\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069'

/**
 * The one family of horizontal white space: ASCII space and tab, no-break,
 * ideographic, em/en/thin spaces (HTML `&emsp;` `&ensp;`), and {@link INVISIBLES}.
 * Every scan of the plain-text path that skips or splits at spaces takes
 * these: as codes ({@link isSpaceCode}), or as a literal regex class that
 * tests/chars.test.ts checks against this list, code by code (a literal, so
 * that tests/redos.test.ts can check the pattern).
 */
export const SPACES = ' \t\u00a0\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f' + INVISIBLES

// One byte per UTF-16 code: a scan tests a bit instead of comparing with each
// character of a set (for an 80-character task, hundreds of comparisons).
const CLASSES = new Uint8Array(0x10000)
const CLASS_CHARS: ReadonlyArray<readonly [string, number]> = [
  [OPEN_BRACKETS, OPEN],
  [CLOSE_BRACKETS, CLOSE],
  [LIST_SEPARATORS, LIST_SEPARATOR],
  [CLAUSE_SEPARATORS, CLAUSE_SEPARATOR],
  ['《〈', TITLE_OPEN],
  ['》〉', TITLE_CLOSE],
  [SENTENCE_ENDS, SENTENCE_END],
  [SPACES, SPACE],
]
for (const [chars, flag] of CLASS_CHARS) {
  for (let k = 0; k < chars.length; k++) {
    const code = chars.charCodeAt(k)
    CLASSES[code] = (CLASSES[code] ?? 0) | flag
  }
}

/**
 * Is the UTF-16 code `c` in any of the classes `flags` ({@link OPEN}, …)?
 * `NaN` (a read past the end of a string) is in none.
 */
export function charIs(c: number, flags: number): boolean {
  return c >= 0 && ((CLASSES[c] as number) & flags) !== 0
}

/** Delimiters allowed after a chapter numeral: `一、` `一．` `一.`. A space is handled apart. */
export const CHAPTER_DELIMITERS = '、．.'
/** Delimiters allowed after a task number: `1.` `1．` `1、`. */
export const TASK_DELIMITERS = '.．、'



/** The stops among them: a line ending in a closing bracket or quote may still be a title wrapped (`（含\n商标）`). */
export const SENTENCE_STOPS = '。！？；!?;…'

/** {@link isSpace} for a UTF-16 code unit, for loops that read `charCodeAt` and make no strings (`NaN`, past the end, is none). */
export function isSpaceCode(c: number): boolean {
  return charIs(c, SPACE)
}

/** Is `ch` one character of {@link SPACES}? */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isSpaceCode(ch.charCodeAt(0))
}

/** Any white space, horizontal or vertical. */
export function isWhite(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isWhiteCode(ch.charCodeAt(0))
}

/** {@link isWhite} for a UTF-16 code unit. */
export function isWhiteCode(c: number): boolean {
  return isSpaceCode(c) || c === 10 || c === 13 || c === 0x2028 || c === 0x2029
}

/** True for ASCII `0-9` and full-width `０-９`. */
export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)
}

/** Value of an ASCII or full-width digit; call only after {@link isDigit}. */
export function digitValue(ch: string): number {
  const c = ch.charCodeAt(0)
  return c >= 0xff10 ? c - 0xff10 : c - 0x30
}

/** {@link isDigit} for a UTF-16 code (`NaN`, past the end of a text, is none). */
export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)
}

/** {@link digitValue} for a UTF-16 code; call only after {@link isDigitCode}. */
export function digitCodeValue(c: number): number {
  return c >= 0xff10 ? c - 0xff10 : c - 0x30
}

/**
 * What `\s` and `String#trim` take for white space, and {@link INVISIBLES}
 * (`（知识产权局负责）\u200b。` is a note and its full stop), as a code: no string per character.
 */
export function isJsSpaceCode(c: number): boolean {
  // JS white space is this family and the line breaks, and U+1680 (Ogham space mark).
  return isWhiteCode(c) || c === 0x1680
}
