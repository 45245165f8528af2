/** findNotes, findFinalNote, isLabelLine and rule 7 of issue 12 (what is not a note), with invented examples. */
import { describe, expect, it } from 'vitest'
import { findFinalNote, findNotes, isLabelLine } from '../../src/extract/note.js'

const found = (text: string) => findNotes(text).map((n) => ({ note: text.slice(n.start, n.end), form: n.form, closes: n.closes }))

describe('findNotes', () => {
  it('finds every note in order, whatever follows it, and says which one closes the text', () => {
    expect(found('做好A（市数据局负责）；做好B（市财政局负责）。')).toEqual([
      { note: '（市数据局负责）', form: 'bracket', closes: false },
      { note: '（市财政局负责）', form: 'bracket', closes: true },
    ])
    expect(found('做好A。（市数据局负责）做好B。')).toEqual([{ note: '（市数据局负责）', form: 'bracket', closes: false }])
  })

  it('finds a note in the middle of a paragraph before ， 。 ；', () => {
    const text = '审议《某市数据条例》(市司法局负责),修改《某办法》等规章(市数据局负责)。'
    expect(found(text).map((n) => n.note)).toEqual(['(市司法局负责)', '(市数据局负责)'])
  })

  it('skips a bracket that reads as a note in the middle of a clause', () => {
    expect(found('由市数据局（负责）统一组织实施。')).toEqual([])
    expect(found('建立由市数据局（牵头）和市财政局组成的专班。')).toEqual([])
  })

  it('skips brackets that are no notes: places, names, periods, numbers', () => {
    const text = '各县（市、区）开展“数博会”（简称“数博会”）筹备，落实《规划（2024—2026年）》（国办发〔2024〕5号）（此件公开发布）。'
    expect(found(text)).toEqual([])
  })

  it('reads 〔…〕 and ASCII brackets, a note with brackets inside, and notes one after another', () => {
    expect(found('做好A。〔市数据局牵头，各县（市、区）人民政府配合〕(1)做好B(市财政局负责)')).toEqual([
      { note: '〔市数据局牵头，各县（市、区）人民政府配合〕', form: 'bracket', closes: false },
      { note: '(市财政局负责)', form: 'bracket', closes: true },
    ])
  })

  it('finds a run-in label clause that ends the text, after a sentence end or white space', () => {
    const text = '推进数据共享工作。责任单位：市数据局、市财政局\n完成时限：2025年底前。'
    const [note] = findNotes(text)
    expect(note).toMatchObject({ form: 'label', closes: true })
    expect(text.slice(note!.start, note!.end)).toBe('责任单位：市数据局、市财政局\n完成时限：2025年底前')
    expect(note!.parts.deadline?.text).toBe('2025年底前')
    // Indexes of a label clause's parts are from its start.
    const first = note!.parts.departments[0]!
    expect(text.slice(note!.start + first.start, note!.start + first.end)).toBe('市数据局')
    expect(found('提高决策水平 责任单位:县司法局')).toEqual([{ note: '责任单位:县司法局', form: 'label', closes: true }])
  })

  it('takes no label inside a word or a bracket for a run-in clause', () => {
    expect(found('明确具体分工：由各地落实。')).toEqual([])
    expect(found('落实（责任单位：市数据局）。')).toEqual([{ note: '（责任单位：市数据局）', form: 'bracket', closes: true }])
  })
})

describe('findFinalNote', () => {
  it('gives the note that closes a text, or null', () => {
    expect(findFinalNote('完善制度。（市数据局负责）。 ')?.parts.departments.map((d) => d.name)).toEqual(['市数据局'])
    expect(findFinalNote('（市数据局负责）完善制度。')).toBeNull()
  })
})

describe('isLabelLine', () => {
  it('says whether a line starts with a label and its colon', () => {
    const text = '  时限要求:持续推进\n分管省领导：某某\n主要目标：到2025年\n责任单位\n'
    const lines = text.split('\n')
    let at = 0
    const answers = lines.map((line) => {
      const answer = isLabelLine(text, at, at + line.length)
      at += line.length + 1
      return answer
    })
    expect(answers).toEqual([true, true, false, false, false])
  })
})
