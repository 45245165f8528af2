/**
 * The floor a line-oriented plan parser cannot beat: split the text into
 * lines and run one precompiled sticky regex per line that recognises the
 * three heading kinds (`一、` `（一）` `1.`) and a trailing `（…负责）`.
 * It builds no tree and keeps no positions; it only counts what it saw, so
 * the work cannot be optimised away.
 */

const NUMERAL = '[一二三四五六七八九十]{1,3}'
const LINE = new RegExp(
  // > | 1. 推进修改《国防专利条例》。（中央军委装备发展部、国防科工局、知识产权局负责）
  //     ^ heading kind, then the rest of the line up to a trailing note, if any
  `\\s*(?:(${NUMERAL})[、．.]|[（(](${NUMERAL})[）)]|([0-9０-９]{1,4})\\s*[.．、])?` +
    `(?:.*([（(][^（()）]*负责[）)])[。．.；;]?\\s*$)?`,
  'y',
)

/**
 * Count chapters, sections, tasks and responsibility notes line by line.
 *
 * @example
 * ```js
 * floor('一、完善制度\n1. 推进立法。（知识产权局负责）')
 * // { lines: 2, chapters: 1, sections: 0, tasks: 1, notes: 1 }
 * ```
 */
export function floor(text) {
  const counts = { lines: 0, chapters: 0, sections: 0, tasks: 0, notes: 0 }
  for (const line of text.split('\n')) {
    counts.lines++
    LINE.lastIndex = 0
    const m = LINE.exec(line)
    if (m === null) continue
    if (m[1] !== undefined) counts.chapters++
    else if (m[2] !== undefined) counts.sections++
    else if (m[3] !== undefined) counts.tasks++
    if (m[4] !== undefined) counts.notes++
  }
  return counts
}
