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
 * Leader lines before it (`牵头市领导：陈可远`) go on with the text too: a note
 * is read from label lines that stand together.
 */
import type { Grammar } from '../extract/grammar/compile.js'
import { labelAt } from '../extract/grammar/segments.js'
import { isJsSpaceCode } from '../chars.js'
import type { SpanList } from '../util/span-list.js'

// Each head with each noun: 任务内容, 工作目标, 主要措施, 具体任务 …
const CONTENT_LABEL = /^[ \t\u3000]*(?:任务|工作|主要|具体|目标|重点)(?:内容|任务|目标|措施|举措)[ \t\u3000]*[：:]/

/** Does `source[start, end)` start with a content label (`任务内容：`)? */
export function isContentLine(source: string, start: number, end: number): boolean {
  return CONTENT_LABEL.test(source.slice(start, Math.min(end, start + 16)))
}

/** Are the lines `labels` of `source` all leader lines (`牵头市领导：陈可远`)? */
export function leadersOnly(source: string, labels: SpanList, grammar: Grammar): boolean {
  for (let k = 0; k < labels.length; k++) {
    let at = labels.start(k)
    while (at < labels.end(k) && isJsSpaceCode(source.charCodeAt(at))) at++
    if (labelAt(source, at, labels.end(k), grammar)?.kind !== 'leader') return false
  }
  return true
}
