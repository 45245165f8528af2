// The .docx reader on small Word files built here (scripts/docx-builder.mjs): what Word displays, and only that.
import { describe, expect, it } from 'vitest'
import { level, makeDocx, numPr, numberingXml, para, run, stylesXml } from '../../scripts/docx-builder.mjs'
import { readDocx } from '../../src/document/docx/read-docx.js'

const text = (body: string, more: Omit<Parameters<typeof makeDocx>[0], 'body'> = {}) => readDocx(makeDocx({ body, ...more })).text

describe('runs', () => {
  it('joins a paragraph split across runs, mid-word, and keeps one line per paragraph', () => {
    expect(text(para([run('推进知识产'), run('权强国'), run('建设。')]) + para('（二）加强保护'))).toBe('推进知识产权强国建设。\n（二）加强保护')
  })

  it('writes tabs as spaces (a tab would read as a table cell), line breaks as lines, and drops soft hyphens', () => {
    const r = '<w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:softHyphen/><w:t>丁</w:t><w:noBreakHyphen/><w:t>戊</w:t></w:r>'
    expect(text(para([r]))).toBe('甲 乙\n丙丁-戊')
  })

  it('reads symbols, entities and character references', () => {
    const r = '<w:r><w:t>A&amp;B &lt;C&gt; &#x4E00;&#20108;</w:t><w:sym w:font="Wingdings" w:char="F0A7"/><w:sym w:font="SimSun" w:char="2460"/></w:r>'
    expect(text(para([r]))).toBe('A&B <C> 一二\u00a7①')
  })

  it('keeps tracked insertions, drops deletions and hidden text', () => {
    const p = para([run('完善'), '<w:ins w:id="1" w:author="a"><w:r><w:t>知识产权</w:t></w:r></w:ins>', '<w:del w:id="2" w:author="a"><w:r><w:delText>专利</w:delText></w:r></w:del>', run('制度'), run('（隐藏）', '<w:vanish/>'), run('。', '<w:vanish w:val="0"/>')])
    expect(text(p)).toBe('完善知识产权制度。')
  })

  it('keeps what a field displays and drops its instruction, nested or simple', () => {
    const field = (instr: string, result: string) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
    const nested = field('HYPERLINK "x"', run('见') + field('REF _Ref1', run('第三条')))
    expect(text(para([run('依照'), nested, run('。'), '<w:fldSimple w:instr=" DATE "><w:r><w:t>2024年</w:t></w:r></w:fldSimple>']))).toBe('依照见第三条。2024年')
  })

  it('leaves out footnote and comment marks, drawings and content of text boxes, and reads through hyperlinks and content controls', () => {
    const p = para([run('任务'), '<w:r><w:footnoteReference w:id="1"/></w:r>', '<w:r><w:drawing><w:t>图</w:t></w:drawing></w:r>', '<w:hyperlink r:id="x"><w:r><w:t>链接</w:t></w:r></w:hyperlink>', '<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>'])
    expect(text(p)).toBe('任务链接控件')
  })
})

describe('list numbering', () => {
  const chinese = numberingXml({ 0: level(0, 'chineseCounting', '%1、', { suff: 'nothing' }) + level(1, 'chineseCounting', '（%2）', { suff: 'nothing' }) + level(2, 'decimal', '%3.') }, { 1: 0 })

  it('writes chapter, section and task numbers as Word displays them; deeper levels restart under a higher one', () => {
    const body = [para('总体要求', numPr(1, 0)), para('加强领导', numPr(1, 1)), para('建立机制', numPr(1, 2)), para('落实责任', numPr(1, 2)), para('完善制度', numPr(1, 0)), para('修订法规', numPr(1, 1)), para('推进立法', numPr(1, 2))].join('')
    expect(text(body, { numbering: chinese }).split('\n')).toEqual(['一、总体要求', '（一）加强领导', '1. 建立机制', '2. 落实责任', '二、完善制度', '（一）修订法规', '1. 推进立法'])
  })

  it('counts past ten in Chinese (十一, 二十一) and in circled numbers', () => {
    const numbering = numberingXml({ 0: level(0, 'chineseCountingThousand', '%1．', { start: 10, suff: 'nothing' }), 1: level(0, 'decimalEnclosedCircle', '%1', { start: 20, suff: 'nothing' }) }, { 1: 0, 2: 1 })
    const body = [para('甲', numPr(1)), para('乙', numPr(1)), para('丙', numPr(2)), para('丁', numPr(2))].join('')
    expect(text(body, { numbering }).split('\n')).toEqual(['十．甲', '十一．乙', '⑳丙', '(21)丁'])
  })

  it('writes %1.%2 multi-level templates, legal numbering in decimal, and the space suffix', () => {
    const numbering = numberingXml({ 0: level(0, 'chineseCounting', '%1', { suff: 'space' }) + level(1, 'decimal', '%1.%2') + '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2.%3"/></w:lvl>' }, { 1: 0 })
    const body = [para('章', numPr(1, 0)), para('节', numPr(1, 1)), para('条', numPr(1, 2))].join('')
    expect(text(body, { numbering }).split('\n')).toEqual(['一 章', '一.1 节', '1.1.1 条'])
  })

  it('keeps counting a level that never restarts (lvlRestart 0) and restarts an instance with a start override', () => {
    const numbering = numberingXml(
      { 0: level(0, 'chineseCounting', '%1、', { suff: 'nothing' }) + level(1, 'decimal', '%2.', { restart: 0, suff: 'nothing' }) },
      { 1: 0, 2: { abstract: 0, overrides: '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride>' } },
    )
    const body = [para('甲', numPr(1, 0)), para('a', numPr(1, 1)), para('乙', numPr(1, 0)), para('b', numPr(1, 1)), para('c', numPr(2, 1)), para('d', numPr(2, 1))].join('')
    expect(text(body, { numbering }).split('\n')).toEqual(['一、甲', '1.a', '二、乙', '2.b', '1.c', '2.d'])
  })

  it('numbers paragraphs through their style (and the style it is based on), at the level tied to the style; numId 0 takes the number away', () => {
    const numbering = numberingXml({ 0: level(0, 'chineseCounting', '%1、', { suff: 'nothing', pStyle: 'Heading1' }) + level(1, 'chineseCounting', '（%2）', { suff: 'nothing', pStyle: 'Heading2' }) }, { 3: 0 })
    const styles = stylesXml([{ id: 'Normal', default: true }, { id: 'Base', pPr: numPr(3) .replace(/<w:ilvl[^>]*>/, '') }, { id: 'Heading1', basedOn: 'Base' }, { id: 'Heading2', basedOn: 'Base' }])
    const body = [para('总体要求', '<w:pStyle w:val="Heading1"/>'), para('目标', '<w:pStyle w:val="Heading2"/>'), para('不编号', '<w:pStyle w:val="Heading2"/><w:numPr><w:numId w:val="0"/></w:numPr>'), para('任务', '<w:pStyle w:val="Heading2"/>'), para('正文')].join('')
    expect(text(body, { numbering, styles }).split('\n')).toEqual(['一、总体要求', '（一）目标', '不编号', '（二）任务', '正文'])
  })

  it('writes the default tab after a number as a space, and a bullet as nothing', () => {
    const numbering = numberingXml({ 0: level(0, 'decimal', '%1.'), 1: level(0, 'bullet', '\uf0b7') }, { 1: 0, 2: 1 })
    expect(text(para('推进立法', numPr(1)) + para('要点', numPr(2)), { numbering })).toBe('1. 推进立法\n要点')
  })

  it('leaves a paragraph naming an undefined list as written', () => {
    expect(text(para('推进立法', numPr(9)), { numbering: numberingXml({}, {}) })).toBe('推进立法')
  })
})

describe('tables', () => {
  const cell = (content: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content}</w:tc>`
  const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`
  const table = (...rows: string[]) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`

  it('writes a row as one line of tab-separated cells; a merged row once; cells below a vertical merge empty', () => {
    const body = para('一、任务') + table(row(cell(para('序号')), cell(para('重点任务')), cell(para('责任单位'))), row(cell(para('（一）司法保护'), '<w:gridSpan w:val="3"/>')), row(cell(para('1')), cell(para('推进立法。')), cell(para('司法部'), '<w:vMerge w:val="restart"/>')), row(cell(para('2')), cell(para('加强执法。')), cell(para(''), '<w:vMerge/>'))) + para('二、保障')
    expect(text(body).split('\n')).toEqual(['一、任务', '序号\t重点任务\t责任单位', '（一）司法保护', '1\t推进立法。\t司法部', '2\t加强执法。\t', '二、保障'])
  })

  it('quotes a cell of several paragraphs, or holding a quote, as spreadsheets write TSV', () => {
    const body = table(row(cell(para('第一段') + para('') + para('第二段')), cell(para('开展“铁拳”"行动"')), cell(para('知识产权局'))))
    expect(text(body)).toBe('"第一段\n第二段"\t"开展“铁拳”""行动"""\t知识产权局')
  })

  it('numbers cells with list numbering, in reading order, and counts a row as one paragraph', () => {
    const numbering = numberingXml({ 0: level(0, 'decimal', '%1', { suff: 'nothing' }) }, { 1: 0 })
    const extracted = readDocx(makeDocx({ body: para('标题') + table(row(cell(para('', numPr(1))), cell(para('甲'))), row(cell(para('', numPr(1))), cell(para('乙')))), numbering }))
    expect(extracted.text).toBe('标题\n1\t甲\n2\t乙')
    expect(extracted.paragraphs).toEqual([0, 3, 7])
  })

  it('writes a table nested in a cell as lines inside that cell', () => {
    expect(text(table(row(cell(table(row(cell(para('a')), cell(para('b'))))), cell(para('c')))))).toBe('"a\tb"\tc')
  })
})

describe('headers, footers and pages', () => {
  it('leaves headers and footers out of the text and reports those that carried text, once each', () => {
    const pageField = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    const extracted = readDocx(makeDocx({ body: para('正文'), header: para('某省人民政府办公厅'), footer: para([run('— '), pageField, run(' —')]) }))
    expect(extracted.text).toBe('正文')
    expect(extracted.dropped).toEqual([
      { text: '某省人民政府办公厅', kind: 'header', at: 0 },
      { text: '— 3 —', kind: 'page-number', at: 0 },
    ])
  })

  it('reports nothing for an empty footer', () => {
    expect(readDocx(makeDocx({ body: para('正文'), footer: para('') })).dropped).toEqual([])
  })

  it('gives page starts when Word recorded where it broke pages, an explicit break and its rendering counted once', () => {
    const body = para('第一页') + para(['<w:r><w:br w:type="page"/></w:r>']) + para(['<w:r><w:lastRenderedPageBreak/><w:t>第二页</w:t></w:r>']) + para(['<w:r><w:t>续</w:t><w:lastRenderedPageBreak/><w:t>第三页</w:t></w:r>'])
    const extracted = readDocx(makeDocx({ body }))
    expect(extracted.text).toBe('第一页\n\n第二页\n续第三页')
    expect(extracted.pages).toEqual([0, 5, 10])
  })

  it('gives no page starts when Word never rendered the file (explicit breaks alone would miscount)', () => {
    expect(readDocx(makeDocx({ body: para('甲') + para('乙', '<w:pageBreakBefore/>') })).pages).toBeUndefined()
  })
})

describe('isPageNumber', () => {
  it('takes a page number in the forms running footers write it, and nothing else', async () => {
    const { isPageNumber } = await import('../../src/document/page-number.js')
    expect(['— 3 —', '- 12 -', '3', '第 3 页', '第3页，共10页', '3 / 10', '－ 7 －'].every(isPageNumber)).toBe(true)
    expect(['某省人民政府', '第三页', '2024年', '3.5', ''].some(isPageNumber)).toBe(false)
  })
})
