// toOutline on the seed (unchanged lines) and on each form of issue 11.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePlan, toOutline } from '../src/index.js'
import { CHAPTERS_ONLY, ITEMS, LABELS, RUN_IN, TWO_NOTES, itemsPlan, openNotePlan, parsesItems } from './helpers/forms.js'

const read = (name: string) => parsePlan(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'))

describe('toOutline', () => {
  // The seed's outline is pinned whole in tests/outputs-seed.test.ts.

  it('shows who a run-in section’s note assigns on its heading line', () => {
    expect(toOutline(parsePlan(RUN_IN))).toBe(
      [
        '一、加强市场监管 (2 units with notes)',
        '  （一）完善监管规则。 [市场监管总局] +公安部',
        '  （二）强化执法协作。 [公安部] +司法部、市场监管总局',
        '  （三）做好宣传引导。 (0 tasks)',
        '',
        '1 chapter, 3 sections (2 with notes), 0 tasks; 0 errors, 0 other diagnostics',
      ].join('\n'),
    )
  })

  it('shows the chapters of a chapter-only plan as the work', () => {
    expect(toOutline(parsePlan(CHAPTERS_ONLY))).toBe(
      [
        '一、深化政务服务改革，推行“一网通办”。 [市政务服务局]',
        '二、加强企业信用建设。 [市发展改革委] +市市场监管局 (按职责分工)',
        '三、做好政策宣传解读。 (0 tasks)',
        '',
        '3 chapters (2 with notes), 0 sections, 0 tasks; 0 errors, 0 other diagnostics',
      ].join('\n'),
    )
  })

  it('parts several notes of one paragraph with a bar; shows a note that does not close', () => {
    expect(toOutline(parsePlan(TWO_NOTES)).split('\n')[1]).toBe('  （一）加强监管。 [市场监管总局] | [公安部] +司法部')
    expect(toOutline(openNotePlan()).split('\n')[1]).toBe('  （一）强化保护。 [公安部]')
  })

  it('shows label lines like a bracket, on tasks and headings', () => {
    expect(toOutline(parsePlan(LABELS))).toBe(
      [
        '一、扩大对外开放 (2 tasks)',
        '  （一）培育外贸新动能。 (2 tasks)',
        '      1. [市商务局] +市财政局 — 培育外贸新业态。',
        '      2. [市投资促进局] +市发展改革委、市商务局 — 加强招商引资。',
        '  （二）优化营商环境。 [市政务服务局]',
        '',
        '1 chapter, 2 sections (1 with notes), 2 tasks; 0 errors, 0 other diagnostics',
      ].join('\n'),
    )
  })

  const itemsOutline = [
    '一、重点任务 (2 tasks)',
    // Task 1 is assigned by its items: no "[no responsibility]".
    '    1. 推进标准化建设。',
    '       （1）[市场监管总局] — 制定行业标准。',
    '       （2）[市场监管总局] +工业和信息化部 — 开展标准宣贯。',
    '    2. [教育部] — 加强人才培养。',
    '       ①[人力资源社会保障部] — 建立培训基地。',
    '       ②开展岗位培训。',
    '',
    '1 chapter, 0 sections, 2 tasks, 4 items (3 with notes); 0 errors, 0 other diagnostics',
  ].join('\n')

  it('lists sub-items under their task, lined up with its wording', () => {
    expect(toOutline(itemsPlan())).toBe(itemsOutline)
  })

  it.runIf(parsesItems)('lists the sub-items as parsed the same way', () => {
    expect(toOutline(parsePlan(ITEMS))).toBe(itemsOutline)
  })

  it('flags a task nothing assigns, a deadline-only note included; counts sections of a plan without chapters', () => {
    const lines = toOutline(read('cnipa-mofcom-notice-2023.txt')).split('\n')
    expect(lines).toContain('    5. [no responsibility] — 研究制定海外知识产权纠纷应对指引。')
    expect(lines).toContain('    4. [国家知识产权局] | [贸促会] — 开展海外知识产权纠纷应对指导。加强海外信息服务；组织企业…')
    expect(toOutline(read('province-standards-plan-2023.txt')).split('\n').at(-1)).toBe('0 chapters, 3 sections, 7 tasks; 0 errors, 0 other diagnostics')
  })
})
