/** A bracket of unit names with no role word, closing a task: a note read by the first-listed rule (invented examples). */
import { describe, expect, it } from 'vitest'
import { parsePlan } from '../../src/index.js'
import type { Chapter, Task } from '../../src/types.js'

const task = (body: string) => (parsePlan(`一、重点任务\n1. ${body}\n`).children[0] as Chapter).children[0] as Task

const roles = (body: string) => {
  const r = task(body).responsibility
  return r && { leads: r.leads.map((d) => d.name), participants: r.participants.map((d) => d.name), rolesFrom: r.rolesFrom, deadline: r.deadline }
}

describe('a bare list of units closing a task', () => {
  it('is the task’s note, the first listed leading', () => {
    expect(roles('完善社保经办服务。（县人社局、县财政局、县医保局）')).toEqual({ leads: ['县人社局'], participants: ['县财政局', '县医保局'], rolesFrom: 'first-listed', deadline: undefined })
    expect(roles('完善社保经办服务（县人社局）。')).toMatchObject({ leads: ['县人社局'], participants: [] })
    expect(roles('完善社保经办服务。(县人社局,县财政局)')).toMatchObject({ leads: ['县人社局'], participants: ['县财政局'] })
  })

  it('keeps a time frame apart as the deadline', () => {
    expect(roles('完善社保经办服务。（县人社局、县财政局，2026年6月底前）')).toMatchObject({ leads: ['县人社局'], participants: ['县财政局'], deadline: '2026年6月底前' })
    expect(roles('完善社保经办服务。（县人社局；持续推进）')).toMatchObject({ leads: ['县人社局'], deadline: '持续推进' })
  })

  it('reads collectives and an open tail', () => {
    expect(roles('推进老旧小区改造。（县住建局、各乡镇人民政府）')).toMatchObject({ leads: ['县住建局'], participants: ['各乡镇人民政府'] })
    expect(task('推进老旧小区改造。（县住建局、县财政局等部门）').responsibility).toMatchObject({ openList: true, openTail: '等部门' })
  })

  it('places each department on its own characters', () => {
    const t = task('做好统计。（县统计局、县财政局）')
    const [lead, other] = t.responsibility!.departments
    expect(lead!.position!.start).toMatchObject({ line: 2, column: 10 })
    expect(lead!.position!.end.offset! - lead!.position!.start.offset!).toBe(4)
    expect(other!.position!.start.column).toBe(15)
  })

  it('is no note when a piece is not a unit or the bracket does not close the task', () => {
    for (const body of [
      '优化城区布局。（市、区）',
      '编制专项规划。（2026—2030年）',
      '成立县社保中心。（以下简称县社保局）',
      '加强国企监管。（含县属国有企业）',
      '推进数据共享。（如县统计局）',
      '落实《县级财政管理办法》（县政发〔2025〕3号）。',
      '联合县财政局（县国资委）开展清查，形成报告。',
    ]) expect(task(body).responsibility, body).toBeNull()
  })
})

describe('a bare list with a time frame after a space', () => {
  it('keeps the time frame apart', () => {
    expect(roles('推进海绵城市建设。（县住建局、县水利局 2026年底）')).toMatchObject({ leads: ['县住建局'], participants: ['县水利局'], deadline: '2026年底' })
  })
})

describe('units of every kind in a bare list', () => {
  it('reads universities, parks and people’s organisations as units', () => {
    expect(roles('推进校地合作。（溪川大学、县教育局）')).toMatchObject({ leads: ['溪川大学'], participants: ['县教育局'] })
    expect(roles('推进园区招商。（县经开区、某某示范区、县商务局）')).toMatchObject({ leads: ['县经开区'], participants: ['某某示范区', '县商务局'] })
    expect(roles('推进志愿服务。（团县委、县妇联、县残联）')).toMatchObject({ leads: ['团县委'], participants: ['县妇联', '县残联'] })
  })
})

describe('a bare list parted by white space', () => {
  it('reads each unit', () => {
    expect(roles('推进城市更新。（县住建局 县财政局 县发改局）')).toMatchObject({ leads: ['县住建局'], participants: ['县财政局', '县发改局'] })
  })
})

describe('a bare list opening a task', () => {
  it('is its note', () => {
    expect(roles('【县发改局】推进重大项目建设。')).toMatchObject({ leads: ['县发改局'], participants: [] })
    expect(roles('（县发改局、县财政局）推进重大项目建设。')).toMatchObject({ leads: ['县发改局'], participants: ['县财政局'] })
    expect(task('（县发改局、县财政局）推进重大项目建设。').text).toBe('推进重大项目建设。')
  })

  it('is none in the middle of a task', () => {
    expect(task('推进（县发改局）重大项目建设。').responsibility).toBeNull()
  })
})

describe('the organisers of an event in a bracket closing a task', () => {
  it('are no note', async () => {
    const { parsePlan } = await import('../../src/index.js')
    const plan = parsePlan('一、总体\n1.办好成果对接会（由县科技局、县商会联合主办）。')
    const chapter = plan.children[0]
    const task = chapter?.type === 'chapter' ? chapter.children[0] : undefined
    expect(task?.type === 'task' ? task.responsibility : undefined).toBeNull()
  })
})
