import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { detectFormat, markdownEvidence } from '../src/input/format.js'

const seed = readFileSync(new URL('../fixtures/ip-plan-2021-2022.txt', import.meta.url), 'utf8')
const fixture = (name: string) => readFileSync(new URL(`../fixtures/inputs/${name}`, import.meta.url), 'utf8')
/** `text` with `line` put in before its line `at` (0-based). */
const insert = (text: string, at: number, line: string) => {
  const lines = text.split('\n')
  lines.splice(at, 0, line)
  return lines.join('\n')
}
/** The seed with `line` put in as its third line. */
const withLine = (line: string) => insert(seed, 2, line)

describe('Markdown is detected only on real evidence', () => {
  test.each([
    ['a stray `# ` line', '# 附件'],
    ['a stray `* ` line', '* 注：以下为重点任务'],
    ['a stray `**` pair', '**重点任务**'],
    ['a page footer that looks like a bullet', '- 12 -'],
  ])('a plain plan with %s stays text', (_what, line) => {
    expect(detectFormat(withLine(line))).toBe('text')
  })

  test('a plain plan with a stray `# ` line and a stray `* ` line apart stays text', () => {
    expect(detectFormat(insert(withLine('# 附件'), 9, '* 注'))).toBe('text')
  })

  test.each([
    ['three headings', '# 一、总体要求\n正文\n## （一）加强领导\n正文\n## （二）完善制度\n' + '1. 推进。\n'.repeat(40)],
    ['a bullet list', '一、总体要求\n' + '- 推进。\n'.repeat(3) + '正文\n'.repeat(8)],
    ['a heading in a short note', '## 一、完善\n1. 推进。（局负责）'],
    ['bold headings and a link', '**（一）加强领导**\n' + '1. 推进。\n'.repeat(5) + '**（二）完善制度**\n2. 见[条例](https://example.org)。\n'],
  ])('a Markdown plan with %s is Markdown', (_what, text) => {
    expect(detectFormat(text)).toBe('markdown')
  })

  test.each(['plan-b.headings.md', 'plan-b.lists.md'])('the bundled %s is Markdown', (name) => {
    expect(detectFormat(fixture(name))).toBe('markdown')
  })

  test.each(['plan-b.ascii.txt', 'plan-b.pdf.txt', 'plan-b.flattened.txt', 'plan-b.pinyin.txt'])('the bundled %s is text', (name) => {
    expect(detectFormat(fixture(name))).toBe('text')
  })
})

describe('what a page opens with', () => {
  test.each([
    ['a zero-width space', '\u200b'],
    ['a word joiner and a direction mark', '\u2060\u200e'],
    ['line breaks and a comment', '\n\n<!-- 来源：某省人民政府 -->\n'],
  ])('%s before the first tag still leaves an HTML page', (_what, lead) => {
    expect(detectFormat(lead + '<div>一、总体要求\n1. 推进工作。（知识产权局负责）</div>')).toBe('html')
  })

  test('an ideographic space before a tag is writing, not white space: how toText keeps a line from reading as markup', () => {
    expect(detectFormat('\u3000<div>一、总体要求\n1. 推进工作。（知识产权局负责）')).toBe('text')
  })
})

describe('the Markdown evidence scan', () => {
  // The scan before its regexes were gated by a line's first characters: what it must still decide.
  const MARKDOWN_LINE = /^(?:#{1,6}[ \t]+\S|={3,}[ \t]*$|(?:\*\*|__)\S|`{3,}|~{3,}|[0-9]{1,9}\\[.)])/
  const MARKDOWN_RUN = /^ {0,3}(?:[-*+][ \t]+\S|>)/
  function plainEvidence(head: string): boolean {
    let evidence = 0
    let lines = 0
    let run = 0
    for (const line of head.split(/\r\n|[\n\r]/)) {
      if (line.trim() === '') continue
      lines++
      const bold = line.indexOf('**')
      if (MARKDOWN_LINE.test(line) || line.includes('](') || (bold !== -1 && line.indexOf('**', bold + 3) !== -1)) {
        evidence++
        run = 0
      } else if (MARKDOWN_RUN.test(line)) {
        run++
        if (run >= 2) evidence += run === 2 ? 2 : 1
      } else run = 0
    }
    return evidence >= 3 || (evidence > 0 && evidence * 4 >= lines)
  }

  test('decides as the plain scan on lines of every kind, in any mix', () => {
    const kinds = ['# 一、总体', '#无空格', '===', '**加粗**', '__下划__', '```', '~~~', '1\\. 推进', '12) 推进', '[甲](https://a)', '推进**甲**和**乙**', '- 项目', '   * 项目', '    - 缩进过深', '+ 项目', '> 引用', '>', '-5℃', '一、总体要求', '1. 推进工作。', '', '   ', '\t', '（一）加强领导']
    let seedState = 11
    const next = (n: number) => ((seedState = (seedState * 1103515245 + 12345) % 2147483648), seedState % n)
    for (let k = 0; k < 3000; k++) {
      const lines = Array.from({ length: 1 + next(8) }, () => kinds[next(kinds.length)] as string)
      const head = lines.join(['\n', '\r\n', '\r'][next(3)] as string)
      expect(markdownEvidence(head), JSON.stringify(head)).toBe(plainEvidence(head))
    }
    for (const text of [seed, fixture('plan-b.headings.md'), fixture('plan-b.lists.md'), fixture('plan-b.crlf.txt')]) expect(markdownEvidence(text.slice(0, 8192))).toBe(plainEvidence(text.slice(0, 8192)))
  })
})
