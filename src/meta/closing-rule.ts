import type { Meta, Paragraph } from '../types.js'

type RoleRule = NonNullable<Meta['closingRule']>['rule']

// 列第一位的部门为牵头部门 · 排在首位的为牵头单位 · 第一个部门为牵头部门 · 列在前面的单位牵头 · 第一责任单位为牵头单位.
const FIRST_LEADS = /(?:列|排|位列|排在|列在|排名)?(?:第一位|首位|第一个|第一|前面|最前)的?(?:责任)?(?:部门|单位|者)?(?:为|是|作为)?牵头/
// 所列部门均为牵头部门 · 共同牵头 · 各部门共同负责.
const ALL_LEAD = /(?:均|都|皆)(?:为|是)牵头|共同牵头|(?:所列|各)(?:部门|单位)共同负责/

const ABOUT_TASKS = /任务|分工|所列|排在|列第/

/**
 * What a sentence says about roles among the bodies a list names: the first
 * leads, or all lead; `undefined` when it says neither.
 *
 * @example
 * ```ts
 * roleRuleOf('第一责任单位为牵头单位，下同') // 'first-leads'
 * ```
 */
export function roleRuleOf(text: string): RoleRule | undefined {
  return FIRST_LEADS.test(text) ? 'first-leads' : ALL_LEAD.test(text) ? 'all-lead' : undefined
}

/**
 * Find the paragraph that says how roles are assigned among the departments
 * a task lists, and what it says.
 *
 * @example
 * ```ts
 * // 上述各项任务分工中，由多个部门负责的，列第一位的部门为牵头部门，其他为参与部门。
 * findClosingRule(paragraphs)?.rule // 'first-leads'
 * ```
 */
export function findClosingRule(paragraphs: readonly Paragraph[]): Meta['closingRule'] {
  for (const p of paragraphs) {
    // Only a sentence about the task list itself, not prose that happens to say 共同负责.
    if (!ABOUT_TASKS.test(p.text)) continue
    const rule = roleRuleOf(p.text)
    if (rule) return { raw: p.text, rule, position: p.position }
  }
  return undefined
}
