import { splitNameSpans } from '../extract/grammar/list.js'
import type { Department, Meta, Paragraph } from '../types.js'
import { parseDate } from './dates.js'
import { placeIn, spanOf } from './place.js'

// > | 国知战联办〔2021〕16号
//     ^^^^^^^^^^ code, year, serial
const DOC_NUMBER = /([\u4e00-\u9fff]{1,12})\s*[〔\[［【(（]\s*(\d{4})\s*[〕\]］】)）]\s*(\d{1,4})\s*号/

/** {@link DOC_NUMBER} on `text`, read only when a `号` is there to end one: the regex tries up to twelve characters back from every place. */
const docNumber = (text: string): RegExpExecArray | null => (text.includes('号') ? DOC_NUMBER.exec(text) : null)
const NOTICE = /(?:通知|通报|的函|决定|意见|批复|公告)$/
// Labelled lines of web copies: `发布时间：2022-01-04`, `成文日期：2021年12月27日`.
const LABEL = /(发布时间|发布日期|印发日期|公开日期|成文日期|发文日期)\s*[：:]\s*/g
const SENTENCE_END = /[。！？；!?;]$/

export interface NoticeMeta extends Pick<Meta, 'noticeTitle' | 'documentNumber' | 'published' | 'recipients' | 'issuer' | 'seal' | 'signed'> {}

function names(paragraph: Paragraph, start: number, end: number): Department[] {
  return splitNameSpans(paragraph.text, start, end).names.map((n) => ({ name: n.name, position: placeIn(paragraph, n.start, n.end) }))
}

const LINE_END = /[\n\r\u2028\u2029]/

/**
 * The name in `（国家知识产权局代章）`: what `/^[（(]\s*(.+?)\s*代章\s*[）)]$/`
 * captures. A scan, as the `\s*` around `.+?` make that regex quadratic.
 */
function sealName(text: string): string | undefined {
  if (!/^[（(]/.test(text) || !/[）)]$/.test(text)) return undefined
  const inner = text.slice(1, -1).trimEnd()
  if (!inner.endsWith('代章')) return undefined
  const middle = inner.slice(0, -2)
  const name = middle.trim()
  if (name) return LINE_END.test(name) ? undefined : name
  // Only white space: the regex ends up with its last character that `.` takes.
  for (let i = middle.length - 1; i >= 0; i--) if (!LINE_END.test(middle[i] as string)) return middle[i]
  return undefined
}

/** Dates given with a label, anywhere on a line: the published and signed dates of a web copy. */
function labelled(paragraph: Paragraph, meta: NoticeMeta): boolean {
  let found = false
  // Every label says 时间 or 日期: most paragraphs have neither, and are not searched.
  if (!paragraph.text.includes('日期') && !paragraph.text.includes('时间')) return false
  for (const match of paragraph.text.matchAll(LABEL)) {
    const from = (match.index as number) + match[0].length
    const value = /^[\d年月日\-/.．〇○零一二三四五六七八九十]+/.exec(paragraph.text.slice(from))?.[0] ?? ''
    const date = parseDate(value)
    if (!date) continue
    const field = { raw: paragraph.text.slice(match.index, from + value.length), date, position: placeIn(paragraph, match.index as number, from + value.length) }
    if (match[1] === '成文日期') meta.signed ??= field
    else meta.published ??= field
    found = true
  }
  return found
}

/**
 * Read the notice that wraps a plan (`…关于印发《…》的通知`, the 主送 list,
 * the body, issuer, seal and date) from the paragraphs before the first
 * chapter. Works on shapes, not wording: any ministry's notice.
 *
 * @returns the fields found and the index of the first paragraph after the notice.
 */
export function readNotice(paragraphs: readonly Paragraph[]): { meta: NoticeMeta; end: number } {
  const meta: NoticeMeta = {}
  let end = 0
  let signedAt = -1
  let sealAt = -1
  let bodyStarted = false
  paragraphs.forEach((p, i) => {
    const text = p.text
    const isLabelled = labelled(p, meta)
    const number = docNumber(text)
    // A number on a line of its own or in a web copy's header, not one cited in a sentence.
    if (number && !meta.documentNumber && (isLabelled || text.length - number[0].length < 12)) {
      const at = number.index
      meta.documentNumber = { raw: number[0], code: number[1] as string, year: Number(number[2]), serial: Number(number[3]), position: placeIn(p, at, at + number[0].length) }
      return void (end = i + 1)
    }
    if (isLabelled) return void (end = i + 1)
    if (!meta.noticeTitle && !meta.recipients && NOTICE.test(text) && /关于|印发|转发/.test(text)) {
      meta.noticeTitle = { raw: text, position: p.position }
      return void (end = i + 1)
    }
    // 主送 comes before the body; `…通知如下：` inside the body is no list of recipients.
    if (!meta.recipients && !bodyStarted && signedAt < 0 && /[：:]$/.test(text) && !/[。；]|如下[：:]$|^附件/.test(text)) {
      meta.recipients = { raw: text, departments: names(p, 0, text.length - 1), position: p.position }
      return void (end = i + 1)
    }
    const name = sealName(text)
    if (name !== undefined && sealAt < 0) {
      const at = text.indexOf(name)
      meta.seal = { raw: text, department: { name, position: placeIn(p, at, at + name.length) }, position: p.position }
      sealAt = i
      return void (end = i + 1)
    }
    if (SENTENCE_END.test(text)) bodyStarted = true
    const date = parseDate(text)
    if (date && signedAt < 0 && (meta.recipients || meta.noticeTitle || sealAt >= 0)) {
      meta.signed = { raw: text, date, position: p.position }
      signedAt = i
      end = i + 1
    }
  })

  // The issuer signs between the body's last sentence and the seal or date.
  const close = [sealAt, signedAt].filter((i) => i >= 0)
  if (close.length > 0) {
    const stop = Math.min(...close)
    let from = stop
    while (from > 0 && !SENTENCE_END.test((paragraphs[from - 1] as Paragraph).text) && !/[：:]$/.test((paragraphs[from - 1] as Paragraph).text)) from--
    const lines = paragraphs.slice(from, stop).filter((p) => p.text.length <= 60 && !/^特此/.test(p.text) && docNumber(p.text) === null && !parseDate(p.text))
    if (lines.length > 0 && lines.length <= 6) {
      const departments = lines.flatMap(issuerNames)
      meta.issuer = { raw: lines.map((p) => p.text).join('\n'), departments, position: spanOf(lines) }
    }
  }
  return { meta, end }
}

/** `国家知识产权局　中央宣传部` on one line: joint notices part the bodies by spaces. */
function issuerNames(p: Paragraph): Department[] {
  return [...p.text.matchAll(/[^\s\u3000、，,]+/g)].map((m) => ({ name: m[0], position: placeIn(p, m.index as number, (m.index as number) + m[0].length) }))
}
