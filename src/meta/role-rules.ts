import type { Meta, Responsibility, Unit } from '../types.js'
import { roleRuleOf } from './closing-rule.js'
import { forEachNote } from '../util/units.js'

type RoleRule = NonNullable<Meta['closingRule']>['rule']

/**
 * Give the notes that name no roles of their own the document's rule: a
 * rule stated inside a note (`（第一责任单位为牵头单位，下同）`) from that note
 * on, else the closing rule (列第一位的部门为牵头部门…). `all-lead` makes every
 * listed body a lead. The rules stated in notes are recorded in `meta.rules`.
 */
export function applyRoleRules(units: readonly Unit[], meta: Meta): void {
  let rule: RoleRule | undefined = meta.closingRule?.rule
  const stated: NonNullable<Meta['rules']> = []
  const visit = (note: Responsibility) => {
    if (note.clauses) {
      for (const clause of note.clauses) {
        const said = clause.kind === 'rule' ? roleRuleOf(clause.text) : undefined
        if (said === undefined) continue
        rule = said
        stated.push({ raw: clause.text, rule: said, position: clause.position ?? note.position })
      }
    }
    if (rule !== undefined && note.rolesFrom !== 'note') apply(note, rule)
  }
  // Each note is its own unit's: the tree builder makes every note object for
  // the one unit whose paragraph holds it.
  for (const unit of units) forEachNote(unit, visit)
  if (stated.length > 0) meta.rules = stated
}

function apply(note: Responsibility, rule: RoleRule): void {
  note.rolesFrom = 'closing-rule'
  if (rule === 'all-lead') {
    note.leads = [...note.departments]
    note.participants = []
  }
}
