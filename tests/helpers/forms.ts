/**
 * Small invented plans, one per form of issue 11 where a note sits on a unit
 * other than a numbered task, shared by the analytics and CLI tests. Not
 * copies of corpus text.
 */
import { extractResponsibility, parsePlan } from '../../src/index.js'
import { PlanSchema } from '../../src/schema.js'
import type { Item, Plan, Task } from '../../src/types.js'

/** State Council style: run-in sections are the tasks; the third carries no note. */
export const RUN_IN = [
  '一、加强市场监管',
  '（一）完善监管规则。健全市场监管规则体系。（市场监管总局、公安部负责）',
  '（二）强化执法协作。建立跨部门执法协作机制。（公安部牵头，司法部、市场监管总局参与）',
  '（三）做好宣传引导。',
].join('\n')

/** A plan whose only level is `一、`: the chapters are the tasks. */
export const CHAPTERS_ONLY = [
  '某市2024年优化营商环境工作要点',
  '一、深化政务服务改革，推行“一网通办”。（市政务服务局负责）',
  '二、加强企业信用建设。（市发展改革委、市市场监管局按职责分工负责）',
  '三、做好政策宣传解读。',
].join('\n')

/** One run-in section paragraph with two notes, each after its own sentence. */
export const TWO_NOTES = ['一、重点任务', '（一）加强监管。完善监管规则。（市场监管总局负责）健全执法协作机制。（公安部、司法部负责）'].join('\n')

/** Label lines after a task and after a run-in section, one with a deadline line. */
export const LABELS = [
  '一、扩大对外开放',
  '（一）培育外贸新动能。',
  '1. 培育外贸新业态。',
  '责任单位：市商务局、市财政局',
  '完成时限：2024年底前',
  '2. 加强招商引资。',
  '牵头单位：市投资促进局',
  '配合单位：市发展改革委、市商务局',
  '（二）优化营商环境。推进一网通办。',
  '责任单位：市政务服务局',
].join('\n')

/** A task whose sub-items carry the notes, and a task with sub-items under its own note, as written. */
export const ITEMS = [
  '一、重点任务',
  '1. 推进标准化建设。',
  '（1）制定行业标准。（市场监管总局负责）',
  '（2）开展标准宣贯。（市场监管总局、工业和信息化部负责）',
  '2. 加强人才培养。（教育部负责）',
  '①建立培训基地。（人力资源社会保障部负责）',
  '②开展岗位培训。',
].join('\n')

/** Does the parser in this build make `item` nodes of `（1）` lines? (The lexer's construct table adds them.) */
export const parsesItems = (() => {
  const chapter = parsePlan(ITEMS).children[0]
  const task = chapter?.type === 'chapter' ? chapter.children[0] : undefined
  return task?.type === 'task' && task.children?.[0]?.type === 'item'
})()

function item(task: Task, number: number, marker: string, written: string): Item {
  const responsibility = extractResponsibility(written)
  const text = responsibility ? written.slice(0, responsibility.position.start.offset) : written
  return {
    type: 'item',
    id: `${task.id}.i${number}`,
    number,
    marker,
    text,
    responsibility,
    references: [],
    // Positions of the task: the outputs never read an item's position.
    position: task.position,
    textPosition: task.textPosition,
  }
}

/**
 * The tree {@link ITEMS} stands for, by the schema's contract: task 1 with
 * items c1.t1.i1–i2 carrying notes, task 2 with its own note and items
 * c1.t2.i1 (a note) and c1.t2.i2 (none). Built by hand until the parser
 * makes items (see `parsesItems`); checked against `PlanSchema`.
 */
export function itemsPlan(): Plan {
  const plan = parsePlan('一、重点任务\n1. 推进标准化建设。\n2. 加强人才培养。（教育部负责）')
  const chapter = plan.children[0]
  if (chapter?.type !== 'chapter') throw new Error('itemsPlan: expected a chapter')
  const [t1, t2] = chapter.children as [Task, Task]
  t1.children = [item(t1, 1, '（1）', '制定行业标准。（市场监管总局负责）'), item(t1, 2, '（2）', '开展标准宣贯。（市场监管总局、工业和信息化部负责）')]
  t2.children = [item(t2, 1, '①', '建立培训基地。（人力资源社会保障部负责）'), item(t2, 2, '②', '开展岗位培训。')]
  // Task 1 is assigned by its items: the parser reports no missing note then.
  plan.diagnostics = plan.diagnostics.filter((d) => d.ruleId !== 'missing-responsibility')
  return PlanSchema.parse(plan) as Plan
}

/**
 * A run-in section whose only note does not close its paragraph
 * (`开展专项行动。（公安部负责）加强宣传。`): `notes` holds it and
 * `responsibility` is null, as the schema describes. Made from a parsed
 * closing note until the note finder reports notes followed by more text.
 */
export function openNotePlan(): Plan {
  const plan = parsePlan('一、重点任务\n（一）强化保护。开展专项行动。（公安部负责）')
  const chapter = plan.children[0]
  const section = chapter?.type === 'chapter' ? chapter.children[0] : undefined
  if (section?.type !== 'section' || !section.responsibility) throw new Error('openNotePlan: expected a section with a note')
  section.notes = [section.responsibility]
  section.responsibility = null
  section.text = '开展专项行动。加强宣传。'
  return PlanSchema.parse(plan) as Plan
}
