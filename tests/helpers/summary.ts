import type { Chapter, Plan, PlanNode, Section, Task } from '../../src/types.js'

/** Every chapter, section and task of a plan, depth first. */
export function numbered(plan: Plan): Array<Chapter | Section | Task> {
  const out: Array<Chapter | Section | Task> = []
  const walk = (nodes: readonly PlanNode[]) => {
    for (const node of nodes) {
      if (node.type === 'chapter' || node.type === 'section' || node.type === 'task') out.push(node)
      if ('children' in node) walk(node.children as PlanNode[])
    }
  }
  walk(plan.children)
  return out
}

/** What must not change between variants of one plan: structure, numbers, titles, departments, byDuty. */
export function summary(plan: Plan) {
  return numbered(plan).map((node) =>
    node.type === 'task'
      ? {
          id: node.id,
          text: node.text,
          departments: node.responsibility?.departments.map((d) => d.name) ?? null,
          byDuty: node.responsibility?.byDuty ?? null,
        }
      : { id: node.id, title: node.title },
  )
}

export function counts(plan: Plan) {
  const nodes = numbered(plan)
  const tasks = nodes.filter((n): n is Task => n.type === 'task')
  return {
    chapters: nodes.filter((n) => n.type === 'chapter').length,
    sections: nodes.filter((n) => n.type === 'section').length,
    tasks: tasks.length,
    byDuty: tasks.filter((t) => t.responsibility?.byDuty).length,
    multi: tasks.filter((t) => (t.responsibility?.departments.length ?? 0) > 1).length,
  }
}

/** A Markdown backslash escape (`1\\.`) read as the character it escapes. */
export const unescapeMarkdown = (s: string) => s.replace(/\\(?=[.)])/, '')
/** Pinyin injected inside a marker (`（二(èr)）`) left out. */
export const stripPinyin = (s: string) => s.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/g, '')

/**
 * Nodes whose position does not slice the input back to their marker.
 * `clean` undoes, in the slice, what a variant puts inside a marker.
 */
export function misplaced(plan: Plan, input: string, clean: (slice: string) => string = (s) => s): string[] {
  const at = (offset: number) => clean(input.slice(offset, offset + 16))
  return numbered(plan)
    .filter((node) => !at(node.position.start.offset).startsWith(node.marker))
    .map((node) => `${node.id}: ${JSON.stringify(input.slice(node.position.start.offset, node.position.start.offset + 8))} ≠ ${node.marker}`)
}
