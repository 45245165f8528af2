#!/usr/bin/env node
/**
 * Make fixtures/documents/province-plan-table.docx from
 * fixtures/province-plan-2024.txt: the plan laid out as provinces publish
 * them, tasks in tables `序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限`
 * under chapter headings. It exercises what the Word reader must undo:
 * chapter numbers from Word's list numbering (chineseCounting `%1、`), the
 * 序号 column numbered by a list running across tables, section headings
 * as a row merged across the table (gridSpan), a deadline merged down a
 * table (vMerge), a task cell of two paragraphs, a run split mid-word, a
 * page break Word rendered, a running header and a footer with a PAGE field.
 *
 *     node scripts/make-table-docx.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { level, makeDocx, numPr, numberingXml, para, run } from './docx-builder.mjs'

const root = new URL('..', import.meta.url)
const lines = readFileSync(new URL('fixtures/province-plan-2024.txt', root), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean)

const CHAPTER = /^[一二三四五六七八九十]+、/
const SECTION = /^（[一二三四五六七八九十]+）/
const TASK = /^[0-9０-９]+[.．]/
const DEADLINE = '2024年12月底前'

/** A task line → its text and the departments of its note: the first leads, the rest take part. */
function task(line) {
  const body = line.replace(TASK, '')
  const open = body.lastIndexOf('（')
  if (open < 0 || !body.endsWith('负责）')) return { text: body, lead: '', others: '' }
  const names = body.slice(open + 1, -1).replace(/(按职责分工)?负责$/, '').split('、')
  return { text: body.slice(0, open), lead: names[0], others: names.slice(1).join('、') }
}

const cell = (content, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content}</w:tc>`
const row = (cells, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.join('')}</w:tr>`
const HEADER = row(['序号', '重点任务', '牵头单位', '责任单位', '完成时限'].map((h) => cell(para(h))), '<w:tblHeader/>')

function table(rows) {
  // The deadline runs down the table as one merged cell: the rows below its first have an empty cell.
  let first = true
  const body = rows.map((r) => {
    if (r.section) return row([cell(para(r.section), '<w:gridSpan w:val="5"/>')])
    const { text, lead, others } = r.task
    // Task 3's cell is two paragraphs, cut after its first clause; every task's text is two runs cut mid-word.
    const cut = text.indexOf('，')
    const paragraphs = r.n === 3 ? [para(text.slice(0, cut + 1)), para(text.slice(cut + 1))] : [para([run(text.slice(0, 3)), run(text.slice(3))])]
    const deadline = cell(first ? para(DEADLINE) : para(''), first ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>')
    first = false
    return row([cell(para('', numPr(2))), cell(paragraphs.join('')), cell(para(lead)), cell(para(others)), deadline])
  })
  return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1800"/>'.repeat(5)}</w:tblGrid>${HEADER}${body.join('')}</w:tbl>`
}

const blocks = []
let pending = []
let n = 0
const flush = () => {
  if (pending.length > 0) blocks.push(table(pending))
  pending = []
}
for (const line of lines) {
  if (CHAPTER.test(line)) {
    flush()
    // Chapter 三 starts a page: an explicit break, and the break Word rendered there.
    const pageBreak = line.startsWith('三、') ? '<w:r><w:br w:type="page"/></w:r>' : ''
    if (pageBreak) blocks.push(para([pageBreak]))
    blocks.push(para([...(pageBreak ? ['<w:r><w:lastRenderedPageBreak/></w:r>'] : []), run(line.replace(CHAPTER, ''))], numPr(1)))
  } else if (SECTION.test(line)) pending.push({ section: line })
  else if (TASK.test(line)) pending.push({ task: task(line), n: ++n })
  else {
    flush()
    blocks.push(para(line))
  }
}
flush()

const numbering = numberingXml(
  {
    // 一、 for chapters, the separator written into the template (suff nothing), as 公文 templates do.
    1: level(0, 'chineseCounting', '%1、', { suff: 'nothing' }) + level(1, 'chineseCounting', '（%2）', { suff: 'nothing' }),
    2: level(0, 'decimal', '%1', { suff: 'nothing' }),
  },
  { 1: 1, 2: 2 },
)
const pageField = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
const bytes = makeDocx({
  body: blocks.join(''),
  numbering,
  header: para('某省知识产权局'),
  footer: para([run('— '), pageField, run(' —')]),
})
writeFileSync(new URL('fixtures/documents/province-plan-table.docx', root), bytes)
console.log(`province-plan-table.docx: ${bytes.length} bytes, ${n} tasks`)
