/**
 * A reference, not a parser: the least a tree with unist positions costs on
 * top of the floor. It reads lines as the floor does, and keeps what the
 * plan tree keeps at its barest: chapter, section and task nodes with their
 * marker, text and position, and each task's departments (split at `、`)
 * with positions. No ids, no diagnostics, no clean-up, no registry, no
 * wordings beyond `…负责）`. The bench times it beside `parsePlan` so the
 * table shows how much of `parsePlan`'s cost any positioned tree has to pay
 * (in V8, mostly the garbage collector copying the tree as it grows).
 */

const CHAPTER = /[一二三四五六七八九十]{1,3}[、．.]/y
const SECTION = /[（(][一二三四五六七八九十]{1,3}[）)]/y
const TASK = /[0-9０-９]{1,4}\s*[.．、]/y
const NOTE = /[（(]([^（()）]*?)(按职责分工)?负责[）)][。．.；;]?\s*$/

const point = (line, lineStart, offset) => ({ line, column: offset - lineStart + 1, offset })
const position = (line, lineStart, start, end) => ({ start: point(line, lineStart, start), end: point(line, lineStart, end) })

function departments(text, line, lineStart, from, to, byDuty) {
  const list = []
  for (let a = from; a < to; ) {
    let b = text.indexOf('、', a)
    if (b < 0 || b > to) b = to
    list.push({ name: text.slice(a, b), position: position(line, lineStart, a, b) })
    a = b + 1
  }
  return { departments: list, leads: byDuty ? list.slice() : list.slice(0, 1), participants: byDuty ? [] : list.slice(1), byDuty }
}

/**
 * @param {string} text a plan in plain text
 * @returns {{ type: 'root', children: object[] }} chapters → sections → tasks
 */
export function treeFloor(text) {
  const root = { type: 'root', children: [] }
  let chapter = null
  let section = null
  let line = 1
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const lineStart = start
    let s = start
    while (s < end && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 0x3000)) s++
    const at = (re) => ((re.lastIndex = s), re.test(text) ? re.lastIndex : -1)
    let body
    if ((body = at(CHAPTER)) >= 0) {
      chapter = { type: 'chapter', marker: text.slice(s, body), title: text.slice(body, end), children: [], position: position(line, lineStart, s, end) }
      section = null
      root.children.push(chapter)
    } else if ((body = at(SECTION)) >= 0) {
      section = { type: 'section', marker: text.slice(s, body), title: text.slice(body, end), children: [], position: position(line, lineStart, s, end) }
      ;(chapter ?? root).children.push(section)
    } else if ((body = at(TASK)) >= 0) {
      const note = NOTE.exec(text.slice(body, end))
      const noteStart = note ? body + note.index : end
      const task = {
        type: 'task',
        marker: text.slice(s, body),
        text: text.slice(body, noteStart),
        responsibility: note ? departments(text, line, lineStart, noteStart + 1, noteStart + 1 + note[1].length, note[2] !== undefined) : null,
        position: position(line, lineStart, s, end),
      }
      ;(section ?? chapter ?? root).children.push(task)
    }
    start = end + 1
  }
  return root
}
