import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, test, vi } from 'vitest'
import { numbered } from './helpers/summary.js'

// Test files share their modules (vitest.config.ts), and the first tests here
// are about when the converter gets built: load the parser afresh, so that no
// traditional text another file parsed has built it already.
vi.resetModules()
const { converterBuilt, convertToSimplified, isTraditional, traditionalCodePoints, traditionalList } = await import('../src/input/converter.js')
const { parsePlan } = await import('../src/parse-plan.js')

const seed = readFileSync('fixtures/ip-plan-2021-2022.txt', 'utf8')
const planB = readFileSync('fixtures/plan-b-standards-2023.txt', 'utf8')

describe('traditional characters', () => {
  test('simplified input never builds the OpenCC converter', () => {
    parsePlan(planB)
    parsePlan(planB, { format: 'markdown' })
    // Simplified characters that Hong Kong's variant table lists (台 吃 温 户 税) are no reason to convert.
    parsePlan('一、台账管理\n1. 吃透温州户籍税收什么才对。（税务总局负责）')
    // The tests of this file run in order: nothing traditional has been parsed yet.
    expect(converterBuilt()).toBe(false)
  })

  test('the seed task 27 意見 becomes 意见, the wording as written kept beside it', () => {
    const plan = parsePlan(seed)
    const t27 = numbered(plan).find((n) => n.type === 'task' && n.number === 27)
    expect(t27).toMatchObject({
      text: '制定《关于加强中医药知识产权司法保护的意见》，促进中医药传承创新发展。',
      original: '制定《关于加强中医药知识产权司法保护的意見》，促进中医药传承创新发展。',
    })
    // Only the node that had a traditional character carries `original`.
    expect(numbered(plan).filter((n) => 'original' in n).map((n) => n.id)).toEqual([t27?.id])
    // Built on the first traditional input.
    expect(converterBuilt()).toBe(true)
  })

  test('Hong Kong variants: 衞 becomes 卫 like 衛', () => {
    const plan = parsePlan('一、總體要求\n1. 加強衞生管理。（衞生健康委、國家衛生監督局負責）')
    const task = numbered(plan)[1]
    expect(task?.type === 'task' && [task.text, task.responsibility?.departments.map((d) => d.name)]).toEqual(['加强卫生管理。', ['卫生健康委', '国家卫生监督局']])
  })

  test('Taiwan / Hong Kong text: titles, texts and departments simplified, original wording and positions kept', () => {
    const text = '一、完善知識產權制度\n（一）健全法律法規\n1. 推進修訂《專利法實施細則》，執行裡程碑計劃。（市場監管總局、農業農村部、知識產權局負責）'
    const plan = parsePlan(text)
    const [chapter, section, task] = numbered(plan)
    expect(chapter).toMatchObject({ title: '完善知识产权制度', original: '完善知識產權制度' })
    expect(section).toMatchObject({ title: '健全法律法规', original: '健全法律法規' })
    expect(task?.type).toBe('task')
    if (task?.type !== 'task') return
    // Character level only: 執行 → 执行 (a phrase table would have made it 运行).
    expect(task.text).toBe('推进修订《专利法实施细则》，执行里程碑计划。')
    expect(task.responsibility).toMatchObject({
      raw: '（市場監管總局、農業農村部、知識產權局負責）',
      departments: [
        { name: '市场监管总局', original: '市場監管總局' },
        { name: '农业农村部', original: '農業農村部' },
        { name: '知识产权局', original: '知識產權局' },
      ],
      byDuty: false,
    })
    const at = task.responsibility?.position.start.offset ?? -1
    expect(text.slice(at, task.responsibility?.position.end.offset)).toBe(task.responsibility?.raw)
  })

  test('the library imports only the character table and the core of opencc-js, never the full or cn2t entries', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
    const imports = sources.flatMap((f) => [...readFileSync(`src/${f}`, 'utf8').matchAll(/(?:from |require\()'(opencc-js[^']*)'/g)].map((m) => m[1]))
    // Loaded lazily with require(): count those too.
    expect(new Set(imports)).toEqual(new Set(['opencc-js/core', 'opencc-js/dict/TSCharacters', 'opencc-js/dict/HKVariantsRev']))
  })

  test('按職責分工負責 is read as byDuty', () => {
    const plan = parsePlan('一、總體要求\n1. 加強組織領導。（中央宣傳部、知識產權局按職責分工負責）')
    const task = numbered(plan)[1]
    expect(task?.type === 'task' && task.responsibility?.byDuty).toBe(true)
    expect(task?.type === 'task' && task.responsibility?.departments.map((d) => d.name)).toEqual(['中央宣传部', '知识产权局'])
  })
})

test('the schema knows the `original` fields (zod would strip unknown keys)', async () => {
  const { PlanSchema } = await import('../src/schema.js')
  const plan = parsePlan('一、完善知識產權制度\n1. 推進立法。（市場監管總局、知識產權局負責）\n附件：說明')
  expect(PlanSchema.parse(plan)).toEqual(plan)
  // Chapter title, task text, paragraph, and two departments listed in both `departments` and `leads`/`participants`.
  expect(JSON.stringify(plan).match(/"original"/g)).toHaveLength(7)
})

test('the generated list of traditional characters is what the OpenCC tables change (else run scripts/gen-traditional.mjs)', () => {
  const fromTables = [...traditionalCodePoints()].sort((a, b) => a - b)
  expect(traditionalList()).toEqual(fromTables)
  expect(isTraditional(0x898b)).toBe(true) // 見
  expect(isTraditional(0x89c1)).toBe(false) // 见
  expect(fromTables.every(isTraditional)).toBe(true)
})

test('the converter built from the entries present converts as OpenCC with the whole tables', async () => {
  const { ConverterFactory } = await import('opencc-js/core')
  const { default: HKVariantsRev } = await import('opencc-js/dict/HKVariantsRev')
  const { default: TSCharacters } = await import('opencc-js/dict/TSCharacters')
  const whole = ConverterFactory([HKVariantsRev], [TSCharacters])
  // Every changed character, every key of both tables, and some plain text.
  const keys = (dict: string) => dict.split('|').map((entry) => entry.split(' ')[0]).join('')
  for (const text of [String.fromCodePoint(...traditionalCodePoints()), keys(HKVariantsRev), keys(TSCharacters), '衞生，意見。台账⿰見x']) {
    expect(convertToSimplified(text)).toBe(whole(text))
  }
})
