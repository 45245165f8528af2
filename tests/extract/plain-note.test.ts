/**
 * The fast paths of readNote against the full reader they stand in for:
 * readPlainNote reads what it takes exactly as readNoteInFull does, and
 * mayBeNote turns away no text the full reader would read as a note.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUILTIN } from '../../src/extract/grammar/builtin.js'
import { compileGrammar } from '../../src/extract/grammar/compile.js'
import { notPlainChars, readPlainNote } from '../../src/extract/grammar/plain-note.js'
import { CLAUSE_SEPARATOR, CLOSE, OPEN, charIs, isJsSpaceCode } from '../../src/chars.js'
import { mayBeNote, readNoteInFull } from '../../src/extract/grammar/read-note.js'

const grammar = compileGrammar()

/** Every bracket's inside in the fixtures, and every corpus note. */
function realTexts(): string[] {
  const listed = JSON.parse(readFileSync(new URL('./corpus-notes.json', import.meta.url), 'utf8')) as { note: string }[]
  const out: string[] = listed.map((n) => n.note)
  const dir = new URL('../../fixtures/', import.meta.url)
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(new URL(name, dir), 'utf8')
    let depth = 0
    let open = -1
    for (let i = 0; i < text.length; i++) {
      if ('（(〔'.includes(text[i] as string) && depth++ === 0) open = i
      else if ('）)〕'.includes(text[i] as string) && depth > 0 && --depth === 0) out.push(text.slice(open + 1, i))
    }
  }
  return out
}

/** Lists made up of names of every kind the grammar treats apart, and every role word. */
function madeUpTexts(): string[] {
  const names = ['市数据局', '省财政厅', '各区', '县', '各县', '市', '区人民政府', '国务院各部委', '各直属机构', '市场监管局', '甲和乙局', '市公安局和市司法局', '高等学校', '第一中学', '社会', '牵头', '2024年底前', '—3—', '市数据局牵头', 'A局等', '贸促会', '国防科工局', '国资委', '市公安局会同市商务局', '工业和信息化部', '住房和城乡建设部', '人力资源和社会保障局', '省直有关部门和各县', '市商务局及市财政局', '科技和教育', '此项任务与《跨境贸易试点》', '《条例》办公室', '']
  const roles = [...Object.keys(BUILTIN.roleWords ?? {}), '', '落实', '负责人']
  const out: string[] = []
  let seed = 7
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n)
  for (let k = 0; k < 3000; k++) {
    const count = 1 + next(4)
    const list = Array.from({ length: count }, () => names[next(names.length)]).join('、')
    out.push(list + roles[next(roles.length)])
  }
  return out
}

describe('the fast paths of readNote', () => {
  it('list the characters that are not plain by the predicates they stand for', () => {
    const table = notPlainChars()
    for (let c = 0; c < 0x10000; c++) {
      const expected = charIs(c, OPEN | CLOSE | CLAUSE_SEPARATOR) || isJsSpaceCode(c) || '*＊※。！？.．：:等-–—－《》'.includes(String.fromCharCode(c))
      if ((table[c] === 1) !== expected) expect.fail(`U+${c.toString(16)}`)
    }
  })

  const texts = [...realTexts(), ...madeUpTexts()]

  it('read plain notes as the full reader does', () => {
    let plain = 0
    for (const text of texts) {
      const fast = readPlainNote(text, grammar)
      if (fast === undefined) continue
      plain++
      expect(fast, text).toEqual(readNoteInFull(text, grammar))
    }
    // Most real notes are plain.
    expect(plain).toBeGreaterThan(200)
  })

  it('read a name that only starts like a collective, and leave a collective to the full reader', () => {
    const withCollective = compileGrammar({ collectives: ['国家部委、直属机构'] })
    for (const text of ['国防科工局、国家部委负责', '国家部委、直属机构负责', '市商务局、国家部委、直属机构牵头负责']) {
      const fast = readPlainNote(text, withCollective)
      if (fast !== undefined) expect(fast, text).toEqual(readNoteInFull(text, withCollective))
    }
    expect(readPlainNote('国防科工局、知识产权局负责', grammar)?.departments.map((d) => d.name)).toEqual(['国防科工局', '知识产权局'])
    expect(readPlainNote('国家部委、直属机构负责', withCollective)).toBeUndefined()
  })

  it('read a 和 inside one name, and leave a 和 between two units to the full reader', () => {
    expect(readPlainNote('工业和信息化部、文化和旅游部负责', grammar)?.departments.map((d) => d.name)).toEqual(['工业和信息化部', '文化和旅游部'])
    expect(readPlainNote('市公安局和市司法局负责', grammar)).toBeUndefined()
    expect(readNoteInFull('市公安局和市司法局负责', grammar)?.departments.map((d) => d.name)).toEqual(['市公安局', '市司法局'])
    // 各 may go on over a 和: such notes stay with the full reader.
    expect(readPlainNote('省直有关部门和各县、区负责', grammar)).toBeUndefined()
  })

  it('turn away no note', () => {
    for (const text of [...texts, '2024年底前完成', '第一责任单位为牵头单位', '主抓部门：市数据局', 'TISC', '2021—2035年']) {
      if (readNoteInFull(text, grammar) !== null) expect(mayBeNote(text, grammar), text).toBe(true)
    }
    expect(['TISC', '2021—2035年', '市、区', '简称“数博会”'].map((t) => mayBeNote(t, grammar))).toEqual([false, true, false, false])
  })
})
