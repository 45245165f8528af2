import { readFileSync } from 'node:fs'
import { describe, expect, it, test } from 'vitest'
import { cleanUp } from '../src/input/cleanup.js'
import { findFlattened } from '../src/input/flattened.js'
import { findFooters } from '../src/input/footers.js'
import { findPinyin } from '../src/input/pinyin.js'
import { wrapWidth } from '../src/input/unwrap.js'
import { visuallyWrapped } from '../src/input/visual-wrap.js'
import { parsePlan } from '../src/parse-plan.js'
import { splitLines } from '../src/util/lines.js'
import { numbered } from './helpers/summary.js'
import { pdfCopy } from './helpers/variants.js'

const footers = (text: string) => findFooters(text, splitLines(text)).map((f) => text.slice(f.start, f.end))
const flattened = (text: string) => cleanUp(text).mapped.text

describe('page footers', () => {
  test('dashed page numbers and 第…页 alone on a line', () => {
    expect(footers('正文\n— 2 —\n正文\n- 12 -\n－3－\n第 4 页 共 10 页\n第5页')).toEqual(['— 2 —', '- 12 -', '－3－', '第 4 页 共 10 页', '第5页'])
  })

  test('not inside a sentence, not a dash with words', () => {
    expect(footers('— 2 —正文\n2021—2035\n— 附件 —\n12')).toEqual([])
  })
})

describe('pinyin', () => {
  test('an annotation after a Han character, with tone marks or digits', () => {
    const text = '人(rén)民（mín）重(zhong4)要(yào shí)'
    expect(findPinyin(text).map((e) => text.slice(e.start, e.end))).toEqual(['(rén)', '（mín）', '(zhong4)', '(yào shí)'])
  })

  test('English words and abbreviations in brackets are kept', () => {
    expect(findPinyin('支持中心(TISC)建设、移动应用(app)、版本(v2)')).toEqual([])
  })

  test('after a line break a copy wrapped between the character and its pinyin, and twice over', () => {
    const text = '知识产\n(chǎn)权、知识产 \r\n  （chǎn）权、知(zhī)(zhī)识'
    expect(findPinyin(text).map((e) => text.slice(e.start, e.end))).toEqual(['(chǎn)', '（chǎn）', '(zhī)', '(zhī)'])
    // Not after two line breaks (a paragraph of its own), nor after a space with no break in it.
    expect(findPinyin('知识产\n\n(chǎn)权、产 (chǎn)权')).toEqual([])
  })
})

describe('flattened one-line bodies', () => {
  test('split before markers that follow white space', () => {
    expect(flattened('一、完善制度 （一）完善法规 1. 推进立法。（知识产权局负责） 2.推进修改。（农业农村部负责） 二、强化保护')).toBe(
      // The spaces stay, at the ends of lines, for a line the tokenizer does not take to join back with.
      '一、完善制度 \n（一）完善法规 \n1. 推进立法。（知识产权局负责） \n2.推进修改。（农业农村部负责） \n二、强化保护',
    )
  })

  test('a chapter written with a space is split off after a closing mark, and kept only in sequence', () => {
    const plan = parsePlan('一 完善制度 1.推进立法。（知识产权局负责） 二 强化保护 2.推进修改,增长 三 成。（农业农村部负责）')
    expect(numbered(plan).map((n) => [n.type, n.number, n.type === 'task' ? n.text : n.title])).toEqual([
      ['chapter', 1, '完善制度'],
      ['task', 1, '推进立法。'],
      ['chapter', 2, '强化保护'],
      ['task', 2, '推进修改,增长 三 成。'],
    ])
  })

  test('numbers inside a sentence are not cut', () => {
    const text = '完成 100 家备案，2021 年新建 20 家，增长 7. 5%，第 3. 项'
    expect(findFlattened(text, splitLines(text))).toEqual([])
  })

  test('the tokenizer still judges what was split off', () => {
    const plan = parsePlan('一、完善制度 1. 推进立法，完成 100 家。（知识产权局负责） 2. 推进修改。（农业农村部负责）')
    const tasks = numbered(plan).filter((n) => n.type === 'task')
    expect(tasks.map((t) => t.type === 'task' && t.text)).toEqual(['推进立法，完成 100 家。', '推进修改。'])
    expect(tasks[1]?.position.start).toEqual({ line: 1, column: 35, offset: 34 })
  })
})

describe('label segments and what follows the last unit of a flattened line', () => {
  test('a label with its colon after a sentence, or after another label, starts a line of its own', () => {
    expect(flattened('一、甲 1.推进立法。 责任单位：市司法局 2.推进修改。 牵头单位:市发改局 完成时限：年底')).toBe(
      '一、甲 \n1.推进立法。 \n责任单位：市司法局 \n2.推进修改。 \n牵头单位:市发改局 \n完成时限：年底',
    )
  })

  test('label words without a colon, or not after a sentence, stay in the line', () => {
    for (const text of ['1.推进立法。 责任单位要加强领导。', '1.推进立法 责任单位：市司法局']) expect(flattened(text)).toBe(text)
  })

  test('after a note, in a line already cut, Han text is a paragraph of its own', () => {
    const plan = parsePlan('一、完善制度 1.推进立法。（司法局负责） 2.推进修改。（农业农村部负责） 上述各项任务中，列第一位的部门为牵头部门。')
    const tasks = numbered(plan).filter((n) => n.type === 'task')
    expect(tasks.map((t) => t.type === 'task' && t.responsibility?.departments.map((d) => d.name))).toEqual([['司法局'], ['农业农村部']])
    expect(plan.children.at(-1)).toMatchObject({ type: 'paragraph', text: '上述各项任务中，列第一位的部门为牵头部门。' })
  })

  test('a role rule glued onto the last note with nothing between is a paragraph of its own', () => {
    const text = '一、优化服务1.推行一网通办。（市数据局负责）2.压缩审批时限。（市政务服务局、市发展改革委负责）以上任务中排在首位的单位为牵头单位。'
    const plan = parsePlan(text)
    const tasks = numbered(plan).filter((n) => n.type === 'task')
    expect(tasks.map((t) => t.type === 'task' && t.text)).toEqual(['推行一网通办。', '压缩审批时限。'])
    expect(plan.children.at(-1)).toMatchObject({ type: 'paragraph', text: '以上任务中排在首位的单位为牵头单位。' })
    expect(plan.meta?.closingRule?.rule).toBe('first-leads')
    // Not a sentence that states no rule, nor one after a bracket that is no note.
    for (const other of ['1.推进立法。（司法局负责）上述工作年底前完成。', '1.推进立法（2021—2025年）上述各项任务中，列第一位的部门为牵头部门。']) {
      expect(findFlattened(other, splitLines(other))).toEqual([])
    }
  })

  test('not after a bracket that is no note, nor in a line not cut before', () => {
    for (const text of ['一、甲 1.推进立法（2021—2025年） 完成修订。（司法局负责）', '1.做好甲。（司法局负责） 做好乙。（财政局负责）']) {
      const cuts = findFlattened(text, splitLines(text)).map((e) => text.slice(e.start, e.start + 2))
      expect(cuts).not.toContain('完成')
      expect(cuts).not.toContain('做好')
    }
  })
})

describe('hard-wrapped PDF text', () => {
  // The wrap at 20 characters falls right after the first task's first 。.
  const WRAPPED_PLAN = [
    '一、完善知识产权制度',
    '1. 推进修订《中华人民共和国专利法》。推进知识产权基础性法律研究论证。（市场监管总局、知识产权局负责）',
    '2. 推进修改《国防专利条例》。（中央军委装备发展部、国防科工局、知识产权局负责）',
    '3. 研究建立健全符合知识产权审判规律的特别程序法律制度。（最高人民法院负责）',
  ].join('\n')

  test('the seed, one paragraph per line, is not taken for wrapped text', () => {
    const seed = readFileSync('fixtures/ip-plan-2021-2022.txt', 'utf8')
    expect(wrapWidth(seed, splitLines(seed))).toBeNull()
  })

  test('a wrap right after 。 does not end the task; footers between pages are dropped', () => {
    const pdf = pdfCopy(WRAPPED_PLAN, 20, 3)
    expect(pdf.split('\n')[2]).toBe('1. 推进修订《中华人民共和国专利法》。')
    const plan = parsePlan(pdf)
    const tasks = numbered(plan).filter((n) => n.type === 'task')
    expect(tasks.map((t) => t.type === 'task' && [t.text, t.responsibility?.departments.length])).toEqual([
      ['推进修订《中华人民共和国专利法》。推进知识产权基础性法律研究论证。', 2],
      ['推进修改《国防专利条例》。', 3],
      ['研究建立健全符合知识产权审判规律的特别程序法律制度。', 1],
    ])
    expect(plan.diagnostics.map((d) => [d.ruleId, pdf.slice(d.place.start.offset, d.place.end.offset)])).toEqual([
      ['page-footer', '— 1 —'],
      ['page-footer', '- 2 -'],
      ['page-footer', '— 3 —'],
    ])
  })

  // Lines are read by index from one flat list whatever breaks them: the same wraps and footers
  // with `\r\n`, a lone `\r`, U+2028, and a zero-width space opening every line (kept in the text).
  test('the same wraps and footers whatever breaks the lines, invisible characters at their starts too', () => {
    const pdf = pdfCopy(WRAPPED_PLAN, 20, 3)
    for (const lineBreak of ['\r\n', '\r', '\u2028', '\n\u200b']) {
      const text = pdf.replace(/\n/g, lineBreak)
      const plan = parsePlan(text)
      const zwsp = lineBreak.endsWith('\u200b') ? '\u200b' : ''
      expect(numbered(plan).map((t) => t.type === 'task' && [t.text, t.responsibility?.departments.length]).filter(Boolean)).toEqual([
        [`推进修订《中华人民共和国专利法》。${zwsp}推进知识产权基础性法律研究论证。`, 2],
        ['推进修改《国防专利条例》。', 3],
        [`研究建立健全符合知识产权审判规律的${zwsp}特别程序法律制度。`, 1],
      ])
      expect(plan.diagnostics.filter((d) => d.ruleId === 'page-footer').map((d) => text.slice(d.place.start.offset, d.place.end.offset))).toEqual(['— 1 —', '- 2 -', '— 3 —'])
    }
  })
})

describe('wrap width', () => {
  // Lines of these lengths, each saying something else, as running text cut at a width does.
  const text = (lengths: number[]) => lengths.map((n, k) => String.fromCharCode(0x4e00 + k).repeat(n)).join('\n')
  const width = (lengths: number[]) => wrapWidth(text(lengths), splitLines(text(lengths)))

  test('the most common length, when common enough and nothing runs much longer', () => {
    expect(width([30, 30, 30, 12, 30, 30, 8, 29])).toBe(30)
    expect(width([30, 30, 30, 30, 12, 8])).toBeNull() // four lines of one width can be chance
  })

  test('many titles of one length among long one-paragraph lines is not a wrapped text', () => {
    expect(width([14, 80, 14, 95, 14, 120, 14, 60, 14, 70])).toBeNull()
  })

  test('a line said again right after itself counts once: running text cut at a width does not repeat itself', () => {
    const same = ['说明说明说明说明说明说明', '说明说明说明说明说明说明', '说明说明说明说明说明说明', '说明说明说明说明说明说明', '说明说明说明说明说明说明', '一、总体'].join('\n')
    expect(wrapWidth(same, splitLines(same))).toBeNull()
  })
})

describe('a PDF column cut at a width that varies a little', () => {
  // Invented: a work plan exported from PDF, copied with ASCII brackets and
  // commas, so full lines run 40–44 characters; each is cut mid-word.
  const text = [
    '工作要点',
    '(一)组织开展全民健身主题宣传活动,推动各地结合实际开展形式多样的群众性体育',
    '活动。(市体育局牵头,市委宣传部、市教育局参与)',
    '(二)深入推进健康社区建设,完善社区卫生服务网络,提升基层医疗卫生机构服务能',
    '力和水平。(市卫生健康委牵头,各区人民政府参与)',
    '(三)加强学校体育和健康教育,保障学生每天校内外体育活动时间不少于两小时,开',
    '展近视防控专项行动。(市教育局负责)',
    '(四)实施全民健康素养提升行动,开展健康知识进机关、进企业、进学校、进社区活',
    '动。(市卫生健康委负责)',
    '(五)推进体医融合发展,在有条件的社区卫生服务中心设立运动健康指导门诊,推广',
    '运动处方。(市卫生健康委、市体育局按职责分工负责)',
  ].join('\n')

  it('joins each cut line to the next, so every section keeps its whole title and its note', () => {
    const plan = parsePlan(text)
    const sections = plan.children.filter((c) => c.type === 'section')
    expect(sections.map((s) => s.type === 'section' && s.title)).toEqual([
      '组织开展全民健身主题宣传活动,推动各地结合实际开展形式多样的群众性体育活动。',
      '深入推进健康社区建设,完善社区卫生服务网络,提升基层医疗卫生机构服务能力和水平。',
      '加强学校体育和健康教育,保障学生每天校内外体育活动时间不少于两小时,开展近视防控专项行动。',
      '实施全民健康素养提升行动,开展健康知识进机关、进企业、进学校、进社区活动。',
      '推进体医融合发展,在有条件的社区卫生服务中心设立运动健康指导门诊,推广运动处方。',
    ])
    expect(sections.map((s) => s.responsibility?.leads.map((d) => d.name))).toEqual([['市体育局'], ['市卫生健康委'], ['市教育局'], ['市卫生健康委'], ['市卫生健康委']])
  })

  it('leaves one paragraph per line alone, titles cut short included', () => {
    const seed = readFileSync('fixtures/ip-plan-2021-2022.txt', 'utf8')
    const lines = splitLines(seed)
    expect(visuallyWrapped(seed, lines)).toBeNull()
    const titles = ['一、总体要求', '二、重点任务，分步推进各项工作落实', '（一）加强组织领导，压实各方责任', '（二）完善工作机制，形成工作合力', '（三）强化督促检查，确保取得实效', '（四）加大宣传力度，营造良好氛围']
    const outline = titles.map((t) => `${t}\n各地要按照要求抓好落实，确保各项任务落到实处。`).join('\n')
    expect(visuallyWrapped(outline, splitLines(outline))).toBeNull()
  })
})

describe('a running header beside a page footer', () => {
  const text = ['县2026年工作要点', '一、总体', '1.推进老旧小区改造。（县住建局牵头，县城管局、', '县2026年工作要点', '第 1 页 共 2 页', '县物业中心配合）', '2.推进工作。（县民政局负责）'].join('\n')

  it('is dropped with the footer, so a note it fell inside reads whole', () => {
    const plan = parsePlan(text)
    const chapter = plan.children.find((n) => n.type === 'chapter')
    const task = chapter?.type === 'chapter' ? chapter.children[0] : undefined
    expect(task?.type === 'task' ? task.responsibility?.participants.map((d) => d.name) : null).toEqual(['县城管局', '县物业中心'])
    const header = plan.diagnostics.find((d) => d.ruleId === 'page-header')
    expect(header?.reason).toBe('Running header “县2026年工作要点” beside a page footer dropped')
    expect(header?.place).toMatchObject({ start: { line: 4, column: 1 }, end: { line: 4, column: 11 } })
  })

  it('is not a line of the text that repeats the title away from a footer', () => {
    const plan = parsePlan(['县2026年工作要点', '一、总体', '县2026年工作要点', '1.推进工作。（县民政局负责）'].join('\n'))
    expect(plan.diagnostics.some((d) => d.ruleId === 'page-header')).toBe(false)
  })
})
