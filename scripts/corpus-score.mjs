/**
 * Score parsed plans against the hand-checked expectations of
 * fixtures/corpus/ (schema in its README). Shared by `npm run corpus`
 * (on the build) and tests/corpus.test.ts (on the sources): the parser is
 * passed in, so this file imports nothing of the library.
 *
 * A unit is a chapter, section, task or item; its place is the numbers of
 * the chapter and section it sits in (`null` where the excerpt shows none).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const EDGE = /^[\s。，,；;：:、.．]+|[\s。，,；;：:、.．]+$/g
const WHITE = /\s+/g
const clean = (s) => (s ?? '').replace(WHITE, '').replace(EDGE, '')

/** Every chapter, section, task and item with the numbers of its chapter and section. */
function unitsOf(plan) {
  const out = []
  const walk = (nodes, chapter, section) => {
    for (const node of nodes) {
      if (!['chapter', 'section', 'task', 'item'].includes(node.type)) continue
      out.push({ node, chapter, section })
      const inner = node.type === 'chapter' ? [node.number, null] : node.type === 'section' ? [chapter, node.number] : [chapter, section]
      if (node.children) walk(node.children, ...inner)
    }
  }
  walk(plan.children, null, null)
  return out
}

const names = (list) => (list ?? []).map((d) => d.name)
const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i])

/**
 * The wording a unit's span holds: title and text, and those of its sub-items
 * (the corpus counts a task's span up to the next task or heading marker).
 */
const wording = (node) => clean(`${node.title ?? ''}${node.text ?? ''}${(node.children ?? []).filter((c) => c.type === 'item').map(wording).join('')}`)

/**
 * Pair each expected unit with a parsed one of the same type, number and
 * place; a number that repeats at one place pairs in document order.
 */
function pairUp(expected, parsed) {
  const used = new Set()
  return expected.map((e) => {
    const hit = parsed.find((p, k) => !used.has(k) && p.node.type === e.type && p.node.number === e.number && p.chapter === e.chapter && p.section === e.section && (used.add(k), true))
    return hit ?? null
  })
}

/**
 * Score the rows of task tables (tasks with `cells`) against `tableRows`
 * where it records `{number, leads, participants, deadline}` (the held-out
 * convention): a row is exact when its leads, participants and deadline are.
 * Where the expectation records no such rows, every table row is extra.
 */
function scoreRows(rows, expect, result) {
  const expected = (expect.tableRows ?? []).filter((r) => Array.isArray(r.leads))
  if (expected.length === 0) {
    result.extra += rows.length
    for (const u of rows) result.problems.push(`extra table row ${u.node.number} ${clean(u.node.text).slice(0, 16)}`)
    return
  }
  const used = new Set()
  for (const e of expected) {
    result.rowsExpected++
    const k = rows.findIndex((u, i) => !used.has(i) && u.node.number === e.number)
    if (k < 0) {
      result.problems.push(`missing table row ${e.number}`)
      continue
    }
    used.add(k)
    const r = rows[k].node.responsibility
    const got = r ? { leads: names(r.leads), participants: names(r.participants), deadline: r.deadline } : null
    if (got && same(got.leads, e.leads) && same(got.participants, e.participants ?? []) && (e.deadline === undefined || got.deadline === e.deadline)) result.rows++
    else result.rowsWrong++, result.problems.push(`table row ${e.number}: expected [${e.leads}] +[${e.participants ?? []}] ${e.deadline ?? ''}, got ${got ? `[${got.leads}] +[${got.participants}] ${got.deadline ?? ''}` : 'no note'}`)
  }
  result.extra += rows.length - used.size
}

function scoreFile(plan, expect) {
  const units = unitsOf(plan)
  const headings = units.filter((u) => u.node.type !== 'item' && !u.node.cells)
  const expected = [
    ...expect.chapters.map((c) => ({ ...c, type: 'chapter', chapter: null, section: null })),
    ...expect.sections.map((s) => ({ ...s, type: 'section', section: null })),
    ...expect.tasks.map((t) => ({ ...t, type: 'task' })),
  ]
  const pairs = pairUp(expected, headings)
  const result = { headings: 0, headingsExpected: expected.length, extra: 0, labelled: 0, labelledExpected: 0, negatives: 0, negativesExpected: 0, rows: 0, rowsExpected: 0, rowsWrong: 0, problems: [] }
  const paired = new Set(pairs.filter(Boolean).map((p) => p.node))
  result.extra = headings.filter((u) => !paired.has(u.node)).length
  for (const u of headings) if (!paired.has(u.node)) result.problems.push(`extra ${u.node.type} ${u.node.marker}${clean(u.node.title ?? u.node.text).slice(0, 16)}`)
  scoreRows(units.filter((u) => u.node.cells), expect, result)

  expected.forEach((e, k) => {
    const hit = pairs[k]
    const what = `${e.type} ${e.chapter ?? '-'}/${e.section ?? '-'}/${e.number}`
    if (!hit) {
      result.problems.push(`missing ${what}`)
    } else {
      const titleOk = e.title === undefined || clean(hit.node.title) === clean(e.title)
      const textOk = e.textIncludes === undefined || wording(hit.node).includes(clean(e.textIncludes))
      if (titleOk && textOk) result.headings++
      else result.problems.push(`${what}: ${titleOk ? `text lacks “${e.textIncludes}”` : `title “${clean(hit.node.title)}” ≠ “${clean(e.title)}”`}`)
    }
    // Units the excerpt cuts carry nothing to check; headings that are not tasks must carry no note.
    if (e.complete === false) return
    const r = hit?.node.responsibility ?? null
    const leads = e.leads ?? []
    if (leads.length > 0) {
      result.labelledExpected++
      const readings = [{ leads, participants: e.participants ?? [] }, ...(e.alt ?? [])]
      const got = r ? { leads: names(r.leads), participants: names(r.participants), byDuty: r.byDuty } : null
      const ok = got !== null && got.byDuty === (e.byDuty ?? false) && readings.some((x) => same(got.leads, x.leads) && same(got.participants, x.participants))
      if (ok) result.labelled++
      else result.problems.push(`${what}: expected [${leads}] +[${e.participants ?? []}]${e.byDuty ? ' byDuty' : ''}, got ${got ? `[${got.leads}] +[${got.participants}]${got.byDuty ? ' byDuty' : ''}` : 'no note'}`)
    } else {
      result.negativesExpected++
      if (hit && r === null) result.negatives++
      else if (hit) result.problems.push(`${what}: expected no note, got [${names(r.leads)}] +[${names(r.participants)}]`)
    }
  })
  return result
}

/** The corpus files as `{ slug, raw, expect }`, in name order. */
export function readCorpus(dir) {
  return readdirSync(join(dir, 'expect'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const expect = JSON.parse(readFileSync(join(dir, 'expect', f), 'utf8'))
      return { slug: f.replace(/\.json$/, ''), raw: readFileSync(join(dir, expect.file), 'utf8'), expect }
    })
}

/**
 * Parse every corpus file with `parsePlan` and score it.
 *
 * @returns per file and in total: headings found (of expected) and extra,
 *   labelled units exact (of expected), negatives kept empty (of expected),
 *   task table rows exact (of the `tableRows` that record units; a row
 *   laid out with spaces is read as no row) and rows read wrong.
 */
export function scoreCorpus(parsePlan, files) {
  const perFile = files.map(({ slug, raw, expect }) => ({ slug, ...scoreFile(parsePlan(raw), expect) }))
  const total = { headings: 0, headingsExpected: 0, extra: 0, labelled: 0, labelledExpected: 0, negatives: 0, negativesExpected: 0, rows: 0, rowsExpected: 0, rowsWrong: 0 }
  for (const f of perFile) for (const key of Object.keys(total)) total[key] += f[key]
  return { perFile, total }
}
