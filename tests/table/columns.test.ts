import { describe, expect, it } from 'vitest'
import { readHeader } from '../../src/table/columns.js'

describe('readHeader: a header row decides each column', () => {
  it('reads the five-column layout of provincial plans', () => {
    expect(readHeader(['序号', '重点任务', '牵头单位', '责任单位', '完成时限'])).toEqual({
      headers: ['序号', '重点任务', '牵头单位', '责任单位', '完成时限'],
      roles: ['number', 'task', 'lead', 'participants', 'deadline'],
      task: 1,
      number: 0,
    })
  })

  it('reads 责任单位 as the list whose first leads when no lead column stands beside it', () => {
    expect(readHeader(['任务', '责任单位'])?.roles).toEqual(['task', 'responsible'])
    expect(readHeader(['序号', '工作内容', '主责单位', '协同单位'])?.roles).toEqual(['number', 'task', 'lead', 'participants'])
  })

  it('reads a leader as a person, and a 时间节点 as a deadline', () => {
    expect(readHeader(['工作任务', '牵头领导', '牵头单位', '配合单位', '时间节点'])?.roles).toEqual(['task', 'leader', 'lead', 'participants', 'deadline'])
    expect(readHeader(['具体措施', '分管领导', '责任部门'])?.roles).toEqual(['task', 'leader', 'responsible'])
  })

  it('ignores white space inside header words', () => {
    expect(readHeader(['序 号', '主 要 工 作 任 务', '牵头 单位'])?.roles).toEqual(['number', 'task', 'lead'])
  })

  it('takes the last task-like column as the task and keeps groupings as text', () => {
    expect(readHeader(['序号', '重点领域', '主要任务', '具体措施', '责任单位', '备注'])?.roles).toEqual(['number', 'other', 'other', 'task', 'responsible', 'other'])
  })

  it('gives null for a table with no task column or no one responsible', () => {
    expect(readHeader(['指标', '2020年', '2025年'])).toBeNull()
    expect(readHeader(['重点任务', '完成时限'])).toBeNull()
    expect(readHeader(['牵头单位', '配合单位'])).toBeNull()
    expect(readHeader(['重点任务'])).toBeNull()
  })

  it('gives null for a row of sentences: a header is a few words a cell (a layout table holding a page is none)', () => {
    expect(readHeader(['一、总体要求。各项重点任务由责任单位负责落实', '市政府办公室'])).toBeNull()
    expect(readHeader(['重点任务（含年度目标和具体措施）', '牵头单位'])?.roles).toEqual(['task', 'lead'])
  })
})
