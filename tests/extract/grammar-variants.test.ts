/**
 * Note wordings met in 分工 documents of other families, each with invented
 * examples: `由…负责`, a role written in brackets after a unit, role phrases
 * (`为牵头单位`, `协同配合`, `配合指导`, `主责`), and duty phrases before any
 * role word (`按职责抓好落实`).
 */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

const roles = (note: string) => {
  const r = read(note)
  return r && { leads: r.leads, participants: r.participants, explicit: r.explicit, byDuty: r.byDuty }
}

describe('由 before the units in charge', () => {
  it('is no part of the first unit’s name', () => {
    expect(roles('由县水利局负责')).toEqual({ leads: ['县水利局'], participants: [], explicit: false, byDuty: false })
    expect(roles('由县水利局会同县林业局负责')).toMatchObject({ leads: ['县水利局'], participants: ['县林业局'] })
    expect(roles('由县水利局牵头，县林业局、县财政局配合')).toMatchObject({ leads: ['县水利局'], participants: ['县林业局', '县财政局'], explicit: true })
    expect(read('由县水利局负责')?.parts.departments[0]).toMatchObject({ name: '县水利局', start: 1, end: 5 })
  })

  it('stays in a name that is no unit with it taken off', () => {
    expect(read('由此负责')?.units ?? []).not.toContain('此')
  })
})

describe('a role in brackets after a unit', () => {
  it('makes that unit lead, and the others take part', () => {
    for (const [open, close] of [['（', '）'], ['(', ')'], ['〔', '〕'], ['[', ']'], ['【', '】']]) {
      expect(roles(`责任单位：县交通局${open}牵头${close}、县公安局、县城管局`)).toEqual({ leads: ['县交通局'], participants: ['县公安局', '县城管局'], explicit: true, byDuty: false })
    }
    expect(read('责任单位：县交通局（牵头）、县公安局')?.parts.departments[0]).toMatchObject({ name: '县交通局', start: 5, end: 9 })
  })

  it('reads a lead named second, and a participant tag', () => {
    expect(roles('责任单位：县公安局、县交通局（牵头）')).toMatchObject({ leads: ['县交通局'], participants: ['县公安局'] })
    expect(roles('县交通局、县公安局（配合）负责')).toMatchObject({ leads: ['县交通局'], participants: ['县公安局'] })
  })

  it('is read in a note that has no other role word or label', () => {
    expect(roles('县交通局（牵头）、县公安局')).toMatchObject({ leads: ['县交通局'], participants: ['县公安局'], explicit: true })
  })
})

describe('role phrases', () => {
  it('reads 为牵头单位 / 为配合单位 / 为责任单位 after a unit', () => {
    expect(roles('县商务局为牵头单位，县财政局、县税务局为配合单位')).toEqual({ leads: ['县商务局'], participants: ['县财政局', '县税务局'], explicit: true, byDuty: false })
    expect(roles('县商务局、县财政局为责任单位')).toMatchObject({ leads: ['县商务局'], participants: ['县财政局'], explicit: false })
  })

  it('reads 协同, 协同配合, 配合指导 as taking part and 主责, 负总责 as leading', () => {
    expect(roles('县卫健局负责，县医保局协同')).toMatchObject({ leads: ['县卫健局'], participants: ['县医保局'] })
    expect(roles('县卫健局主责，县医保局协同配合')).toMatchObject({ leads: ['县卫健局'], participants: ['县医保局'], explicit: true })
    expect(roles('各乡镇人民政府负责，县直有关部门配合指导')).toMatchObject({ leads: ['各乡镇人民政府'], participants: ['县直有关部门'] })
    expect(roles('县政府办负总责，各乡镇配合')).toMatchObject({ leads: ['县政府办'], participants: ['各乡镇'], explicit: true })
  })

  it('reads a duty phrase before any role word as 按职责分工', () => {
    expect(roles('县委组织部、县人社局按职责抓好落实')).toEqual({ leads: ['县委组织部'], participants: ['县人社局'], explicit: false, byDuty: true })
    expect(roles('县委组织部、县人社局根据职责分工推进')).toMatchObject({ leads: ['县委组织部'], participants: ['县人社局'], byDuty: true })
    expect(roles('县委组织部牵头，县人社局按职责分工配合')).toMatchObject({ leads: ['县委组织部'], participants: ['县人社局'] })
  })
})

describe('time frames after a date', () => {
  it('reads a date with an outcome as the deadline, not as a unit', () => {
    for (const when of ['2026年底前取得明显成效', '2026年6月底前基本建成', '2027年底前实现全覆盖', '2026年上半年投入使用', '2026年底前取得积极成效']) {
      const r = read(`县住建局牵头，县财政局配合。${when}`)
      expect(r, when).toMatchObject({ units: ['县住建局', '县财政局'], deadline: when })
    }
  })
})

describe('a time frame after white space', () => {
  it('is a clause of its own, in a bare list and after a role word', () => {
    expect(read('县住建局负责 2026年底前')).toMatchObject({ units: ['县住建局'], deadline: '2026年底前' })
    expect(read('县住建局牵头，县水利局配合　2026年6月底前完成')).toMatchObject({ leads: ['县住建局'], participants: ['县水利局'], deadline: '2026年6月底前完成' })
  })

  it('leaves a name with a space in it whole', () => {
    expect(read('国家卫生健 康委负责')?.units).toEqual(['国家卫生健康委'])
  })
})

describe('units parted by white space', () => {
  it('are two units when each ends like one, as copied tables and web pages write lists', () => {
    expect(roles('县住建局 县财政局 县发改局')).toBeNull()
    expect(read('责任单位：县住建局 县财政局　县发改局')?.units).toEqual(['县住建局', '县财政局', '县发改局'])
    expect(roles('县住建局 县财政局负责')).toMatchObject({ leads: ['县住建局'], participants: ['县财政局'] })
    expect(roles('县住建局牵头 县财政局配合')).toMatchObject({ leads: ['县住建局'], participants: ['县财政局'], explicit: true })
    expect(read('县住建局\n县财政局负责')?.units).toEqual(['县住建局', '县财政局'])
  })

  it('stay one name when a break cut it', () => {
    expect(read('国家卫生健 康委、县财政局负责')?.units).toEqual(['国家卫生健康委', '县财政局'])
    expect(read('县人力资源和社会保障 局负责')?.units).toEqual(['县人力资源和社会保障局'])
  })
})

describe('short labels', () => {
  it('reads 牵头： 参与： 协助： 责任： as labels', () => {
    expect(roles('牵头：县住建局；参与：县财政局、县发改局')).toMatchObject({ leads: ['县住建局'], participants: ['县财政局', '县发改局'], explicit: true })
    expect(roles('责任：县住建局、县财政局')).toMatchObject({ leads: ['县住建局'], participants: ['县财政局'], explicit: false })
    expect(roles('负责：县住建局；协助：县财政局')).toMatchObject({ leads: ['县住建局'], participants: ['县财政局'] })
  })
})

describe('labels of main and other units in charge', () => {
  it('reads 主要责任单位 as leading and 其他责任单位 as taking part', () => {
    expect(roles('主要责任单位：县发改局；其他责任单位：县财政局、县商务局')).toEqual({ leads: ['县发改局'], participants: ['县财政局', '县商务局'], explicit: true, byDuty: false })
    expect(roles('主责部门：县发改局；协办部门：县财政局')).toMatchObject({ leads: ['县发改局'], participants: ['县财政局'] })
  })
})

describe('units in charge parted from a participant word by `，`', () => {
  it('lead when no unit leads yet: the first listed of them', () => {
    expect(roles('县委宣传部、县委网信办，县文旅局配合')).toEqual({ leads: ['县委宣传部'], participants: ['县委网信办', '县文旅局'], explicit: true, byDuty: false })
    expect(roles('县教育局，县财政局、县人社局协助')).toMatchObject({ leads: ['县教育局'], participants: ['县财政局', '县人社局'] })
  })

  it('take part when a unit already leads, or when they share the participant word’s segment', () => {
    expect(roles('县发改局牵头，县财政局，县统计局配合')).toMatchObject({ leads: ['县发改局'], participants: ['县财政局', '县统计局'] })
    expect(roles('县财政局、县统计局配合')).toMatchObject({ leads: [], participants: ['县财政局', '县统计局'] })
  })
})

describe('more role phrases', () => {
  it('reads 分别牵头 and 联合牵头 as leading, each unit a lead', () => {
    expect(roles('县发改局、县财政局分别牵头，各乡镇配合')).toEqual({ leads: ['县发改局', '县财政局'], participants: ['各乡镇'], explicit: true, byDuty: false })
    expect(roles('县科技局、县工信局联合牵头')).toMatchObject({ leads: ['县科技局', '县工信局'] })
  })

  it('reads 具体实施 and 组织实施 as the units in charge, taking part under a lead', () => {
    expect(roles('县住建局牵头，县城管局参与，各乡镇具体实施')).toMatchObject({ leads: ['县住建局'], participants: ['县城管局', '各乡镇'] })
    expect(roles('各乡镇人民政府组织实施')).toMatchObject({ leads: ['各乡镇人民政府'], participants: [] })
  })
})

describe('a date bound and what is to be done by it', () => {
  it('is a deadline clause, whatever the outcome, when the date ends in 前 or 内', () => {
    expect(read('县科技局牵头，县财政局配合，2026年6月底前出台实施方案，12月底前完成')).toMatchObject({
      leads: ['县科技局'],
      participants: ['县财政局'],
      deadline: '2026年6月底前出台实施方案',
    })
    expect(read('县数据局负责，2026年底前建立共享平台')).toMatchObject({ units: ['县数据局'], deadline: '2026年底前建立共享平台' })
    expect(read('县数据局负责，三季度内形成工作方案')).toMatchObject({ units: ['县数据局'], deadline: '三季度内形成工作方案' })
  })

  it('is not one without a bound, or with a unit after it', () => {
    expect(read('县数据局负责，2026年建立共享平台')?.deadline).toBeUndefined()
    expect(read('县数据局负责，2026年底前县财政局完成')?.deadline).toBeUndefined()
  })
})

describe('an adverb before 由', () => {
  it('is no part of the unit’s name', () => {
    for (const adverb of ['具体', '统一', '分别', '主要', '均']) {
      expect(roles(`${adverb}由县水利局负责`), adverb).toMatchObject({ leads: ['县水利局'], participants: [] })
    }
    expect(read('具体由县水利局负责')?.parts.departments[0]).toMatchObject({ name: '县水利局', start: 3, end: 7 })
  })
})

describe('a star after a unit (`标注*的为牵头单位`)', () => {
  it('makes it lead, the others take part, in a bare list and before a role word', () => {
    expect(roles('县发改局、县财政局*、县工信局')).toEqual({ leads: ['县财政局'], participants: ['县发改局', '县工信局'], explicit: true, byDuty: false })
    expect(roles('县商务局＊、县招商局※，县外办')).toMatchObject({ leads: ['县商务局', '县招商局'], participants: ['县外办'] })
    expect(roles('县市场监管局、县工信局*，各乡镇人民政府按职责分工负责')).toMatchObject({ leads: ['县工信局'], participants: ['县市场监管局', '各乡镇人民政府'], byDuty: true })
    expect(read('县发改局、县财政局*')?.parts.departments[1]).toMatchObject({ name: '县财政局', start: 5, end: 9 })
  })

  it('after a second name in brackets', () => {
    expect(roles('县人社局、县委组织部（县人才办）*')).toMatchObject({ leads: ['县委组织部（县人才办）'], participants: ['县人社局'] })
  })
})

describe('leaders named in a note', () => {
  it('are read under any 领导 label, never as units', () => {
    for (const label of ['责任市领导', '牵头县领导', '联系区领导', '包抓领导', '分管县领导']) {
      expect(read(`${label}：张明；县发改局牵头，县财政局配合`), label).toMatchObject({ leads: ['县发改局'], participants: ['县财政局'] })
    }
    expect(read('责任市领导：张明、李华；县应急局牵头')?.clauses[0]).toEqual(['leader', '责任市领导：张明、李华'])
  })

  it('are persons by their titles, with a role word or without', () => {
    expect(read('张明副县长牵头；县卫健局负责')).toMatchObject({ leads: ['县卫健局'], participants: [] })
    expect(read('常务副县长张明；县财政局、县发改局按职责分工负责')).toMatchObject({ leads: ['县财政局'], participants: ['县发改局'] })
    expect(read('张明副县长牵头；县卫健局负责')?.clauses[0]).toEqual(['leader', '张明副县长牵头'])
  })
})

describe('a label in brackets (`【牵头单位】县公安局`), as web pages write it', () => {
  it('is a label, each bracket starting a clause of its own', () => {
    expect(roles('【牵头单位】县财政局【配合单位】县公共资源交易中心、县审计局')).toEqual({ leads: ['县财政局'], participants: ['县公共资源交易中心', '县审计局'], explicit: true, byDuty: false })
    expect(roles('［牵头单位］县发改局；［配合单位］：县财政局')).toMatchObject({ leads: ['县发改局'], participants: ['县财政局'] })
    expect(read('【牵头单位】县财政局')?.parts.departments[0]).toMatchObject({ name: '县财政局', start: 6, end: 10 })
  })

  it('is no label when the bracket holds more than a label word', () => {
    expect(read('【省定任务】县财政局负责')?.units ?? []).not.toContain('县财政局')
  })
})

describe('a note with every character spaced out, as a justified PDF line gives it', () => {
  it('is read without those spaces, its indexes into the text as written', () => {
    const r = read(' 县 农 业 农 村 局 牵 头 ， 县 财 政 局 配 合 ')
    expect(r).toMatchObject({ leads: ['县农业农村局'], participants: ['县财政局'] })
    expect(r?.parts.departments[0]).toMatchObject({ name: '县农业农村局', start: 1, end: 12 })
    expect(r?.clauses[1]).toEqual(['units', '县 财 政 局 配 合'])
  })

  it('leaves a note with a space or two as it is', () => {
    expect(read('县住建局 县财政局负责')).toMatchObject({ units: ['县住建局', '县财政局'] })
    expect(read('县 住建局负责')?.units).toEqual(['县住建局'])
  })
})

describe('下同 after the units', () => {
  it('is a remark, not words the grammar could not place', () => {
    expect(read('县商务局负责，下同')).toMatchObject({ units: ['县商务局'], clauses: [['units', '县商务局负责'], ['remark', '下同']] })
    expect(read('县商务局牵头，县财政局配合，以下同')?.clauses.at(-1)).toEqual(['remark', '以下同'])
  })
})

describe('labels 主办 and 主责', () => {
  it('name the lead, 协办 the participants', () => {
    expect(roles('主办：县发改局；协办：县财政局、县统计局')).toEqual({ leads: ['县发改局'], participants: ['县财政局', '县统计局'], explicit: true, byDuty: false })
    expect(roles('主责：县发改局；配合：县财政局')).toMatchObject({ leads: ['县发改局'], participants: ['县财政局'] })
    expect(read('主办：县发改局；协办：县财政局')?.clauses[0]).toEqual(['units', '主办：县发改局'])
  })
})

describe('units that 落实 a task', () => {
  it('are in charge: alone the first leads, under a lead they take part', () => {
    expect(roles('各社区落实')).toMatchObject({ leads: ['各社区'], participants: [] })
    expect(roles('县民政局、各乡镇具体落实')).toMatchObject({ leads: ['县民政局'], participants: ['各乡镇'] })
    expect(roles('县民政局牵头，各乡镇抓好落实')).toMatchObject({ leads: ['县民政局'], participants: ['各乡镇'] })
  })
})

describe('主办 after a unit, and labels by duty and kind of unit', () => {
  it('reads 主办 as leading, 协办 as taking part', () => {
    expect(roles('县体育局主办，县财政局协办')).toEqual({ leads: ['县体育局'], participants: ['县财政局'], explicit: true, byDuty: false })
  })

  it('reads 责任站所, 牵头处室, 配合科室 and their like as labels', () => {
    expect(roles('责任站所：党建办、财政所')).toMatchObject({ leads: ['党建办'], participants: ['财政所'] })
    expect(roles('牵头处室：规划处；配合处室：财务处、法规处')).toMatchObject({ leads: ['规划处'], participants: ['财务处', '法规处'] })
    expect(read('实施部门：县住建局')?.clauses).toEqual([['units', '实施部门：县住建局']])
  })
})

describe('what a note writes before 由', () => {
  it('is no part of a unit’s name', () => {
    expect(roles('以下各项均由县数据局牵头，县直有关部门配合')).toMatchObject({ leads: ['县数据局'], participants: ['县直有关部门'] })
    expect(roles('本部分任务均由县大数据中心负责')).toMatchObject({ leads: ['县大数据中心'] })
    expect(read('以下各项均由县数据局牵头')?.parts.departments[0]).toMatchObject({ name: '县数据局', start: 6, end: 10 })
  })
})

describe('a name with a book title in it', () => {
  it('is no unit: the words are prose', () => {
    expect(read('此项任务与《跨境贸易试点》统筹推进')?.units ?? []).toEqual([])
  })
})

describe('a bare 政府 after a 各… unit', () => {
  it('is one collective with it, taking its places', () => {
    expect(roles('各县（市、区）党委、政府负责，市发展改革委配合')).toMatchObject({ leads: ['各县（市、区）党委、政府'], participants: ['市发展改革委'] })
    expect(read('各乡镇党委、政府负责')?.parts.departments[0]).toMatchObject({ name: '各乡镇党委、政府', start: 0, end: 8 })
    expect(roles('县委、县政府负责')).toMatchObject({ leads: ['县委'], participants: ['县政府'] })
  })
})

describe('the organisers of an event', () => {
  it('are no note: 由…主办', () => {
    expect(read('由县体育局、县文旅局联合主办，县文旅集团承办')).toBeNull()
    expect(roles('县体育局主办，县财政局协办')).toMatchObject({ leads: ['县体育局'] })
  })
})
