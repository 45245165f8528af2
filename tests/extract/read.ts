import { type Grammar } from '../../src/extract/grammar/compile.js'
import { parseNote } from '../../src/extract/note.js'

/** A note as a test compares it: names by role, flags, and the clauses as `[kind, text]`. */
export function read(note: string, grammar?: Grammar) {
  const parts = parseNote(note, grammar)
  if (parts === null) return null
  const names = parts.departments.map((d) => d.name)
  return {
    units: names,
    leads: names.filter((_, i) => parts.roles[i] === 'lead'),
    participants: names.filter((_, i) => parts.roles[i] === 'participant'),
    explicit: parts.explicit,
    byDuty: parts.byDuty,
    open: parts.open,
    tail: parts.openTail?.text,
    deadline: parts.deadline?.text,
    rule: parts.rule?.rule,
    clauses: parts.clauses.map((c) => [c.kind, c.text]),
    parts,
  }
}
