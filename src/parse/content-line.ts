/**
 * Task lists written in blocks give each task's content on a line of its own
 * under a label, between the heading and the label lines of its note:
 *
 *     2.推进涉企审批“承诺即入制”
 *     任务内容：在食品经营领域推行告知承诺审批。
 *     牵头单位：市行政审批局
 *
 * The content line goes on with the task's own text whatever the heading
 * ends with, so that the label lines after it are still the task's note.
 */

// Each head with each noun: 任务内容, 工作目标, 主要措施, 具体任务 …
const CONTENT_LABEL = /^[ \t\u3000]*(?:任务|工作|主要|具体|目标|重点)(?:内容|任务|目标|措施|举措)[ \t\u3000]*[：:]/

/** Does `source[start, end)` start with a content label (`任务内容：`)? */
export function isContentLine(source: string, start: number, end: number): boolean {
  return CONTENT_LABEL.test(source.slice(start, Math.min(end, start + 16)))
}
