import type { Diagnostic, Position } from './types.js'

/** How much a problem matters: `error` fails strict mode; `info` reports what clean-up did or noticed. */
export type Severity = 'error' | 'warning' | 'info'

/**
 * Every problem the parser reports, its severity and what it means: one kind
 * of doubt about the document each, never about the caller's use of the API
 * (parse5's `error-codes.js`, vfile-message's `ruleId`). Severity lives here,
 * not at the places that report.
 */
export const RULES = {
  'numbering-gap': { severity: 'error', description: 'A number is missing from a run of chapters, sections, tasks or items (past 100 of a rule in a plan, one more diagnostic counts the rest).' },
  'numbering-duplicate': { severity: 'error', description: 'A number appears twice in one run (past 100 of a rule in a plan, one more diagnostic counts the rest).' },
  'numbering-out-of-order': { severity: 'error', description: 'A number comes after a larger one (past 100 of a rule in a plan, one more diagnostic counts the rest).' },
  'numbering-start': { severity: 'error', description: 'A run does not start at 1 (nor go on from the run before it) (past 100 of a rule in a plan, one more diagnostic counts the rest).' },
  'numbering-continues': {
    severity: 'info',
    description: 'Sections, tasks or sub-items go on numbering across their parents (`（十九）` in chapter 5, `（3）` under the next task), as State Council documents do.',
  },
  'marker-lost': { severity: 'info', description: 'A line with a note of its own, where one task number is missing between two tasks, was read as that task (a copy that lost its automatic numbering); its `marker` is empty.' },
  'missing-responsibility': { severity: 'error', description: 'A task (a unit of type `task`) has no note naming a department, nor has any of its sub-items.' },
  'unparsed-note': { severity: 'warning', description: 'Part of a note names no department the grammar can place; it is kept as an `unparsed` clause.' },
  'unbalanced-brackets': { severity: 'warning', description: 'A bracket has no partner, which may have swallowed a note (past 100 in one text, one more diagnostic counts the rest).' },
  'unknown-department': { severity: 'warning', description: 'A department name the registry cannot place; kept as written, `kind: unknown`.' },
  'department-not-in-recipients': { severity: 'warning', description: 'A note names a body the notice was not sent to.' },
  'department-renamed': { severity: 'info', description: 'A note names a body that no longer existed under that name at the plan’s date.' },
  'page-footer': { severity: 'info', description: 'A page footer (`— 3 —`) was dropped from the text.' },
  'page-header': { severity: 'info', description: 'A running header of a Word or PDF file (the same text on every page), or of text copied from one (the title again beside a page footer), was left out of the text.' },
  'pinyin-annotation': { severity: 'info', description: 'Pinyin injected by a web copy (`发(fā)`) was dropped from the text.' },
  'html-title': { severity: 'info', description: 'An HTML page’s `<title>` (the browser tab’s label) was left out of the text; the plan’s own heading is in the body.' },
  'invisible-characters': {
    severity: 'info',
    description: 'The input holds characters that print nothing (zero-width space, word joiner, direction marks, soft hyphen, form feed…), read as white space; reported once, at the first, with their count.',
  },
  'no-structure': { severity: 'warning', description: 'No chapter, section, task or item was found: the document has paragraphs only, and may not be a plan (or not in a form the parser knows).' },
  'markdown-as-text': {
    severity: 'warning',
    description: 'Markdown with too many emphasis, link or code marks in one paragraph, or nested too deep, to parse in linear time was read as plain text: its marks stay in the text.',
  },
} as const satisfies Record<string, { severity: Severity; description: string }>

export type RuleId = keyof typeof RULES

/** The closed list of rule ids, in the order of {@link RULES}. */
export const RULE_IDS = Object.keys(RULES) as [RuleId, ...RuleId[]]

/** A diagnostic of `ruleId`, with the severity the rule table gives it. */
export function diagnostic(ruleId: RuleId, reason: string, place: Position): Diagnostic {
  return { ruleId, severity: RULES[ruleId].severity, reason, place, source: 'cn-plan-parser' }
}
