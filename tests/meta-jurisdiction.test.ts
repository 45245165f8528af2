// The plan's level and place (meta.jurisdiction) and the places names start with.
import { describe, expect, it } from 'vitest'
import { extractMeta, parsePlan } from '../src/index.js'
import { leadingPlace, levelOfWord } from '../src/registry/level.js'

const jurisdiction = (text: string) => {
  const j = parsePlan(text).meta?.jurisdiction
  return j ? { raw: j.raw, level: j.level, place: j.place ?? null, from: j.from } : null
}
const TASK = '\n一、重点任务\n1. 推进工作。（财政厅负责）'

describe('leadingPlace', () => {
  it('reads provinces from the list, municipalities as provinces, and nested places to the innermost level', () => {
    expect(leadingPlace('浙江省知识产权局')).toEqual({ place: '浙江省', level: 'province', rest: '知识产权局' })
    expect(leadingPlace('北京市发展改革委')).toEqual({ place: '北京市', level: 'province', rest: '发展改革委' })
    expect(leadingPlace('广西壮族自治区市场监督管理局')).toMatchObject({ place: '广西壮族自治区', level: 'province' })
    expect(leadingPlace('浙江省杭州市西湖区人民政府')).toEqual({ place: '浙江省杭州市西湖区', level: 'county', rest: '人民政府' })
    expect(leadingPlace('中共江西省委宣传部')).toEqual({ place: '江西省', level: 'province', rest: '委宣传部' })
    expect(leadingPlace('杭州市市场监督管理局')).toEqual({ place: '杭州市', level: 'city', rest: '市场监督管理局' })
    expect(leadingPlace('成都市人民政府')).toMatchObject({ place: '成都市', level: 'city' })
    expect(leadingPlace('运城市人民政府办公厅')).toMatchObject({ place: '运城市', level: 'city' })
    expect(leadingPlace('某省知识产权局')).toMatchObject({ place: '某省', level: 'province' })
  })

  it('finds no place in a zone, a level word alone, a phrase or a name of the State', () => {
    for (const name of ['开发区管委会', '自治县人民政府', '市场监管局', '全省', '各县人民政府', '国家知识产权局', '建设浙江省打击侵权信息平台', '新区']) expect(leadingPlace(name), name).toBeUndefined()
    // Inside a place, words that end like one are the body's.
    expect(leadingPlace('杭州市城市管理局')).toEqual({ place: '杭州市', level: 'city', rest: '城市管理局' })
    expect(leadingPlace('杭州市社区工作委员会')).toMatchObject({ place: '杭州市', level: 'city' })
  })
})

describe('levelOfWord', () => {
  it('is the plan itself when the word is its place’s level, else the level the word names', () => {
    expect(levelOfWord('市', { level: 'city', place: '杭州市' })).toEqual({ level: 'city', place: '杭州市' })
    expect(levelOfWord('区', { level: 'county', place: '立山区' })).toEqual({ level: 'county', place: '立山区' })
    expect(levelOfWord('县', { level: 'city', place: '杭州市' })).toEqual({ level: 'county' })
    expect(levelOfWord('省', undefined)).toEqual({ level: 'province' })
  })
})

describe('meta.jurisdiction', () => {
  it('comes from the issuer first, with the place’s own position', () => {
    const text = `关于印发计划的通知\n各有关单位：\n现印发给你们。\n杭州市人民政府办公厅\n2024年3月1日${TASK}`
    expect(jurisdiction(text)).toEqual({ raw: '杭州市', level: 'city', place: '杭州市', from: 'issuer' })
    expect(parsePlan(text).meta?.jurisdiction?.position).toEqual({ start: { line: 4, column: 1, offset: 25 }, end: { line: 4, column: 4, offset: 28 } })
  })

  it('then from the notice title’s issuer, the title, the recipients', () => {
    expect(jurisdiction(`海南省人民政府办公厅关于印发工作要点的通知${TASK}`)).toMatchObject({ level: 'province', place: '海南省', from: 'notice-title' })
    expect(jurisdiction(`2017年海南省知识产权工作要点${TASK}`)).toMatchObject({ raw: '海南省', level: 'province', from: 'title' })
    expect(jurisdiction(`2015年全省打击侵权假冒工作要点${TASK}`)).toEqual({ raw: '全省', level: 'province', place: null, from: 'title' })
    expect(jurisdiction(`河池市2024年优化营商环境工作要点${TASK}`)).toMatchObject({ level: 'city', place: '河池市', from: 'title' })
    // A province writes to its cities and counties; a city to its counties and districts.
    expect(jurisdiction(`关于印发计划的通知\n各市、县（市、区）人民政府：${TASK}`)).toMatchObject({ level: 'province', from: 'recipients' })
    expect(jurisdiction(`关于印发计划的通知\n各县（市、区）人民政府：${TASK}`)).toMatchObject({ level: 'city', from: 'recipients' })
    // A recipient's own level word says more: 市直各单位 are the city's.
    expect(jurisdiction(`关于印发计划的通知\n各镇人民政府，市直各单位：${TASK}`)).toMatchObject({ raw: '市直各单位', level: 'city', from: 'recipients' })
  })

  it('borrows the place of a weaker source of the same level', () => {
    // An issuer that signs with a level word alone (`省知识产权局`) takes the title's place.
    expect(jurisdiction(`关于印发计划的通知\n各市知识产权局：\n现印发给你们。\n省知识产权局\n2024年3月1日\n浙江省2024年工作要点${TASK}`)).toEqual({ raw: '省', level: 'province', place: '浙江省', from: 'issuer' })
  })

  it('is central for a central issuer or recipients, and absent when nothing says', () => {
    expect(jurisdiction(`关于印发计划的通知\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：${TASK}`)).toMatchObject({ level: 'central', from: 'recipients' })
    expect(jurisdiction(`国务院办公厅关于印发计划的通知${TASK}`)).toMatchObject({ level: 'central', from: 'notice-title' })
    expect(jurisdiction(`2023年度知识产权工作推进计划${TASK}`)).toBeNull()
    // Titles whose words end like a place are no place: 文明城市, 建设浙江省….
    expect(jurisdiction(`魅力文明城市创建行动方案${TASK}`)).toBeNull()
  })

  it('is read by extractMeta too', () => {
    expect(extractMeta(parsePlan(`河池市2024年工作要点${TASK}`).children).jurisdiction).toMatchObject({ level: 'city', place: '河池市' })
  })
})

describe('meta.jurisdiction, from the held-out sets', () => {
  it('reads a ministry’s general office as central, and a title’s 县域 as no county', () => {
    expect(jurisdiction(`商务部办公厅关于印发《2025年县域商业体系建设工作要点》的通知\n2025年县域商业体系建设工作要点${TASK}`)).toMatchObject({ raw: '商务部办公厅', level: 'central', from: 'notice-title' })
    expect(jurisdiction(`县域商业体系建设工作要点${TASK}`)).toBeNull()
    expect(jurisdiction(`2021年省《政府工作报告》重点任务分工方案${TASK}`)).toMatchObject({ raw: '省', level: 'province', from: 'title' })
  })
})

describe('meta.jurisdiction, from a web copy’s header', () => {
  it('reads the issuer a label names (来源：, 发布机构：)', () => {
    const text = `首页 > 政务公开\n发布时间：2024-04-08　　来源：丰宁市人民政府办公室\n2024年工作要点${TASK}`
    expect(jurisdiction(text)).toEqual({ raw: '丰宁市', level: 'city', place: '丰宁市', from: 'issuer' })
    expect(parsePlan(text).meta?.jurisdiction?.position).toMatchObject({ start: { line: 2, column: 21 }, end: { line: 2, column: 24 } })
    expect(jurisdiction(`发布机构：清源市民政局\n清源市2024年养老服务工作要点${TASK}`)).toMatchObject({ level: 'city', place: '清源市', from: 'issuer' })
  })
})
