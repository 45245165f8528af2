/**
 * The reader of a note: sentences and segments (segments.ts), labels at a
 * segment's start, role words at a piece's end, deadlines and rules as
 * clauses of their own, and the units of every piece (units.ts).
 *
 * A list waits for its role: `A，B牵头` makes both lead, and a labelled list
 * (`责任单位：A，B；C`) runs on until the next label or role word. A segment
 * cut off from its role word by `，` joins it only if it reads as units;
 * otherwise it is kept as an `unparsed` clause and the rest still counts.
 */
import type { Grammar } from './compile.js'
import { isDeadlineIn } from './deadline.js'
import { trimSpan } from './name-span.js'
import { isPersonIn } from './person.js'
import { ruleIn } from './rule.js'
import { type LabelAt, type Segment, type Sentence, labelAt } from './segments.js'
import { isCarryOn, sentenceAssigns, unknownLabel } from './sentence-kind.js'
import type { LabelKind, NameSpan, NoteClause, NoteParts, NoteRule, Role, RoleKind, TextSpan } from './types.js'
import { EACH, isNameLike, looksLikeUnit } from './unit-shape.js'
import { type PieceRead, readPiece, splitPieces } from './units.js'
import { wordBefore } from './words.js'

/** Bodies named with no place of their own, which take the places of a `各…` unit before them. */
const BARE_BODIES: ReadonlySet<string> = new Set(['政府', '人民政府', '党委', '党委政府'])

/** `下同`, `以下同`: what a note says holds for the notes after it too. */
const SAME_BELOW = /^以?下同$/

/** A role before the note-wide decision: `responsible` units lead or take part by the rest of the note. */
type Pending = 'lead' | 'participant' | 'responsible'

/** Pieces read from one segment that wait for a role word. */
interface Waiting {
  clause: number
  label: LabelKind | null
  /** The segment being read: a role word at its end takes its pieces whatever they look like. */
  current: boolean
  pieces: PieceRead[]
}

const UNIT_LABELS: ReadonlySet<LabelKind> = new Set(['lead', 'participant', 'responsible', 'division'])

/**
 * Reads one note, sentence by sentence (for `readNoteInFull`): each
 * segment becomes a clause, and the units of its lists are given roles when
 * a role word, a label or the end of the list decides them.
 */
export class NoteReader {
  readonly clauses: NoteClause[] = []
  readonly units: NameSpan[] = []
  readonly roles: Pending[] = []
  byDuty = false
  open = false
  openTail: TextSpan | undefined
  deadline: TextSpan | undefined
  rule: NoteRule | undefined
  /** A label or a role word was read: the text is a note by its shape. */
  shaped = false
  private label: LabelKind | null = null
  private waiting: Waiting[] = []

  constructor(
    readonly text: string,
    readonly grammar: Grammar,
  ) {}

  span(start: number, end: number): TextSpan {
    return { text: this.text.slice(start, end), start, end }
  }

  clause(kind: NoteClause['kind'], start: number, end: number): number {
    this.clauses.push({ kind, ...this.span(start, end) })
    return this.clauses.length - 1
  }

  sentence(sentence: Sentence, first: boolean): void {
    if (!first && !sentenceAssigns(this.text, sentence, this.grammar)) {
      this.clause('remark', sentence.start, sentence.end)
      return
    }
    for (const segment of sentence.segments) this.segment(segment)
    // A list does not wait for a role word across `。`.
    this.flush()
  }

  segment({ start, end }: Segment): void {
    const { text, grammar } = this
    const label = labelAt(text, start, end, grammar)
    if (label !== null) return this.labelled(label, start, end)
    if ((this.label === 'deadline' || this.label === 'leader') && !this.endsWithRole(start, end) && !looksLikeUnit(text, start, end, grammar)) {
      // `完成时限：2024年6月底前，长期坚持`, `分管领导：甲，乙`: the labelled clause goes on.
      const last = this.clauses[this.clauses.length - 1] as NoteClause
      if (this.label === 'deadline' && this.deadline !== undefined && this.deadline.start >= last.start) this.deadline = this.span(this.deadline.start, end)
      Object.assign(last, this.span(last.start, end))
      return
    }
    if (this.label === 'deadline' || this.label === 'leader') this.label = null
    if (isDeadlineIn(text, start, end)) {
      this.clause('deadline', start, end)
      this.deadline ??= this.span(start, end)
      return
    }
    const rule = ruleIn(text, start, end, grammar)
    if (rule !== null) {
      this.clause('rule', start, end)
      this.rule ??= { rule, ...this.span(start, end) }
      return
    }
    const last = this.clauses[this.clauses.length - 1]
    if (last?.kind === 'rule' && isCarryOn(text, { start, end })) {
      Object.assign(last, this.span(last.start, end))
      if (this.rule && this.rule.start === last.start) Object.assign(this.rule, this.span(last.start, end))
      return
    }
    if (SAME_BELOW.test(text.slice(start, end))) {
      // `县商务局负责，下同`: the note says it holds for the tasks after it; nothing to place.
      this.clause('remark', start, end)
      return
    }
    const colon = unknownLabel(text, start, end)
    if (colon > 0) {
      // `主抓部门：市数据局`: a label the grammar does not know; its list is read as units in charge.
      this.clause('unparsed', start, colon)
      this.flush()
      this.label = 'responsible'
      const [s, e] = trimSpan(text, colon, end)
      if (s < e) this.list(this.clause('units', s, e), s, e)
      return
    }
    if (isPersonIn(text, start, end, grammar)) {
      // `副市长孙海鹰`, `王宁副市长牵头`: a person in charge, no unit.
      this.clause('leader', start, end)
      return
    }
    this.list(this.clause('units', start, end), start, end)
  }

  endsWithRole(start: number, end: number): boolean {
    return wordBefore(this.grammar.roles, this.text, end, start) !== undefined
  }

  labelled(label: LabelAt, start: number, end: number): void {
    this.flush()
    this.shaped = true
    this.label = label.kind
    if (label.kind === 'deadline') {
      this.clause('deadline', start, end)
      if (label.value < end) this.deadline ??= this.span(label.value, end)
    } else if (label.kind === 'leader') {
      this.clause('leader', start, end)
    } else {
      const clause = this.clause('units', start, end)
      if (label.value < end) this.list(clause, label.value, end)
    }
  }

  /** Read the units of `text[start, end)`, closing a group at every role word. */
  list(clause: number, start: number, end: number): void {
    const { text, grammar } = this
    const mine: Waiting = { clause, label: UNIT_LABELS.has(this.label as LabelKind) ? this.label : null, current: true, pieces: [] }
    this.waiting.push(mine)
    for (const piece of splitPieces(text, start, end, grammar)) {
      const role = wordBefore(grammar.roles, text, piece.end, piece.start)
      if (role === undefined) {
        mine.pieces.push(readPiece(text, piece, grammar))
        continue
      }
      const [s, e] = trimSpan(text, piece.start, piece.end - role.word.length)
      if (s < e) mine.pieces.push(readPiece(text, { start: s, end: e }, grammar))
      this.close(role.value)
      // The segment goes on after the role word: `A牵头、B配合`.
      mine.pieces = []
      this.waiting.push(mine)
    }
    mine.current = false
  }

  /** Give the waiting pieces the role `kind` (with the label each was read under). */
  close(kind: RoleKind): void {
    this.shaped = true
    if (kind === 'by-duty') this.byDuty = true
    const group: { piece: PieceRead; role: Pending }[] = []
    // `A、B，C配合`: with no unit leading yet, the units `，` parts from a
    // participant word are the ones in charge, not more participants.
    const leadless = kind === 'participant' && !this.roles.includes('lead')
    for (const w of this.waiting) {
      if (!w.current && w.label === null && !this.readsAsUnits(w)) {
        ;(this.clauses[w.clause] as NoteClause).kind = 'unparsed'
        continue
      }
      const role = leadless && !w.current && w.label === null ? 'responsible' : roleOf(kind, w.label)
      for (const piece of w.pieces) group.push({ piece, role })
    }
    this.waiting = []
    this.take(group)
  }

  readsAsUnits(w: Waiting): boolean {
    return w.pieces.every((p) => p.units.every((u) => looksLikeUnit(this.text, u.start, u.end, this.grammar)))
  }

  /** End a list with no role word after it: labelled units take the label's role, others are units if they look it. */
  flush(): void {
    const group: { piece: PieceRead; role: Pending }[] = []
    for (const w of this.waiting) {
      if (w.pieces.length === 0) continue
      if (w.label === null && !this.readsAsUnits(w)) {
        ;(this.clauses[w.clause] as NoteClause).kind = 'unparsed'
        continue
      }
      for (const piece of w.pieces) group.push({ piece, role: roleOf('responsible', w.label) })
    }
    this.waiting = []
    this.take(group)
  }

  take(group: { piece: PieceRead; role: Pending }[]): void {
    const withIndex = group.findIndex((g) => g.piece.withAt !== undefined)
    group.forEach(({ piece, role: listed }, index) => {
      // A role in brackets after the unit (`县交通局（牵头）`) is the unit's own.
      const role = piece.role === 'lead' || piece.role === 'participant' ? piece.role : listed
      if (piece.role !== undefined) this.shaped = true
      if (piece.role === 'by-duty') this.byDuty = true
      piece.units.forEach((unit, k) => {
        if (!isNameLike(unit.name)) return void this.clause('unparsed', unit.start, unit.end)
        const before = this.units[this.units.length - 1]
        if (before !== undefined && BARE_BODIES.has(unit.name) && this.text.charCodeAt(before.start) === EACH && /^[、，,]$/.test(this.text.slice(before.end, unit.start))) {
          // `各县（市、区）党委、政府`: a bare 政府 shares the places of the 各 before it; one collective.
          before.name = this.text.slice(before.start, unit.end)
          before.end = unit.end
          return
        }
        this.units.push(unit)
        // `A、B会同C、D负责`: what comes before 会同 leads, what comes after takes part.
        if (withIndex < 0) this.roles.push(role)
        else this.roles.push(index < withIndex || (index === withIndex && k < (piece.withAt as number)) ? 'lead' : 'participant')
      })
      if (piece.tail) {
        this.open = true
        this.openTail ??= this.span(piece.tail.start, piece.tail.end)
      }
      if (piece.rule) {
        this.clause('rule', piece.rule.start, piece.rule.end)
        this.rule ??= { rule: piece.rule.kind, ...this.span(piece.rule.start, piece.rule.end) }
      }
    })
  }

  /** Every unit's role, by the note's own words or, without any, the first listed leading. */
  parts(): NoteParts | null {
    const hasLead = this.roles.includes('lead')
    const hasParticipant = this.roles.includes('participant')
    const explicit = hasLead || hasParticipant
    // With a lead named, every other unit takes part; without one, the first
    // listed of the responsible units leads (`A、B负责，C配合`: B takes part too).
    const first = hasLead ? -1 : this.roles.indexOf('responsible')
    const roles: Role[] = this.roles.map((r, i) => {
      if (!explicit) return i === 0 ? 'lead' : 'participant'
      return r === 'lead' || i === first ? 'lead' : 'participant'
    })
    const parts: NoteParts = { departments: this.units, roles, explicit, byDuty: this.byDuty, open: this.open, clauses: this.clauses }
    if (this.openTail) parts.openTail = this.openTail
    if (this.deadline) parts.deadline = this.deadline
    if (this.rule) parts.rule = this.rule
    return parts
  }
}

function roleOf(kind: RoleKind, label: LabelKind | null): Pending {
  if (kind === 'lead' || kind === 'participant') return kind
  return label === 'lead' || label === 'participant' ? label : 'responsible'
}

