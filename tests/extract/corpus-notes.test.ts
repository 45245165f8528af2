/**
 * Every complete note of the corpus read by parseNote and compared with the
 * hand-checked expectations (fixtures/corpus/expect): the trailing notes of
 * items, from corpus-notes.json (brackets and label lines as found in the raw
 * files, simplified), and every `inlineBrackets[].bracketText`.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseNote } from '../../src/extract/note.js'
import { convertToSimplified } from '../../src/input/converter.js'

interface Expected {
  complete?: boolean
  leads?: string[]
  participants?: string[]
  byDuty?: boolean
  open?: boolean
  deadline?: string
  alt?: { leads: string[]; participants: string[] }[]
  number: number
  chapter: number | null
  section?: number | null
  inlineBrackets?: ({ bracketText: string; complete: boolean } & Pick<Expected, 'leads' | 'participants' | 'byDuty'>)[]
}

interface Listed {
  file: string
  kind: 'task' | 'section'
  chapter: number | null
  section: number | null
  item: number
  form: 'bracket' | 'label'
  note: string
}

const CORPUS = new URL('../../fixtures/corpus/', import.meta.url)
const listed = JSON.parse(readFileSync(new URL('./corpus-notes.json', import.meta.url), 'utf8')) as Listed[]

const files = readdirSync(new URL('expect/', CORPUS)).map((name) => {
  const json = JSON.parse(readFileSync(new URL(`expect/${name}`, CORPUS), 'utf8')) as { file: string; sections?: Expected[]; tasks?: Expected[] }
  const raw = convertToSimplified(readFileSync(new URL(json.file, CORPUS), 'utf8'))
  return { slug: name.replace(/\.json$/, ''), raw, sections: json.sections ?? [], tasks: json.tasks ?? [] }
})

function expectedOf(entry: Listed): Expected {
  const file = files.find((f) => f.slug === entry.file)!
  const list = entry.kind === 'task' ? file.tasks : file.sections
  const found = list.find((t) => t.number === entry.item && t.chapter === entry.chapter && (entry.kind === 'section' || (t.section ?? null) === entry.section))
  if (!found) throw new Error(`no ${entry.kind} ${entry.item} in ${entry.file}`)
  return found
}

function read(note: string) {
  const parts = parseNote(note)
  expect(parts, note).not.toBeNull()
  const names = parts!.departments.map((d) => d.name)
  return {
    parts: parts!,
    leads: names.filter((_, i) => parts!.roles[i] === 'lead'),
    participants: names.filter((_, i) => parts!.roles[i] === 'participant'),
  }
}

describe('every complete note of the corpus', () => {
  it('lists every complete item with units that has no inline brackets, found as written', () => {
    const wanted = files.flatMap((f) =>
      [...f.sections.map((s) => ['section', s] as const), ...f.tasks.map((t) => ['task', t] as const)]
        .filter(([, t]) => t.complete === true && (t.leads?.length ?? 0) > 0 && !t.inlineBrackets)
        .map(([kind, t]) => `${f.slug} ${kind} ${t.chapter} ${kind === 'task' ? (t.section ?? null) : ''} ${t.number}`),
    )
    const have = listed.map((l) => `${l.file} ${l.kind} ${l.chapter} ${l.kind === 'task' ? l.section : ''} ${l.item}`)
    expect(have.sort()).toEqual(wanted.sort())
    for (const entry of listed) {
      const raw = files.find((f) => f.slug === entry.file)!.raw
      for (const line of entry.form === 'label' ? entry.note.split('\n') : [`${entry.note}`]) expect(raw, line).toContain(line)
    }
  })

  it.each(listed.map((l) => [`${l.file} ${l.kind} ${l.item}: ${l.note.replace(/\n/g, '⏎')}`, l] as const))('%s', (_name, entry) => {
    const want = expectedOf(entry)
    const { parts, leads, participants } = read(entry.note)
    const readings = [{ leads: want.leads, participants: want.participants }, ...(want.alt ?? [])]
    expect(readings, JSON.stringify({ leads, participants })).toContainEqual({ leads, participants })
    expect(parts.byDuty).toBe(want.byDuty ?? false)
    expect(parts.open).toBe(want.open ?? false)
    expect(parts.deadline?.text).toBe(want.deadline)
    expect(parts.clauses.filter((c) => c.kind === 'unparsed')).toEqual([])
    // What is not a unit is kept as a clause of its kind.
    if (/第一|首位/.test(entry.note)) expect(parts.rule?.rule).toBe('first-leads')
    if (/。[^\n]/.test(entry.note)) expect(parts.clauses.map((c) => c.kind)).toContain('remark')
    if (entry.note.startsWith('分管省领导')) expect(parts.clauses[0]).toMatchObject({ kind: 'leader', text: entry.note.split('\n')[0] })
  })

  const inline = files.flatMap((f) =>
    [...f.sections, ...f.tasks].flatMap((t) => (t.inlineBrackets ?? []).filter((b) => b.complete).map((b) => [`${f.slug} ${t.number}: ${b.bracketText}`, b] as const)),
  )
  it('has the inline brackets of the README (10)', () => expect(inline).toHaveLength(10))

  it.each(inline)('inline %s', (_name, bracket) => {
    const { parts, leads, participants } = read(bracket.bracketText)
    expect({ leads, participants, byDuty: parts.byDuty }).toEqual({ leads: bracket.leads, participants: bracket.participants, byDuty: bracket.byDuty })
    expect(parts.clauses.filter((c) => c.kind === 'unparsed')).toEqual([])
  })
})
