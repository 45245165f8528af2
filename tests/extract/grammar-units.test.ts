/** Rule 1 of issue 12: units and their separators, with invented examples. */
import { describe, expect, it } from 'vitest'
import { compileGrammar } from '../../src/extract/grammar/compile.js'
import { splitNameSpans } from '../../src/extract/grammar/list.js'
import { isNameLike, looksLikeUnit } from '../../src/extract/grammar/unit-shape.js'
import { splitPieces } from '../../src/extract/grammar/units.js'
import { read } from './read.js'

const units = (note: string) => read(note)?.units

describe('separators', () => {
  it('parts units at 、 ， , ； ; of both widths, white space after them too', () => {
    expect(units('市数据局、市财政局，市审计局；市统计局;市税务局, 市金融办负责')).toEqual(['市数据局', '市财政局', '市审计局', '市统计局', '市税务局', '市金融办'])
  })

  it('parts two units joined by 和 及 与 以及', () => {
    expect(units('市数据局和市财政局负责')).toEqual(['市数据局', '市财政局'])
    expect(units('市数据局及各区人民政府负责')).toEqual(['市数据局', '各区人民政府'])
    expect(units('市数据局与县应急管理局负责')).toEqual(['市数据局', '县应急管理局'])
    expect(units('市公安局以及市司法局负责')).toEqual(['市公安局', '市司法局'])
    expect(units('市公安局、市司法局和市法院负责')).toEqual(['市公安局', '市司法局', '市法院'])
    expect(units('市公安局和市司法局和市法院负责')).toEqual(['市公安局', '市司法局', '市法院'])
  })

  it('never parts a name at 和: one side is no unit', () => {
    expect(units('市人力资源和社会保障局、住房和城乡建设部负责')).toEqual(['市人力资源和社会保障局', '住房和城乡建设部'])
    expect(units('省文化和旅游厅牵头，文化和广电旅游体育局、市自然资源和规划局配合')).toEqual(['省文化和旅游厅', '文化和广电旅游体育局', '市自然资源和规划局'])
    // 经济社会 ends in 会 but names no body.
    expect(units('县经济社会和信息化局负责')).toEqual(['县经济社会和信息化局'])
  })

  it('keeps a registry name whole even where its sides would read as units', () => {
    // With 史 as a unit suffix, 中央党史 would read as a unit; the registry knows the whole name.
    const grammar = compileGrammar({ suffixes: ['史'] })
    expect(read('中央党史和文献研究院负责', grammar)?.units).toEqual(['中央党史和文献研究院'])
    expect(read('县党史和县志办负责', grammar)?.units).toEqual(['县党史', '县志办'])
  })

  it('keeps a bracket inside a unit, separators in it too', () => {
    expect(units('各县（市、区）人民政府、市场监管局（知识产权局）负责')).toEqual(['各县（市、区）人民政府', '市场监管局（知识产权局）'])
    expect(units('区文旅体局(区文物局)和各乡(镇)人民政府负责')).toEqual(['区文旅体局(区文物局)', '各乡(镇)人民政府'])
  })

  it('lets 各 distribute over bare level words, so the collective stays one unit', () => {
    expect(units('各市、县（区）负责')).toEqual(['各市、县（区）'])
    expect(units('各县、市、区负责')).toEqual(['各县、市、区'])
    expect(units('各乡、镇人民政府，市农业农村局负责')).toEqual(['各乡、镇人民政府', '市农业农村局'])
    expect(units('市城管局牵头，各县、区人民政府（管委会）、市数据局参与')).toEqual(['市城管局', '各县、区人民政府（管委会）', '市数据局'])
    expect(units('各省、自治区、直辖市及新疆生产建设兵团药监局负责')).toEqual(['各省、自治区、直辖市及新疆生产建设兵团药监局'])
  })

  it('lets a 各 after 和 distribute too, the unit before the 和 apart', () => {
    expect(units('省数据局牵头，省直有关部门和各县、区人民政府配合')).toEqual(['省数据局', '省直有关部门', '各县、区人民政府'])
    expect(units('市商务局和各乡、镇负责')).toEqual(['市商务局', '各乡、镇'])
    // Not over a word that only starts like a level, nor when no 各 follows the 和.
    expect(units('市商务局和各街道、区直各部门负责')).toEqual(['市商务局', '各街道', '区直各部门'])
    expect(units('市商务局和市财政局、县农业局负责')).toEqual(['市商务局', '市财政局', '县农业局'])
  })

  it('parts collectives that are full units each', () => {
    expect(units('市发改委牵头，各地、各部门配合')).toEqual(['市发改委', '各地', '各部门'])
    expect(units('各街道、区直各部门负责')).toEqual(['各街道', '区直各部门'])
    expect(units('各区、市场监管所负责')).toEqual(['各区', '市场监管所'])
    expect(units('各县、市直有关单位负责')).toEqual(['各县', '市直有关单位'])
  })

  it('keeps a collective of the grammar whole', () => {
    expect(units('国务院各部委、各直属机构负责')).toEqual(['国务院各部委、各直属机构'])
  })

  it('joins a name broken by a line wrap or a page footer, the span covering what is written', () => {
    const note = '市数\n据局、市\n— 4 —\n财政局负责'
    const parts = read(note)!.parts
    expect(parts.departments.map((d) => d.name)).toEqual(['市数据局', '市财政局'])
    expect(parts.departments.map((d) => note.slice(d.start, d.end))).toEqual(['市数\n据局', '市\n— 4 —\n财政局'])
  })
})

describe('the splitter and the shape of a unit', () => {
  const grammar = compileGrammar()

  it('splits pieces, spans into the text', () => {
    const text = '各市、县（区）、市商务局'
    expect(splitPieces(text, 0, text.length, grammar).map((p) => text.slice(p.start, p.end))).toEqual(['各市、县（区）', '市商务局'])
  })

  it('reads unit shapes: suffixes, 各, the registry; not words that only end like one', () => {
    const shaped = (s: string) => looksLikeUnit(s, 0, s.length, grammar)
    expect(['市数据局', '各街道', '全区安全生产专班', '共青团中央', '单位', '市场监管局（知识产权局）'].map(shaped)).toEqual([true, true, true, true, true, true])
    expect(['加强督导', '领导干部', '全社会', '（知识产权局）'].map(shaped)).toEqual([false, false, false, false])
  })

  it('tells names from text glued onto a list', () => {
    expect(isNameLike('全区经济运行各专班')).toBe(true)
    expect(isNameLike('县农业农村局 2.落实党政机关过紧日子的要求')).toBe(false)
    expect(isNameLike('某某。另起一句')).toBe(false)
    expect(isNameLike('增长6.5%的单位')).toBe(true)
  })

  it('splits a list of recipients without parting at 和, with the tail cut off', () => {
    const list = '各省、自治区、直辖市知识产权局，市场监管局和商务部等部门'
    expect(splitNameSpans(list)).toMatchObject({ names: [{ name: '各省、自治区、直辖市知识产权局' }, { name: '市场监管局和商务部' }], open: true })
  })
})
