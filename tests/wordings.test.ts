import { describe, expect, it } from 'vitest'
import { extractNotes, extractResponsibility } from '../src/extract/responsibility.js'
import { parsePlan } from '../src/parse-plan.js'
import type { Responsibility, Task } from '../src/types.js'

const names = (list: { name: string }[]) => list.map((d) => d.name)

function roles(text: string) {
  const r = extractResponsibility(text) as Responsibility
  expect(r).not.toBeNull()
  return { leads: names(r.leads), participants: names(r.participants), byDuty: r.byDuty, openList: r.openList, deadline: r.deadline, rolesFrom: r.rolesFrom }
}

describe('responsibility wordings', () => {
  it('reads `（A负责）` and `（A、B负责）` by the first-listed convention', () => {
    expect(roles('加强保护。（知识产权局负责）')).toEqual({ leads: ['知识产权局'], participants: [], byDuty: false, openList: false, deadline: undefined, rolesFrom: 'first-listed' })
    expect(roles('加强保护。（市场监管总局、农业农村部、知识产权局负责）')).toMatchObject({ leads: ['市场监管总局'], participants: ['农业农村部', '知识产权局'], byDuty: false })
  })

  it('sets byDuty for `按职责分工负责` and `按职责分工分别负责`, ASCII brackets too', () => {
    expect(roles('加强保护。（中央宣传部、知识产权局按职责分工负责）')).toMatchObject({ leads: ['中央宣传部'], participants: ['知识产权局'], byDuty: true })
    expect(roles('加强保护。(公安部、海关总署按职责分工分别负责)')).toMatchObject({ leads: ['公安部'], participants: ['海关总署'], byDuty: true })
  })

  it('takes roles from `牵头` / `参与` / `配合` in the note', () => {
    expect(roles('完善制度。（知识产权局牵头，商务部、海关总署参与）')).toMatchObject({ leads: ['知识产权局'], participants: ['商务部', '海关总署'], byDuty: false, rolesFrom: 'note' })
    expect(roles('完善制度。（知识产权局牵头，商务部配合）')).toMatchObject({ leads: ['知识产权局'], participants: ['商务部'], rolesFrom: 'note' })
    expect(roles('完善制度。（知识产权局负责，商务部配合）')).toMatchObject({ leads: ['知识产权局'], participants: ['商务部'], rolesFrom: 'note' })
  })

  it('reads `（A牵头负责，B、C按职责分工负责）`', () => {
    expect(roles('完善制度。（知识产权局牵头负责，商务部、海关总署按职责分工负责）')).toMatchObject({
      leads: ['知识产权局'],
      participants: ['商务部', '海关总署'],
      byDuty: true,
      rolesFrom: 'note',
    })
  })

  it('keeps several leads: `（A、B牵头，C参与）`', () => {
    expect(roles('完善制度。（知识产权局、商务部牵头，海关总署、市场监管总局参与）')).toMatchObject({
      leads: ['知识产权局', '商务部'],
      participants: ['海关总署', '市场监管总局'],
    })
  })

  it('reads labelled notes: 牵头单位 / 责任单位 / 配合单位', () => {
    expect(roles('完善制度。（牵头单位：知识产权局；责任单位：商务部、海关总署）')).toMatchObject({ leads: ['知识产权局'], participants: ['商务部', '海关总署'], rolesFrom: 'note' })
    expect(roles('完善制度。（牵头单位：知识产权局，配合单位：商务部）')).toMatchObject({ leads: ['知识产权局'], participants: ['商务部'] })
    expect(roles('完善制度。（牵头单位：知识产权局）')).toMatchObject({ leads: ['知识产权局'], participants: [], rolesFrom: 'note' })
    expect(roles('完善制度。（牵头单位：知识产权局；责任单位：商务部、海关总署按职责分工负责）')).toMatchObject({
      leads: ['知识产权局'],
      participants: ['商务部', '海关总署'],
      byDuty: true,
    })
    expect(roles('完善制度。（责任单位：知识产权局、商务部按职责分工负责）')).toMatchObject({
      leads: ['知识产权局'],
      participants: ['商务部'],
      byDuty: true,
      rolesFrom: 'first-listed',
    })
  })

  it('flags open lists ending in `等` / `等部门` and cuts the ending off the name', () => {
    expect(roles('完善制度。（知识产权局、商务部等负责）')).toMatchObject({ leads: ['知识产权局'], participants: ['商务部'], openList: true })
    expect(roles('完善制度。（知识产权局牵头，商务部、海关总署等部门参与）')).toMatchObject({ participants: ['商务部', '海关总署'], openList: true })
  })

  it('reads 〔…〕 brackets', () => {
    expect(roles('完善制度。〔知识产权局、商务部负责〕')).toMatchObject({ leads: ['知识产权局'], participants: ['商务部'] })
  })

  it('keeps a deadline written inside the note', () => {
    expect(roles('完善制度。（知识产权局负责，6月底完成）')).toMatchObject({ leads: ['知识产权局'], participants: [], deadline: '6月底完成' })
    expect(roles('完善制度。（知识产权局牵头，商务部参与；2022年底前完成）')).toMatchObject({ leads: ['知识产权局'], participants: ['商务部'], deadline: '2022年底前完成' })
  })

  it('reads a labelled time limit: 完成时限：', () => {
    expect(roles('完善制度。（牵头单位：知识产权局；参与单位：商务部；完成时限：长期坚持）')).toMatchObject({
      leads: ['知识产权局'],
      participants: ['商务部'],
      deadline: '长期坚持',
    })
  })

  it('accepts a note that is only a deadline, with no departments', () => {
    const r = extractResponsibility('制定指引。（2020年10月底前完成）') as Responsibility
    expect(r).toMatchObject({ raw: '（2020年10月底前完成）', departments: [], leads: [], participants: [], deadline: '2020年10月底前完成' })
    expect(extractResponsibility('制定指引。（持续推进）')?.deadline).toBe('持续推进')
    // A span of years is a deadline only written as one (`2021年—2022年…`); a title's `2021—2035年` is not.
    expect(extractResponsibility('制定指引。（2021年—2022年底前完成）')?.deadline).toBe('2021年—2022年底前完成')
    expect(extractResponsibility('制定指引。（知识产权局负责，2021年～2022年完成）')?.deadline).toBe('2021年～2022年完成')
    expect(extractResponsibility('制定指引。（2021—2022年底前完成）')).toBeNull()
    // A span of years or an acronym is prose, not a note.
    expect(extractResponsibility('落实《纲要（2021—2035年）》（2021—2035年）')).toBeNull()
    expect(extractResponsibility('建设技术与创新支持中心（TISC）')).toBeNull()
  })

  it('reads traditional characters', () => {
    expect(roles('完善制度。（知識產權局牽頭，商務部、海關總署參與）')).toMatchObject({ leads: ['知識產權局'], participants: ['商務部', '海關總署'], rolesFrom: 'note' })
    expect(roles('完善制度。（中央宣傳部、知識產權局按職責分工負責）')).toMatchObject({ leads: ['中央宣傳部'], byDuty: true })
  })

  it('reads `A会同B负责` as A leading with B', () => {
    expect(roles('完善制度。（知识产权局会同商务部负责）')).toMatchObject({ leads: ['知识产权局'], participants: ['商务部'], rolesFrom: 'note' })
  })

  it('joins a note split across a line break or a page footer, positions into the text', () => {
    const text = '完善制度。（市场监\n— 12 —\n管总局、知识产权局负责）'
    const r = extractResponsibility(text) as Responsibility
    expect(names(r.departments)).toEqual(['市场监管总局', '知识产权局'])
    const first = r.departments[0]?.position
    expect(text.slice(first?.start.offset, first?.end.offset)).toBe('市场监\n— 12 —\n管总局')
    expect(first?.start).toEqual({ line: 1, column: 7, offset: 6 })
    expect(first?.end).toEqual({ line: 3, column: 4, offset: 20 })
  })

  it('keeps collective names whole', () => {
    const r = extractResponsibility('（联席会议办公室、联席会议（有关）成员单位负责）') as Responsibility
    expect(names(r.departments)).toEqual(['联席会议办公室', '联席会议（有关）成员单位'])
    const s = extractResponsibility('（各省、自治区、直辖市人民政府，国务院有关部门负责）') as Responsibility
    expect(names(s.departments)).toEqual(['各省、自治区、直辖市人民政府', '国务院有关部门'])
  })

  it('returns every note of a task with sub-measures, in order', () => {
    const notes = extractNotes('做好A（2021—2035年）。（商务部负责）做好B。（海关总署牵头，外交部参与）')
    expect(notes.map((n) => n.raw)).toEqual(['（商务部负责）', '（海关总署牵头，外交部参与）'])
    expect(notes.map((n) => names(n.leads))).toEqual([['商务部'], ['海关总署']])
  })
})

describe('wordings inside parsePlan', () => {
  const tasks = (text: string) => {
    const plan = parsePlan(text)
    const out: Task[] = []
    for (const c of plan.children) if (c.type === 'chapter') for (const t of c.children) if (t.type === 'task') out.push(t)
    return { plan, tasks: out }
  }

  it('keeps each sub-measure note in order and the text without them', () => {
    const { plan, tasks: [task] } = tasks('一、加强合作\n1. 加强信息服务（知识产权局负责）；组织专题培训（贸促会负责）。\n')
    expect(task?.text).toBe('加强信息服务；组织专题培训')
    expect(task?.notes?.map((n) => n.raw)).toEqual(['（知识产权局负责）', '（贸促会负责）'])
    expect(task?.responsibility?.raw).toBe('（贸促会负责）')
    expect(plan.diagnostics).toEqual([])
  })

  it('keeps a deadline-only note, which assigns nothing: no responsibility, and missing-responsibility reported', () => {
    const { plan, tasks: [task] } = tasks('一、完善制度\n1. 研究制定纠纷应对指引。（2023年10月底前完成）\n')
    expect(task?.responsibility).toBeNull()
    expect(task?.notes).toMatchObject([{ departments: [], deadline: '2023年10月底前完成' }])
    expect(plan.diagnostics.map((d) => d.ruleId)).toEqual(['missing-responsibility'])
  })

  it('joins a note broken by a page footer onto the task', () => {
    const text = '一、完善制度\n1. 加强金融服务。（金融监管总局、知识产权局、\n— 3 —\n商务部等部门按职责分工负责）\n'
    const { tasks: [task] } = tasks(text)
    expect(task?.responsibility).toMatchObject({ byDuty: true, openList: true })
    expect(task?.responsibility?.departments.map((d) => d.id)).toEqual(['nfra', 'cnipa', 'mofcom'])
    const last = task?.responsibility?.departments[2]?.position
    expect(text.slice(last?.start.offset, last?.end.offset)).toBe('商务部')
  })
})
