import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Chapter, Plan, Section, Task } from '../src/index.js'

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8')
}

export const seed = () => fixture('ip-plan-2021-2022.txt')

/** Every task of a plan in document order. */
export function tasksOf(node: Plan | Chapter | Section): Task[] {
  const out: Task[] = []
  for (const child of node.children) {
    if (child.type === 'task') out.push(child)
    else if (child.type === 'chapter' || child.type === 'section') out.push(...tasksOf(child))
  }
  return out
}

export function chaptersOf(plan: Plan): Chapter[] {
  return plan.children.filter((c): c is Chapter => c.type === 'chapter')
}

export const names = (list: { name: string }[] | undefined) => (list ?? []).map((d) => d.name)

/** The input text a node's position covers. */
export function slice(text: string, position: { start: { offset: number }; end: { offset: number } }): string {
  return text.slice(position.start.offset, position.end.offset)
}
