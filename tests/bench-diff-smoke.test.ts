/**
 * Smoke run of the bench's diff figure (figure 6) on tiny inputs: well-formed
 * rows, the same units on both sides. Nothing is timed or budgeted here.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diffPlans } from '../src/analytics/index.js'
import { parsePlan } from '../src/index.js'

const load = (path: string) => import(new URL(path, import.meta.url).href)
const { diffFigure } = await load('../bench/figures/diff.mjs')
const read = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')

describe('the diff figure', () => {
  it('times diffPlans beside parsing both editions, then time per unit from small to large', { timeout: 60_000 }, async () => {
    const tiny = { rounds: 1, time: 0, iterations: 1, warmup: false }
    const rows = await diffFigure({ parsePlan, diffPlans, seed: read('ip-plan-2021-2022.txt'), edition: read('ip-plan-2023.txt'), sizes: [0.03, 0.06], timing: tiny })
    expect(rows.map((r: { figure: string }) => r.figure)).toEqual(['diff', 'diff', 'diff', 'diff linearity'])
    expect(rows[0]).toMatchObject({ input: 'seed vs its 2023 edition', subject: 'diffPlans', baseline: 'parsePlan of both editions', note: '115 units: 114 matched, 4 changed' })
    expect(rows[2].note).toBe('345 units: 342 matched, 12 changed')
    for (const row of rows) expect(row.ratio).toBeCloseTo(row.subjectMs / row.baselineMs, 10)
  })
})
