/**
 * Markdown renditions of a plain-text plan, as a converter (pandoc, an
 * HTML-to-Markdown tool) would write them: chapters as `##` headings,
 * sections as `###`, tasks either as ordered list items (`1. …`, one list per
 * run of tasks) or as paragraphs whose number is escaped so it is not a list
 * (`1\. …`). A task line cut by a page break is joined by the line after it.
 */

const CHAPTER = /^[一二三四五六七八九十]{1,3}[、．.]/
const SECTION = /^[（(][一二三四五六七八九十]{1,3}[）)]/
const TASK = /^([0-9]{1,4})\s*[.．、]\s*/
const SENTENCE_END = /[。！？；!?;…）)〕\]】”’」』]$/

/**
 * @param {string} text a plain-text plan
 * @param {'list' | 'paragraphs'} style how tasks are written
 * @returns {string} the Markdown
 * @example
 * ```js
 * toMarkdown('一、完善制度\n1. 推进立法。（知识产权局负责）', 'list')
 * // '## 一、完善制度\n\n1. 推进立法。（知识产权局负责）\n'
 * ```
 */
export function toMarkdown(text, style) {
  if (style !== 'list' && style !== 'paragraphs') throw new TypeError(`toMarkdown: unknown style ${style}`)
  const out = []
  let previous = null // kind of the block written last: 'heading', 'task', 'text'
  let open = false // the last task's text was cut mid-sentence (a page break)
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '') continue
    if (open) {
      // Lazy continuation: stays in the same paragraph or list item.
      out.push('\n' + line)
      open = !SENTENCE_END.test(line)
      continue
    }
    let kind = 'text'
    let block = line
    const task = TASK.exec(line)
    if (CHAPTER.test(line)) [kind, block] = ['heading', `## ${line}`]
    else if (SECTION.test(line)) [kind, block] = ['heading', `### ${line}`]
    else if (task) {
      kind = 'task'
      const body = line.slice(task[0].length)
      block = style === 'list' ? `${task[1]}. ${body}` : `${task[1]}\\. ${body}`
    }
    // Items of one list follow each other directly; every other block is set apart.
    const separator = out.length === 0 ? '' : kind === 'task' && previous === 'task' && style === 'list' ? '\n' : '\n\n'
    out.push(separator + block)
    previous = kind
    open = kind === 'task' && !SENTENCE_END.test(line)
  }
  return out.join('') + '\n'
}
