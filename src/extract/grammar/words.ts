/**
 * Word tables: the words of one kind, filed under the code of their first
 * (or last) character, longest first, so that a scan asks one map per
 * position and tries only the few words that can match there.
 */

/** A word and what it means. */
export interface Word<T> {
  word: string
  value: T
}

/** Words filed by the code of one end: their first character or their last. */
export type WordTable<T> = ReadonlyMap<number, readonly Word<T>[]>

const longestFirst = (a: Word<unknown>, b: Word<unknown>): number => b.word.length - a.word.length

function table<T>(entries: readonly (readonly [string, T])[], key: (word: string) => number): WordTable<T> {
  // A word given twice keeps its last meaning. Indexed loops and forEach, not for…of with
  // destructuring: this runs once per process, interpreted, where each pair read through
  // the iterator protocol costs more than the rest of the loop.
  const meanings = new Map<string, T>()
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as readonly [string, T]
    if (entry[0].length > 0) meanings.set(entry[0], entry[1])
  }
  const map = new Map<number, Word<T>[]>()
  meanings.forEach((value, word) => {
    const code = key(word)
    const list = map.get(code)
    if (list === undefined) map.set(code, [{ word, value }])
    else list.push({ word, value })
  })
  // Longest first, words of one length in the order given (the sort is stable). One sort per
  // list rather than an insertion per word: the role words ending in 责 are one list of some 200.
  map.forEach((list) => {
    if (list.length > 1) list.sort(longestFirst)
  })
  return map
}

/** A table for words read forwards from a position ({@link wordAt}). */
export function byFirst<T>(entries: readonly (readonly [string, T])[]): WordTable<T> {
  return table(entries, (word) => word.charCodeAt(0))
}

/** A table for words read backwards from an end ({@link wordBefore}). */
export function byLast<T>(entries: readonly (readonly [string, T])[]): WordTable<T> {
  return table(entries, (word) => word.charCodeAt(word.length - 1))
}

/**
 * The longest word of `words` (a {@link byFirst} table) written at `text[at…]`,
 * ending by `end`.
 *
 * @example
 * ```ts
 * wordAt(byFirst([['牵头', 1], ['牵头单位', 2]]), '牵头单位：市商务局', 0)?.word // '牵头单位'
 * ```
 */
export function wordAt<T>(words: WordTable<T>, text: string, at: number, end = text.length): Word<T> | undefined {
  const list = words.get(text.charCodeAt(at))
  if (list === undefined) return undefined
  for (const w of list) if (at + w.word.length <= end && writtenAt(text, w.word, at)) return w
  return undefined
}

/**
 * The longest word of `words` (a {@link byLast} table) that ends at `end`,
 * starting no earlier than `start`.
 *
 * @example
 * ```ts
 * wordBefore(byLast([['负责', 1], ['按职责分工负责', 2]]), '商务部按职责分工负责', 10)?.word // '按职责分工负责'
 * ```
 */
export function wordBefore<T>(words: WordTable<T>, text: string, end: number, start = 0): Word<T> | undefined {
  const list = words.get(text.charCodeAt(end - 1))
  if (list === undefined) return undefined
  if (list.length > SHORT_LIST && start >= 0) return longestBefore(backwardTrie(list), text, end, start)
  for (const w of list) if (end - w.word.length >= start && writtenAt(text, w.word, end - w.word.length)) return w
  return undefined
}

/** Lists up to this long are tried word by word; longer ones are read through a {@link backwardTrie}. */
const SHORT_LIST = 4

/** A node of a {@link backwardTrie}: the word that starts here, read backwards, and the characters before it. */
interface TrieNode<T> {
  word: Word<T> | undefined
  before: Map<number, TrieNode<T>> | null
}

const tries = new WeakMap<readonly Word<unknown>[], TrieNode<unknown>>()

/**
 * The words of one list (those ending with the same character) as a trie read
 * from their ends backwards. The role words ending in `责` are 35 that mostly
 * end in `负责`: tried one by one, a note's last words were compared some 35
 * times over; through the trie, each character once. Built on first use.
 */
function backwardTrie<T>(list: readonly Word<T>[]): TrieNode<T> {
  let root = tries.get(list) as TrieNode<T> | undefined
  if (root !== undefined) return root
  root = { word: undefined, before: null }
  for (const w of list) {
    let node = root
    // From the last character: a list filed by its first ones (a `byFirst` table) reads right too.
    for (let i = w.word.length - 1; i >= 0; i--) {
      const c = w.word.charCodeAt(i)
      node.before ??= new Map()
      let next = node.before.get(c)
      if (next === undefined) node.before.set(c, (next = { word: undefined, before: null }))
      node = next
    }
    // Words are unique in a list: no word ends at a node twice.
    node.word = w
  }
  tries.set(list, root)
  return root
}

/** The longest word of the trie that ends at `end`, starting no earlier than `start` (≥ 0). */
function longestBefore<T>(root: TrieNode<T>, text: string, end: number, start: number): Word<T> | undefined {
  let found: Word<T> | undefined
  let node: TrieNode<T> | undefined = root
  for (let i = end - 1; i >= start && node.before !== null; i--) {
    node = node.before.get(text.charCodeAt(i))
    if (node === undefined) break
    if (node.word !== undefined) found = node.word
  }
  return found
}

/**
 * `text.startsWith(word, at)`, compared code by code from the word's end:
 * the words filed under one character mostly share it and the one before
 * (`按职责分工负责` … `负责`), so a mismatch shows within a character or two,
 * where a call of `startsWith` per word cost more than the whole comparison.
 */
function writtenAt(text: string, word: string, at: number): boolean {
  // startsWith reads a negative position as 0.
  if (at < 0) return text.startsWith(word, at)
  for (let i = word.length - 1; i >= 0; i--) if (text.charCodeAt(at + i) !== word.charCodeAt(i)) return false
  return true
}
