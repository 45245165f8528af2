/**
 * Unit ids (`c2.s1.t24`): unique however the numbering repeats, and the same
 * ids a parse has always given, suffixes in the order the repeats come.
 */
import { describe, expect, it } from 'vitest'
import { idMaker } from '../src/parse/ids.js'

describe('unit ids', () => {
  it('number a repeat of the same number under the same parent ~2, ~3, …', () => {
    const ids = idMaker()
    expect([ids.unit(null, 'c', 1), ids.unit(null, 'c', 2), ids.unit(null, 'c', 1), ids.unit(null, 'c', 1)]).toEqual(['c1', 'c2', 'c1~2', 'c1~3'])
  })

  it('keep parents, letters and numbers apart', () => {
    const ids = idMaker()
    const chapter = ids.unit(null, 'c', 1)
    const again = ids.unit(null, 'c', 1)
    expect([ids.unit(chapter, 't', 1), ids.unit(again, 't', 1), ids.unit(chapter, 's', 1), ids.unit(null, 't', 1), ids.unit(chapter, 't', 11), ids.unit(chapter, 't', 1)]).toEqual([
      'c1.t1',
      'c1~2.t1',
      'c1.s1',
      't1',
      'c1.t11',
      'c1.t1~2',
    ])
  })

  it('number paragraphs apart from units', () => {
    const ids = idMaker()
    expect([ids.paragraph(null), ids.unit(null, 'c', 1), ids.paragraph('c1'), ids.paragraph(null)]).toEqual(['p1', 'c1', 'c1.p1', 'p2'])
  })
})
