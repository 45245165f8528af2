/** Rule 9 of issue 12: the grammar as data, extended by a caller's wordings. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BUILTIN, TRADITIONAL_PAIRS } from '../../src/extract/grammar/builtin.js'
import { compileGrammar, traditionalTwin } from '../../src/extract/grammar/compile.js'
import { checkWordings, combineWordings } from '../../src/extract/grammar/wordings.js'
import { extractResponsibility } from '../../src/extract/responsibility.js'
import * as OpenCC from 'opencc-js'
import { convertToSimplified } from '../../src/input/converter.js'
import { parsePlan } from '../../src/parse-plan.js'
import type { Task } from '../../src/types.js'
import { RUNS } from '../property/arbitraries.js'
import { read } from './read.js'

const words = [
  ...Object.keys(BUILTIN.labels ?? {}),
  ...Object.keys(BUILTIN.roleWords ?? {}),
  ...Object.keys(BUILTIN.ruleWords ?? {}),
  ...(BUILTIN.tails ?? []),
  ...(BUILTIN.collectives ?? []),
  ...(BUILTIN.suffixes ?? []),
  ...(BUILTIN.levels ?? []),
  ...(BUILTIN.joiners ?? []),
]

describe('combining and compiling wordings', () => {
  it('combines like micromark extensions: later meanings win, null removes, lists add up', () => {
    const all = combineWordings([{ labels: { 牵头单位: 'lead' }, tails: ['部门'] }, { labels: { 主办单位: 'lead', 牵头单位: null }, tails: ['机构'] }])
    expect(all.labels).toEqual({ 牵头单位: null, 主办单位: 'lead' })
    expect(all.tails).toEqual(['部门', '机构'])
  })

  it('compiles the built-in grammar once, and each wordings object once', () => {
    expect(compileGrammar()).toBe(compileGrammar())
    const wordings = { labels: { 主办单位: 'lead' as const } }
    expect(compileGrammar(wordings)).toBe(compileGrammar(wordings))
    expect(compileGrammar(wordings)).not.toBe(compileGrammar())
  })

  it('adds labels, role words, tails, suffixes and collectives without code changes', () => {
    const grammar = compileGrammar({
      labels: { 主抓部门: 'lead', 协办方: 'participant' },
      roleWords: { 主抓: 'lead' },
      tails: ['成员单位'],
      suffixes: ['专委'],
      collectives: ['各区、各开发区'],
    })
    expect(read('主抓部门：市数据局；协办方：市财政局', grammar)).toMatchObject({ leads: ['市数据局'], participants: ['市财政局'] })
    expect(read('市数据局主抓，市财政局配合', grammar)).toMatchObject({ leads: ['市数据局'], participants: ['市财政局'] })
    expect(read('市数据局、市安委会等成员单位负责', grammar)).toMatchObject({ units: ['市数据局', '市安委会'], tail: '等成员单位' })
    expect(read('市数据局牵头，甲专委和乙专委配合', grammar)).toMatchObject({ participants: ['甲专委', '乙专委'] })
    expect(read('各区、各开发区负责', grammar)?.units).toEqual(['各区、各开发区'])
    // The built-in grammar is untouched.
    expect(read('主抓部门：市数据局')).toBeNull()
  })

  it('removes a built-in word with null', () => {
    const grammar = compileGrammar({ roleWords: { 配合: null } })
    expect(read('市数据局牵头，市财政局配合', grammar)).toMatchObject({ leads: ['市数据局'], clauses: [['units', '市数据局牵头'], ['unparsed', '市财政局配合']] })
  })

  it('adds the traditional twin of every word, as OpenCC writes it and the parser reads it back', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' })
    for (const ch of new Set(words.join(''))) expect(traditionalTwin(ch), ch).toBe(toTraditional(ch))
    for (const word of words) expect(convertToSimplified(traditionalTwin(word)), word).toBe(word)
  })

  it('twins a word as replacing each character by its pair does, whatever the word holds', () => {
    // The plain version traditionalTwin stands in for: a map of the pairs, read by code point.
    const pairs = new Map<string, string>()
    for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) pairs.set(TRADITIONAL_PAIRS[i] as string, TRADITIONAL_PAIRS[i + 1] as string)
    const plain = (word: string) => [...word].map((ch) => pairs.get(ch) ?? ch).join('')
    const unit = fc.constantFrom(...'牵头单位负责实施协办县区会同', 'a', '、', '\ud842\udfb7', '\ud842', '\udfb7', '頭')
    fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), (word) => {
        expect(traditionalTwin(word)).toBe(plain(word))
      }), { numRuns: RUNS * 10 })
    expect(traditionalTwin('牵头单位')).toBe('牽頭單位')
    expect(traditionalTwin('市财政局')).toBe('市财政局')
  })

  it('checks wordings given by a caller', () => {
    const what = 'parsePlan: option “wordings”'
    expect(() => checkWordings({ labels: { 主办单位: 'boss' } }, what)).toThrow(/labels\.主办单位 must be one of 'lead'/)
    expect(() => checkWordings({ label: {} }, what)).toThrow(/unknown key “label”/)
    expect(() => checkWordings({ tails: '等部门' }, what)).toThrow(/tails must be a list of words/)
    expect(() => checkWordings([], what)).toThrow(/must be an object, got an array/)
    expect(() => checkWordings({ roleWords: { 配合: null }, suffixes: ['专委'] }, what)).not.toThrow()
  })
})

describe('wordings through the public API', () => {
  it('parsePlan adds a label through the option, and refuses a wrong one', () => {
    const text = '一、加强协作\n1. 建设数据平台。（主抓部门：市数据局、市财政局）\n'
    const task = (plan: ReturnType<typeof parsePlan>) => (plan.children[0] as { children: Task[] }).children[0] as Task
    expect(task(parsePlan(text)).responsibility).toBeNull()
    const plan = parsePlan(text, { wordings: { labels: { 主抓部门: 'lead' } } })
    expect(task(plan).responsibility).toMatchObject({ leads: [{ name: '市数据局' }, { name: '市财政局' }], participants: [], rolesFrom: 'note' })
    expect(plan.diagnostics).toEqual([])
    expect(() => parsePlan(text, { wordings: { labels: { 主抓部门: 'boss' } } } as never)).toThrow(TypeError)
  })

  it('extractResponsibility takes wordings too', () => {
    expect(extractResponsibility('建设平台。（市数据局主抓，市财政局配合）', { wordings: { roleWords: { 主抓: 'lead' } } })?.leads.map((d) => d.name)).toEqual(['市数据局'])
    expect(() => extractResponsibility('建设平台。', { wordings: { roleWords: { 统筹: 'boss' } } } as never)).toThrow(/extractResponsibility: option “wordings”: roleWords\.统筹/)
  })
})
