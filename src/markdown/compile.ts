import type { Root } from 'mdast'
import type { Event, Point, Token } from 'micromark-util-types'
import { lazy } from '../util/lazy.js'

/**
 * The mdast tree remark-parse gives for a piece of Markdown, as far as the
 * walker in `extract.ts` reads it: the same nodes with the same children,
 * positions and values, and a list's `ordered` and `start`; no `depth`,
 * `lang`, `url`, `spread` and the like. Made from micromark's events by the
 * rules of mdast-util-from-markdown (`compiler` in its lib/index.js, 2.0.2),
 * which this follows handler for handler.
 *
 * Why not remark: its compiler calls each event's handler on a fresh
 * `{...context, sliceSerialize}`, and V8 promotes every such object to the
 * old generation, some 180 bytes an event: a Markdown plan in pieces of
 * 1,500 characters peaked at 67–85× its input (docs/performance.md). Here
 * one state object serves every event. Positions hold micromark's own
 * points, shared, not copied: nothing changes them once the events are
 * made, and the tree is read once and dropped.
 */

interface Node {
  type: string
  children?: Node[]
  value?: string
  alt?: string
  ordered?: boolean
  start?: number | null
  position?: { start: Point; end: Point }
}

/** Node types a line ending inside adds a `\n` to the text of (`canContainEols`). */
const EOLS = new Set(['emphasis', 'fragment', 'heading', 'paragraph', 'strong'])

/** Tokens that open a node, and its type. */
const OPENERS: ReadonlyMap<string, string> = new Map([
  ['atxHeading', 'heading'],
  ['setextHeading', 'heading'],
  ['paragraph', 'paragraph'],
  ['blockQuote', 'blockquote'],
  ['codeFenced', 'code'],
  ['codeIndented', 'code'],
  ['htmlFlow', 'html'],
  ['htmlText', 'html'],
  ['codeText', 'inlineCode'],
  ['definition', 'definition'],
  ['emphasis', 'emphasis'],
  ['strong', 'strong'],
  ['hardBreakEscape', 'break'],
  ['hardBreakTrailing', 'break'],
  ['image', 'image'],
  ['link', 'link'],
  ['autolink', 'link'],
  ['listItem', 'listItem'],
  ['listOrdered', 'list'],
  ['listUnordered', 'list'],
  ['thematicBreak', 'thematicBreak'],
])
/** Node types with children in mdast (the others have a value, or nothing). */
const PARENTS = new Set(['heading', 'paragraph', 'blockquote', 'emphasis', 'strong', 'link', 'listItem', 'list'])
/** Node types with a value in mdast. */
const VALUES = new Set(['code', 'html', 'inlineCode'])
/** Tokens that open a buffer (a fragment on the stack) beside their node: its text becomes the node's value. */
const BUFFER_BESIDE = new Set(['codeIndented', 'htmlFlow', 'htmlText', 'codeText'])
/** Tokens whose text is data of the node open (`onenterdata` … `onexitdata`). */
const DATA = new Set(['data', 'codeFlowValue', 'codeTextData', 'htmlFlowData', 'htmlTextData', 'autolinkProtocol', 'autolinkEmail'])
/** Tokens whose text is kept apart and dropped here (a link's destination, a fence's info): a buffer each. */
const BUFFERED = new Set([
  'codeFencedFenceInfo',
  'codeFencedFenceMeta',
  'definitionDestinationString',
  'definitionLabelString',
  'definitionTitleString',
  'referenceString',
  'resourceDestinationString',
  'resourceTitleString',
])

/** What mdast-util-from-markdown's handlers keep on `this.stack` and in `this.data`. */
interface State {
  stack: Node[]
  expectingFirstListItemValue: boolean
  flowCodeInside: boolean
  setextHeadingSlurpLineEnding: boolean
  atHardBreak: boolean
  /** The marker of the numeric reference being read, `''` for a named one. */
  characterReferenceType: string
  /** Is the link or image being read a reference (`[甲]`, `[甲][]`, `[甲][乙]`), so far? */
  inReference: boolean
}

function top(s: State): Node {
  return s.stack[s.stack.length - 1] as Node
}

/** mdast-util-to-string: a value, else an image's alt, else the children's text. */
function toText(node: Node): string {
  if (node.value !== undefined) return node.value
  if (node.alt) return node.alt
  let text = ''
  for (const child of node.children ?? []) text += toText(child)
  return text
}

function buffer(s: State): void {
  s.stack.push({ type: 'fragment', children: [] })
}

function resume(s: State): string {
  return toText(s.stack.pop() as Node)
}

function onEnterData(s: State, token: Token): void {
  const siblings = top(s).children as Node[]
  let tail = siblings[siblings.length - 1]
  if (!tail || tail.type !== 'text') {
    tail = { type: 'text', value: '', position: { start: token.start, end: token.end } }
    siblings.push(tail)
  }
  s.stack.push(tail)
}

function onExitData(s: State, token: Token, text: string): void {
  const tail = s.stack.pop() as Node
  tail.value += text
  ;(tail.position as { end: Point }).end = token.end
}

function onEnter(s: State, token: Token, event: Event): void {
  const type = token.type
  const opens = OPENERS.get(type)
  if (opens !== undefined) {
    const node: Node = { type: opens, position: { start: token.start, end: token.end } }
    if (PARENTS.has(opens)) node.children = []
    else if (VALUES.has(opens)) node.value = ''
    if (opens === 'list') {
      node.ordered = type === 'listOrdered'
      node.start = null
      if (node.ordered) s.expectingFirstListItemValue = true
    }
    ;(top(s).children as Node[]).push(node)
    s.stack.push(node)
    if (BUFFER_BESIDE.has(type)) buffer(s)
  } else if (DATA.has(type) || type === 'characterEscape' || type === 'characterReference') {
    onEnterData(s, token)
  } else if (BUFFERED.has(type) || type === 'label') {
    buffer(s)
  } else if (type === 'listItemValue' && s.expectingFirstListItemValue) {
    ;(s.stack[s.stack.length - 2] as Node).start = Number.parseInt(event[2].sliceSerialize(token), 10)
    s.expectingFirstListItemValue = false
  }
}

function close(s: State, token: Token): void {
  ;((s.stack.pop() as Node).position as { end: Point }).end = token.end
}

function onExit(s: State, token: Token, event: Event): void {
  const type = token.type
  if (DATA.has(type) || type === 'characterEscapeValue') {
    onExitData(s, token, event[2].sliceSerialize(token))
  } else if (type === 'lineEnding') {
    const context = top(s)
    // At a hard break, the line ending is the break's.
    if (s.atHardBreak) {
      const children = context.children as Node[]
      ;((children[children.length - 1] as Node).position as { end: Point }).end = token.end
      s.atHardBreak = false
    } else if (!s.setextHeadingSlurpLineEnding && EOLS.has(context.type)) {
      onEnterData(s, token)
      onExitData(s, token, event[2].sliceSerialize(token))
    }
  } else if (type === 'characterReferenceMarkerNumeric' || type === 'characterReferenceMarkerHexadecimal') {
    s.characterReferenceType = type
  } else if (type === 'characterReferenceValue') {
    const data = event[2].sliceSerialize(token)
    const kind = s.characterReferenceType
    s.characterReferenceType = ''
    const { decodeNumeric, decodeNamed } = micromark()
    const value = kind ? decodeNumeric(data, kind === 'characterReferenceMarkerNumeric' ? 10 : 16) : decodeNamed(data)
    top(s).value += value || ''
  } else if (type === 'characterReference') {
    ;((s.stack.pop() as Node).position as { end: Point }).end = token.end
  } else if (BUFFERED.has(type)) {
    resume(s)
  } else if (type === 'label') {
    const fragment = s.stack.pop() as Node
    const node = top(s)
    s.inReference = true
    if (node.type === 'link') node.children = fragment.children as Node[]
    else node.alt = toText(fragment)
  } else if (type === 'resource') {
    s.inReference = false
  } else if (type === 'codeFencedFence') {
    // The opening fence: the code's text starts here. The closing one: nothing.
    if (!s.flowCodeInside) {
      buffer(s)
      s.flowCodeInside = true
    }
  } else if (type === 'setextHeadingText') {
    s.setextHeadingSlurpLineEnding = true
  } else if (OPENERS.has(type)) {
    if (type === 'codeFenced') {
      const value = resume(s)
      top(s).value = value.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '')
      s.flowCodeInside = false
    } else if (type === 'codeIndented') {
      const value = resume(s)
      top(s).value = value.replace(/(\r?\n|\r)$/g, '')
    } else if (BUFFER_BESIDE.has(type)) {
      const value = resume(s)
      top(s).value = value
    } else if (type === 'hardBreakEscape' || type === 'hardBreakTrailing') {
      s.atHardBreak = true
    } else if (type === 'setextHeading') {
      s.setextHeadingSlurpLineEnding = false
    } else if ((type === 'link' || type === 'image') && s.inReference) {
      top(s).type += 'Reference'
    }
    close(s, token)
  }
}

/**
 * mdast-util-from-markdown's `prepareList`: add `listItem` enter and exit
 * events around each item of the list whose enter is at `start` and whose
 * exit ends `events`, an item ending before the blank lines that follow
 * it, and mark line endings between an item's blocks as blank ones.
 */
function prepareList(events: Event[], start: number): void {
  const end = events.length - 1
  let index = start - 1
  let containerBalance = -1
  let listItem: Token | undefined
  let lineIndex: number | undefined
  let firstBlankLineIndex: number | undefined
  let atMarker: boolean | undefined
  const insertions: { at: number; event: Event }[] = []
  while (++index <= end) {
    const event = events[index] as Event
    switch (event[1].type) {
      case 'listUnordered':
      case 'listOrdered':
      case 'blockQuote':
        containerBalance += event[0] === 'enter' ? 1 : -1
        atMarker = undefined
        break
      case 'lineEndingBlank':
        if (event[0] === 'enter') {
          if (listItem && !atMarker && !containerBalance && !firstBlankLineIndex) firstBlankLineIndex = index
          atMarker = undefined
        }
        break
      case 'linePrefix':
      case 'listItemValue':
      case 'listItemMarker':
      case 'listItemPrefix':
      case 'listItemPrefixWhitespace':
        break
      default:
        atMarker = undefined
    }
    if (
      (!containerBalance && event[0] === 'enter' && event[1].type === 'listItemPrefix') ||
      (containerBalance === -1 && event[0] === 'exit' && (event[1].type === 'listUnordered' || event[1].type === 'listOrdered'))
    ) {
      if (listItem) {
        let tailIndex = index
        lineIndex = undefined
        while (tailIndex--) {
          const tailEvent = events[tailIndex] as Event
          const type = tailEvent[1].type
          if (type === 'lineEnding' || type === 'lineEndingBlank') {
            if (tailEvent[0] === 'exit') continue
            if (lineIndex) (events[lineIndex] as Event)[1].type = 'lineEndingBlank'
            tailEvent[1].type = 'lineEnding'
            lineIndex = tailIndex
          } else if (type === 'linePrefix' || type === 'blockQuotePrefix' || type === 'blockQuotePrefixWhitespace' || type === 'blockQuoteMarker' || type === 'listItemIndent') {
            // Part of the line the item's last line ending leads to.
          } else {
            break
          }
        }
        listItem.end = { ...(lineIndex ? (events[lineIndex] as Event)[1].start : event[1].end) }
        insertions.push({ at: lineIndex || index, event: ['exit', listItem, event[2]] })
      }
      if (event[1].type === 'listItemPrefix') {
        listItem = { type: 'listItem', start: { ...event[1].start }, end: undefined as unknown as Point }
        insertions.push({ at: index, event: ['enter', listItem, event[2]] })
        firstBlankLineIndex = undefined
        atMarker = true
      }
    }
  }
  // The list is the last thing in `events`: take it off and put it back with the insertions.
  const listEvents = events.splice(start)
  let insertion = 0
  for (let i = 0; i < listEvents.length; i++) {
    while (insertion < insertions.length && (insertions[insertion] as { at: number }).at === start + i) events.push((insertions[insertion++] as { event: Event }).event)
    events.push(listEvents[i] as Event)
  }
}

const micromark = lazy((require) => {
  const { parse, postprocess, preprocess } = require('micromark') as typeof import('micromark')
  const { cjkFriendlyExtension } = require('micromark-extension-cjk-friendly') as typeof import('micromark-extension-cjk-friendly')
  // The decoders micromark and mdast-util-from-markdown use, so references read the same.
  const { decodeNamedCharacterReference } = require('decode-named-character-reference') as typeof import('decode-named-character-reference')
  const { decodeNumericCharacterReference } = require('micromark-util-decode-numeric-character-reference') as typeof import('micromark-util-decode-numeric-character-reference')
  // remark-cjk-friendly adds this one syntax extension and nothing else. The parser is made once:
  // making it combines every construct anew (some 0.2 ms and 15 KB a piece), and of what it
  // holds only the link definitions and lazy lines belong to one document, so they start afresh.
  const parser = parse({ extensions: [cjkFriendlyExtension()] })
  const events = (value: string): Event[] => {
    parser.defined = []
    parser.lazy = {}
    return postprocess(parser.document().write(preprocess()(value, undefined, true)))
  }
  return { events, decodeNamed: decodeNamedCharacterReference, decodeNumeric: decodeNumericCharacterReference }
})

/**
 * The tree `unified().use(remarkParse).use(remarkCjkFriendly).parse(value)`
 * gives, as far as `extract.ts` reads it (see above).
 *
 * @example
 * ```ts
 * markdownTree('1. **推进**').children[0] // { type: 'list', ordered: true, start: 1, children: [listItem], position }
 * ```
 */
export function markdownTree(value: string): Root {
  const all = micromark().events(value)
  // Lists get their items first, each while it is the last thing read (mdast's `compile`).
  const events: Event[] = []
  const lists: number[] = []
  for (const event of all) {
    events.push(event)
    const type = event[1].type
    if (type === 'listOrdered' || type === 'listUnordered') {
      if (event[0] === 'enter') lists.push(events.length - 1)
      else prepareList(events, lists.pop() as number)
    }
  }
  const root: Node = { type: 'root', children: [] }
  const s: State = { stack: [root], expectingFirstListItemValue: false, flowCodeInside: false, setextHeadingSlurpLineEnding: false, atHardBreak: false, characterReferenceType: '', inReference: false }
  for (const event of events) {
    if (event[0] === 'enter') onEnter(s, event[1], event)
    else onExit(s, event[1], event)
  }
  return root as unknown as Root
}
