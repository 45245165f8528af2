/**
 * Task tables end to end: a Word table and a PDF table, read by
 * parseDocument, give each row the departments the same plan's text gives
 * its task in a note. The tables were made from the text (scripts/make-
 * table-docx.mjs, scripts/make-pdf-fixtures.mjs) with the note's first
 * department under 牵头单位 and the rest under 责任单位, so `按职责分工` is
 * not in them: roles and names are compared, not byDuty.
 */
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { parseDocument } from '../../src/document/parse-document.js'
import { parsePlan } from '../../src/parse-plan.js'
import type { Plan, Task } from '../../src/types.js'

function tasks(nodes: Plan['children'] | NonNullable<Task['children']>, out: Task[] = []): Task[] {
  for (const node of nodes) {
    if (node.type === 'task') out.push(node)
    if ('children' in node && node.children) tasks(node.children as Plan['children'], out)
  }
  return out
}

/** Number, leads and participants (ids where the registry knows the name). */
const roles = (task: Task) => [task.number, (task.responsibility?.leads ?? []).map((d) => d.id ?? d.name), (task.responsibility?.participants ?? []).map((d) => d.id ?? d.name)]
const read = async (name: string) => tasks((await parseDocument(new Uint8Array(readFileSync(`fixtures/documents/${name}`)))).children)
const text = (name: string) => tasks(parsePlan(readFileSync(`fixtures/${name}`, 'utf8')).children)

test('a Word task table (merged heading rows, a list-numbered 序号 column) gives every row the text\'s lead and participants', async () => {
  const rows = await read('province-plan-table.docx')
  expect(rows).toHaveLength(12)
  expect(rows.every((row) => row.responsibility?.form === 'table')).toBe(true)
  expect(rows.map(roles)).toEqual(text('province-plan-2024.txt').map(roles))
  // Task 8 names no one in the text, and its row names no one either.
  expect(rows.filter((row) => (row.responsibility?.departments.length ?? 0) === 0).map((row) => row.number)).toEqual([8])
})

test('a PDF task table over several pages gives its 24 rows the departments of the first 24 tasks of the text', async () => {
  const rows = await read('task-table.pdf')
  expect(rows.map((row) => row.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))
  expect(rows.every((row) => row.responsibility?.form === 'table' && row.responsibility.departments.length > 0)).toBe(true)
  const first = text('ip-plan-2023.txt').slice(0, 24)
  expect(rows.map((row) => row.text.slice(0, 20))).toEqual(first.map((task) => task.text.slice(0, 20)))
  expect(rows.map(roles)).toEqual(first.map(roles))
})
