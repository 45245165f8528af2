import type { Meta, Paragraph, Plan } from '../types.js'
import { leavesOf } from '../util/leaves.js'
import type { Registry } from '../registry/registry.js'
import { findClosingRule } from './closing-rule.js'
import { readJurisdiction } from './jurisdiction.js'
import { readNotice } from './notice.js'
import { readTitle } from './title.js'

type Node = Plan['children'][number]


/**
 * What `/《(.+)》/` captures: from the first `《` of a line to its last `》`.
 * A scan, as that regex is quadratic on a run of unclosed `《`.
 */
function citedTitle(text: string): string | undefined {
  for (const line of text.split(/[\n\r\u2028\u2029]/)) {
    const open = line.indexOf('《')
    const close = line.lastIndexOf('》')
    // Later `《` of the line cannot do better, so go on to the next line.
    if (open >= 0 && close > open + 1) return line.slice(open + 1, close)
  }
  return undefined
}

/**
 * Read what a plan says about itself from its tree: the notice before the
 * first chapter (title, document number, dates, recipients, issuer, seal),
 * the plan's title, period and preamble, and the closing rule on roles.
 * Every field is optional and positioned; the paragraphs stay in the tree.
 *
 * @example
 * ```ts
 * const meta = extractMeta(parsePlan(text).children)
 * meta.signed?.date   // '2021-12-27'
 * meta.period         // { raw: '2021—2022年度', from: 2021, to: 2022, position: … }
 * ```
 */
export function extractMeta(children: readonly Node[]): Meta {
  return metaOf(children, null)
}

/** What the paragraphs before a plan's first unit say of it: the notice, the title, period and preamble. */
export interface FrontMeta {
  /** The paragraphs it was read from. */
  paragraphs: readonly Node[]
  meta: Meta
}

/** The paragraphs before the first unit. */
function frontOf(children: readonly Node[]): Paragraph[] {
  const first = children.findIndex((c) => c.type !== 'paragraph')
  return children.slice(0, first < 0 ? children.length : first) as Paragraph[]
}

/** Read the notice and title before the first unit: all {@link planDate} needs, while the tree is still being built. */
export function readFront(children: readonly Node[], registry?: Registry): FrontMeta {
  const front = frontOf(children)
  const { meta: notice, end } = readNotice(front)
  const cited = notice.noticeTitle ? citedTitle(notice.noticeTitle.raw) : undefined
  const meta: Meta = { ...notice, ...readTitle(front.slice(end), cited) }
  // The level says how the notes' bare names resolve: read before the first unit is built.
  const jurisdiction = readJurisdiction(meta, registry, front)
  if (jurisdiction) meta.jurisdiction = jurisdiction
  return { paragraphs: front, meta }
}

/**
 * {@link extractMeta}, given what was read of the front before (`known`):
 * read again only when the paragraphs before the first unit are not the
 * ones it was read from.
 */
export function metaOf(children: readonly Node[], known: FrontMeta | null, registry?: Registry): Meta {
  const front = frontOf(children)
  const same = known !== null && known.paragraphs.length === front.length && front.every((p, i) => p === known.paragraphs[i])
  const meta: Meta = { ...(same ? known.meta : readFront(children, registry).meta) }
  // The rule usually closes the plan, but some plans state it in the preamble.
  const first = front.length < children.length ? front.length : -1
  const after = first < 0 ? [] : leavesOf(children.slice(first), 'paragraph')
  const closingRule = findClosingRule([...after, ...front])
  if (closingRule) meta.closingRule = closingRule
  return meta
}
