/**
 * Hand-made documents for every marker family and for bodies flattened with
 * nothing (or white space) between their units, traps included: site
 * chrome, prose lists (`统一、规范`, `一、二、三产业`), decimals (`1.5倍`),
 * references (`见附件（1）`), citations (`依照第三条`), out-of-turn sub-items.
 * Each `fixtures/lex/<name>.txt` is paired with the tokens it gives after
 * clean-up (`<name>.tokens.json`: kind, family, number, marker, text);
 * `UPDATE=1` rewrites them.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePlan, tokenize } from '../src/index.js'
import { normalise } from '../src/input/normalise.js'
import type { Plan } from '../src/types.js'
import { everyUnit } from '../src/util/units.js'
import { numbered } from './helpers/summary.js'

const DIR = new URL('../fixtures/lex/', import.meta.url)
const NAMES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort()
const read = (name: string) => readFileSync(new URL(`${name}.txt`, DIR), 'utf8')

/** One row per token: what a reader checks by eye. */
function rows(input: string): unknown[] {
  const { text, lines } = normalise(input, 'auto')
  return tokenize(text, lines).map((t) => [t.kind, t.construct, t.value, t.marker, text.slice(t.start, t.end)])
}

describe.each(NAMES)('fixtures/lex/%s.txt', (name) => {
  it('gives the tokens of its .tokens.json', () => {
    const file = new URL(`${name}.tokens.json`, DIR)
    const got = rows(read(name))
    if (process.env.UPDATE || !existsSync(file)) writeFileSync(file, `[\n${got.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n]\n`)
    expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')))
  })
})

const outline = (plan: Plan) =>
  everyUnit(plan.children).map((n) => (n.type === 'task' || n.type === 'item' ? `${n.marker}${n.responsibility?.departments.map((d) => d.name).join('、') ?? ''}` : `${n.marker}${n.title}`))

describe('a body flattened with nothing between its units', () => {
  const plan = parsePlan(read('flat-no-separator'))

  it('finds every heading and task by the sequence, and keeps each note with its task', () => {
    expect(outline(plan)).toEqual([
      '一、总体要求到2025年，数据交易规模增长1.5倍，培育数据企业100家。',
      '二、重点任务',
      '（一）健全制度规则',
      '1.市数据局',
      // Sub-items carry their own notes: the note closing （2） is the item's, not task 2's.
      '2.',
      '（1）',
      '（2）市数据局、市司法局',
      '（二）培育市场主体',
      '1.',
      '①',
      '②市经信局、市数据局',
      '2.市金融局',
      '三、保障措施',
      '1.市数据局',
      '2.市财政局',
    ])
  })

  it('leaves chrome, prose lists, decimals, references and citations in the text', () => {
    const paragraphs = plan.children.filter((n) => n.type === 'paragraph').map((n) => n.text)
    expect(paragraphs.slice(0, 5)).toEqual(['首页 > 政务公开 > 政策文件', '索引号: | 11330000/2024-00123 | 发布时间: | 2024-03-01 |', '27.03.2024  09:15', '【法宝引证码】CLI.12.345678', '分享: 1)微信 2)微博'])
    expect(paragraphs[5]).toMatch(/统一、规范、高效，推动一、二、三产业数据融合，制定本方案。$/)
    const task1 = numbered(plan).find((n) => n.type === 'task')
    expect(task1?.type === 'task' && task1.text).toBe('建立数据产权登记制度。依照《条例》第一条规定，明确登记范围（见附件（1））。')
  })

  it('makes what follows the last note after a space a paragraph of its own', () => {
    expect(plan.children.at(-1)).toMatchObject({ type: 'paragraph', text: '上述各项任务中，列第一位的部门为牵头部门。' })
  })
})

describe('sub-items and articles', () => {
  it('restart sub-items under each task, and leave out-of-turn ones as text', () => {
    const tokens = rows(read('sub-items')).filter((r) => (r as unknown[])[0] === 'item').map((r) => (r as unknown[]).slice(1, 3))
    expect(tokens).toEqual([
      ['paren-item', 1], ['paren-item', 1], ['paren-item', 2],
      ['half-paren-item', 1], ['half-paren-item', 2], ['circled', 1], ['circled', 2],
      ['paren-item', 1], ['paren-item', 2],
    ])
  })

  it('read 第…章 / 第…节 / 第…条 as chapter, section and task levels, articles numbered on across chapters', () => {
    const plan = parsePlan(read('regulation-articles'))
    expect(outline(plan)).toEqual([
      '第一章总则', '第一条', '第二条', '第二章组织实施', '第一节部门职责', '第三条', '①', '②', '第四条', '第二节保障措施', '第五条', '第三章附则', '第六條',
    ])
  })
})
