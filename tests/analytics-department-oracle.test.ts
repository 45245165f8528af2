// departmentIndex counts "once per unit and role" by comparing with the last
// unit counted, not with sets; this oracle does it the plain way, from the
// rows, and the two must agree on every fixture and form.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type PlanRow, departmentIndex, toRows } from '../src/analytics/index.js'
import { parsePlan } from '../src/index.js'
import type { Plan } from '../src/types.js'
import { CHAPTERS_ONLY, LABELS, RUN_IN, TWO_NOTES, itemsPlan, openNotePlan } from './helpers/forms.js'

/** Per department key: distinct unit ids led and joined, and distinct byDuty units, per level, from the rows. */
function oracle(plan: Plan) {
  const byKey = new Map<string, { led: string[]; joined: string[]; levels: Record<string, { led: Set<string>; participated: Set<string>; byDuty: Set<string> }> }>()
  for (const r of toRows(plan) as PlanRow[]) {
    if (!r.department) continue
    // A local unit is known by its level, place and central counterpart when it has one.
    const key = r.departmentId || (r.sameFunctionAs ? `local.${r.departmentLevel}.${r.departmentPlace}.${r.sameFunctionAs}` : r.department)
    const e = byKey.get(key) ?? { led: [], joined: [], levels: {} }
    byKey.set(key, e)
    const list = r.role === 'lead' ? e.led : e.joined
    if (!list.includes(r.unitId)) list.push(r.unitId)
    const level = (e.levels[r.level] ??= { led: new Set(), participated: new Set(), byDuty: new Set() })
    level[r.role === 'lead' ? 'led' : 'participated'].add(r.unitId)
    if (r.byDuty) level.byDuty.add(r.unitId)
  }
  return new Map([...byKey].map(([k, e]) => [k, { led: e.led, joined: e.joined, levels: Object.fromEntries(Object.entries(e.levels).map(([l, c]) => [l, { led: c.led.size, participated: c.participated.size, byDuty: c.byDuty.size }])) }]))
}

function fast(plan: Plan) {
  return new Map(
    departmentIndex(plan).map((e) => [
      e.id ?? (e.sameFunctionAs ? `local.${e.departmentLevel}.${e.place ?? ''}.${e.sameFunctionAs}` : e.name),
      { led: e.ledUnits, joined: e.participatedUnits, levels: Object.fromEntries(Object.entries(e.levels).filter(([, c]) => c.led + c.participated > 0)) },
    ]),
  )
}

const dir = new URL('../fixtures/', import.meta.url)
const files = [...readdirSync(dir).filter((f) => f.endsWith('.txt')), ...readdirSync(new URL('forms/', dir)).map((f) => `forms/${f}`)]

describe('departmentIndex against a plain oracle over the rows', () => {
  it.each(files)('%s', (file) => {
    const plan = parsePlan(readFileSync(new URL(file, dir), 'utf8'))
    expect(fast(plan)).toEqual(oracle(plan))
  })

  it('on every invented form', () => {
    for (const plan of [parsePlan(RUN_IN), parsePlan(CHAPTERS_ONLY), parsePlan(TWO_NOTES), parsePlan(LABELS), itemsPlan(), openNotePlan()]) expect(fast(plan)).toEqual(oracle(plan))
  })
})
