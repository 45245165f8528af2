// The small XML reader of the Word parts: tags, attributes (read on demand), text, and what it skips.
import { describe, expect, it } from 'vitest'
import { type XmlElement, XmlError, child, isOn, parseXml } from '../../src/document/docx/xml.js'
import { formatNumber } from '../../src/document/docx/num-format.js'

const first = (xml: string) => parseXml(xml).children[0] as XmlElement

describe('parseXml', () => {
  it('drops prefixes from element and attribute names, and decodes entities in text and values', () => {
    const e = first('<w:p w:rsidR="00A1" xml:space="preserve"><w:t>甲 &amp; 乙&#x3001;&#19968;&unknown;</w:t></w:p>')
    expect(e.name).toBe('p')
    expect(e.attrs).toEqual({ rsidR: '00A1', space: 'preserve' })
    expect(child(e, 't')!.children).toEqual(['甲 & 乙、一&unknown;'])
  })

  it('reads a > inside a quoted value, single-quoted values, and self-closing tags', () => {
    const e = first(`<a x="1>2" y='it"s'><b/><c z="3"/></a>`)
    expect(e.attrs).toEqual({ x: '1>2', y: 'it"s' })
    expect(e.children.map((c) => (typeof c === 'string' ? c : c.name))).toEqual(['b', 'c'])
  })

  it('skips the declaration and comments, keeps CDATA as text, and closes what a truncated part left open', () => {
    const e = first('<?xml version="1.0"?><!-- a <b> comment --><a><![CDATA[<x>]]><b>甲</b><c>乙')
    expect(e.children).toEqual(['<x>', expect.objectContaining({ name: 'b', children: ['甲'] }), expect.objectContaining({ name: 'c', children: ['乙'] })])
  })

  it('throws XmlError on a tag or comment that never closes', () => {
    expect(() => parseXml('<a><b x="1"')).toThrow(XmlError)
    expect(() => parseXml('<a><!-- open')).toThrow(XmlError)
  })

  it('reads toggles as Word does: present or true is on, 0/false/off is off', () => {
    const rPr = first('<rPr><b/><i w:val="1"/><u w:val="0"/><strike w:val="false"/></rPr>')
    expect(['b', 'i', 'u', 'strike', 'caps'].map((n) => isOn(rPr, n))).toEqual([true, true, false, false, false])
  })
})

describe('formatNumber', () => {
  it.each([
    [1, 'chineseCounting', '一'], [10, 'chineseCounting', '十'], [11, 'chineseCounting', '十一'], [20, 'chineseCounting', '二十'], [21, 'chineseCountingThousand', '二十一'],
    [100, 'chineseCounting', '一百'], [105, 'chineseCounting', '一百零五'], [110, 'chineseCounting', '一百一十'], [1010, 'chineseCounting', '一千零一十'],
    [12, 'chineseLegalSimplified', '壹拾贰'], [3, 'ideographTraditional', '丙'], [11, 'ideographTraditional', '甲'], [1, 'ideographZodiac', '子'],
    [105, 'ideographDigital', '一〇五'], [20, 'decimalEnclosedCircle', '⑳'], [21, 'decimalEnclosedCircle', '(21)'], [2, 'decimalEnclosedParen', '⑵'],
    [3, 'decimalEnclosedFullstop', '⒊'], [12, 'decimalFullWidth', '１２'], [7, 'decimalZero', '07'], [28, 'upperLetter', 'BB'], [2, 'lowerLetter', 'b'],
    [14, 'upperRoman', 'XIV'], [9, 'lowerRoman', 'ix'], [5, 'bullet', ''], [5, 'none', ''], [5, 'hebrew1', '5'],
  ])('%i in %s is %s', (n, numFmt, expected) => {
    expect(formatNumber(n, numFmt)).toBe(expected)
  })
})

describe('parseXml with elements to skip', () => {
  it('leaves out the skipped elements with what they hold, self-closing or not, and reads on after them', () => {
    const e = first('<w:style><w:rPr><w:b/><w:t>粗</w:t></w:rPr><w:name w:val="a"/><w:tblPr/><w:pPr><w:numPr/></w:pPr></w:style>')
    const root = parseXml('<w:style><w:rPr><w:b/><w:t>粗</w:t></w:rPr><w:name w:val="a"/><w:tblPr/><w:pPr><w:numPr/></w:pPr></w:style>', new Set(['rPr', 'tblPr']))
    expect(e.children.map((c) => (c as XmlElement).name)).toEqual(['rPr', 'name', 'tblPr', 'pPr'])
    expect((root.children[0] as XmlElement).children.map((c) => (c as XmlElement).name)).toEqual(['name', 'pPr'])
  })
})

describe('attributes', () => {
  it('reads values with spaces around =, skips names without a quoted value, and keeps going after them', () => {
    expect(first(`<a x = "1" checked y='2' z=3 w="4"/>`).attrs).toEqual({ x: '1', y: '2', w: '4' })
  })
})
