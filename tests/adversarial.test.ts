import { describe, expect, it } from 'vitest'
import { parsePlan } from '../src/index.js'

// Regressions found by `npm run stress`: inputs that made the lenient parser
// throw. Sizes are the smallest that failed, so these stay quick.
describe('adversarial inputs never throw in lenient mode', () => {
  it('150 000 numbering diagnostics (once a stack overflow in push(...spread))', () => {
    const plan = parsePlan('1. 推进。\n'.repeat(150_000))
    // 149 999 duplicates: 100 one by one, the rest counted in one more.
    const duplicates = plan.diagnostics.filter((d) => d.ruleId === 'numbering-duplicate')
    expect(duplicates).toHaveLength(101)
    expect(duplicates[100]?.reason).toBe('149899 more numbering-duplicate from task 1 (1.) on, not reported one by one')
    expect(plan.diagnostics.filter((d) => d.ruleId === 'missing-responsibility')).toHaveLength(150_000)
  }, 60_000)
})
