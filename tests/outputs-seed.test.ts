// The seed's outputs must not change as units of every level gain notes: the
// files in fixtures/outputs/ were written by the build before that change
// (commit 101243c) and are never rewritten by a test run. Rows gained columns
// at the end; the columns they had are compared.
import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { departmentIndex, diffPlans, toCsv, toMarkdown, toRows } from '../src/analytics/index.js'
import { formatDepartments, formatDiff } from '../src/cli/format.js'
import { parsePlan, toOutline } from '../src/index.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
const seed = parsePlan(fixture('ip-plan-2021-2022.txt'))
const next = parsePlan(fixture('ip-plan-2023.txt'))
// The CLI ends what it prints with a line break.
const golden = (name: string) => fixture(`outputs/${name}`).replace(/\n$/, '')

describe('seed outputs as before units carried notes', () => {
  it('outline', () => expect(toOutline(seed)).toBe(golden('ip-plan-2021-2022.outline.txt')))
  it('Markdown', () => expect(toMarkdown(seed)).toBe(golden('ip-plan-2021-2022.md') + '\n'))
  it('department table', () => expect(formatDepartments(departmentIndex(seed))).toBe(golden('ip-plan-2021-2022.departments.txt')))
  it('diff against the 2023 edition', () => expect(formatDiff(diffPlans(seed, next))).toBe(golden('ip-plan-2021-2022-vs-2023.diff.txt')))

  it('rows: the first eleven columns, row for row', () => {
    const before = parse(fixture('outputs/ip-plan-2021-2022.rows.csv'), { columns: true }) as Record<string, string>[]
    const now = parse(toCsv(toRows(seed)), { columns: true }) as Record<string, string>[]
    const columns = Object.keys(before[0] as object)
    expect(columns).toHaveLength(11)
    expect(now.map((r) => Object.fromEntries(columns.map((c) => [c, r[c]])))).toEqual(before)
  })
})
