import { describe, expect, it } from 'vitest'
import { parsePlan } from '../src/index.js'
import { MAX_BRACKET_DIAGNOSTICS } from '../src/parse/brackets.js'

// Issue 13, item 9: a text of nothing but `（` made one diagnostic per bracket (~100× the input in memory).
describe('unbalanced-brackets is capped per text', () => {
  it('reports the first 100 unpaired brackets of a text, then one diagnostic counting the rest', () => {
    const text = '推进' + '（'.repeat(250)
    const found = parsePlan(text).diagnostics.filter((d) => d.ruleId === 'unbalanced-brackets')
    expect(found).toHaveLength(MAX_BRACKET_DIAGNOSTICS + 1)
    const summary = found.find((d) => d.reason.startsWith('150 more brackets'))
    expect(summary?.place.start.offset).toBe(2 + MAX_BRACKET_DIAGNOSTICS)
  })

  it('reports each one when there are no more than 100', () => {
    const text = '推进' + '）'.repeat(MAX_BRACKET_DIAGNOSTICS)
    const found = parsePlan(text).diagnostics.filter((d) => d.ruleId === 'unbalanced-brackets')
    expect(found).toHaveLength(MAX_BRACKET_DIAGNOSTICS)
    expect(found.every((d) => d.reason.includes('no opening partner'))).toBe(true)
  })

  it('counts per text: two paragraphs of 60 each report all 120', () => {
    const text = '推进' + '（'.repeat(60) + '\n\n说明' + '（'.repeat(60)
    const found = parsePlan(text).diagnostics.filter((d) => d.ruleId === 'unbalanced-brackets')
    expect(found).toHaveLength(120)
  })
})

describe('unbalanced-brackets is capped per unit too', () => {
  it('a task of 250 unpaired brackets reports 100 of them, then one counting the rest', () => {
    // `1. 推进` then `[a](` 250 times (Markdown-looking, read as text): the `(` are unpaired.
    const text = '一、总体\n1. 推进' + '[a]('.repeat(250)
    const found = parsePlan(text).diagnostics.filter((d) => d.ruleId === 'unbalanced-brackets')
    expect(found).toHaveLength(MAX_BRACKET_DIAGNOSTICS + 1)
    const summary = found.find((d) => d.reason.startsWith('150 more brackets'))
    // The 101st `(`: task text starts at 5 + `1. 推进` (5 characters); each `[a](` is 4, its `(` the fourth.
    expect(summary?.place.start.offset).toBe(5 + 5 + MAX_BRACKET_DIAGNOSTICS * 4 + 3)
    expect(found[0]?.place.start.offset).toBe(5 + 5 + 3)
  })
})
