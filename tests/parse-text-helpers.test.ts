import { describe, expect, it } from 'vitest'
import { compileGrammar } from '../src/extract/grammar/compile.js'
import { notesIn } from '../src/parse/notes.js'
import { findNotes } from '../src/extract/note.js'
import { changedOffsets } from '../src/parse/changed.js'
import { trimmedEnd, withoutNotes } from '../src/parse/task-text.js'

describe('changedOffsets', () => {
  it('finds every differing offset, in order, across and at chunk edges', () => {
    const source = '见'.repeat(3000)
    const at = [0, 1023, 1024, 2047, 2999]
    const original = [...source].map((c, i) => (at.includes(i) ? '見' : c)).join('')
    expect(changedOffsets(source, original)).toEqual(at)
  })

  it('is empty for equal texts and for the empty text', () => {
    expect(changedOffsets('意见'.repeat(900), '意见'.repeat(900))).toEqual([])
    expect(changedOffsets('', '')).toEqual([])
  })
})

describe('task text helpers', () => {
  it('trims white space and line breaks of every width, not other characters', () => {
    expect(trimmedEnd('推进立法。 \u3000\n\u2028', 9)).toBe(5)
    expect(trimmedEnd('推进立法。', 5)).toBe(5)
    expect(trimmedEnd(' \n', 2)).toBe(0)
  })

  it('keeps what lies between sub-measure notes and drops the closing note and its full stop', () => {
    const text = '做好A。（商务部负责）做好B。 （海关总署负责）。'
    expect(withoutNotes(text, findNotes(text))).toBe('做好A。做好B。')
  })

  it('keeps a text with no note whole, trimmed', () => {
    expect(withoutNotes('推进立法。 ', [])).toBe('推进立法。')
  })
})

describe('notesIn', () => {
  it('keeps a unit’s notes that name departments or close it; a bracketed deadline inside the wording stays wording', () => {
    const grammar = compileGrammar()
    expect(notesIn('做好A（市数据局负责），做好B。', grammar).map((n) => n.closes)).toEqual([false])
    const text = '做好A（2025年底前完成），做好B（市财政局负责）'
    expect(notesIn(text, grammar).map((n) => n.start)).toEqual([text.indexOf('（市财政局')])
    expect(notesIn('做好A。（2025年底前完成）', grammar).map((n) => n.parts.deadline?.text)).toEqual(['2025年底前完成'])
  })
})
