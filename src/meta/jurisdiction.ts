import { type Jurisdiction, type Level, leadingPlace, levelOfWord, levelWord } from '../registry/level.js'
import { type Registry, defaultRegistry } from '../registry/registry.js'
import type { Meta, Paragraph, Position } from '../types.js'
import { placeIn } from './place.js'

type Found = NonNullable<Meta['jurisdiction']>
type Source = Found['from']

// Names that say they are the State's (the issuer 国务院办公厅, 国家知识产权局, 中共中央办公厅).
const NATIONAL = /^(?:中华人民共和国|国务院|国家|中共中央|中央|全国)/
// `2024年`, `2021—2022年度`, `二〇二四年` before a title's place: `2017年海南省…`.
const YEAR_PREFIX = /^(?:\d{4}\s*(?:[—–\-－~～至到]+\s*\d{4}\s*)?年度?|[〇○零一二三四五六七八九]{4}年度?)\s*/
// A title that says its level without a place: `2015年全省…`, `2021年省《政府工作报告》…`.
// A bare level word only before a title or a government (`县域商业…` is a phrase, no county's).
const LEVEL_ONLY: readonly [RegExp, Level][] = [
  [/^(?:全省|省(?=[《“]|政府|委|人民政府))/, 'province'],
  [/^(?:全市|市(?=[《“]|政府|委|人民政府))/, 'city'],
  [/^(?:全县|县(?=[《“]|政府|委|人民政府))/, 'county'],
]
// Recipients a plan is sent down to: a province writes to 各市、县; a city to 各县（市、区）; a county to 各乡镇、街道.
const SENT_DOWN: readonly [RegExp, Level][] = [
  [/^各省|^国务院/, 'central'],
  [/^各(?:地级)?市|^各设区市|^各州/, 'province'],
  [/^各(?:县|区)/, 'city'],
  [/^各(?:乡|镇|街道)/, 'county'],
]

/** `position` narrowed to `text[from, to)` when it spans exactly `text` on one line. */
function narrow(position: Position, text: string, from: number, to: number): Position {
  const { start, end } = position
  if (start.line !== end.line || end.offset - start.offset !== text.length) return position
  return { start: { line: start.line, column: start.column + from, offset: start.offset + from }, end: { line: end.line, column: start.column + to, offset: start.offset + to } }
}

/** What one name or line says of the level, with the words it says it in. */
function ofName(text: string, position: Position, registry: Registry | undefined): (Jurisdiction & { raw: string; position: Position }) | undefined {
  const placed = leadingPlace(text)
  if (placed) {
    const at = text.indexOf(placed.place)
    return { level: placed.level, place: placed.place, raw: placed.place, position: narrow(position, text, at, at + placed.place.length) }
  }
  // `省知识产权局` signing: the province's, its place left to a weaker source (the title).
  const word = levelWord(text)
  if (word) return { ...levelOfWord(word, undefined), raw: word, position: narrow(position, text, 0, word.length) }
  if (NATIONAL.test(text)) return { level: 'central', raw: text, position }
  // A central body, or its general office signing for it (`商务部办公厅`).
  const entry = registry?.find(text) ?? registry?.find(text.replace(/(?:办公厅|办公室)$/, ''))
  if (entry) return { level: 'central', raw: text, position }
  return undefined
}

/**
 * The plan's level and place, from what its front says, strongest first:
 * the issuer (and sealing body), the notice title's issuer (`海南省人民政府办公厅关于…`),
 * the title (`河池市2024年…`, `2015年全省…`), then the recipients (`省政府各部门`;
 * `各市、县人民政府` are a province's). A source that gives a level but no
 * place borrows the place of a weaker source of the same level.
 *
 * @example
 * ```ts
 * readJurisdiction({ issuer: { raw: '浙江省人民政府办公厅', departments: [{ name: '浙江省人民政府办公厅', position }], position } })
 * // { raw: '浙江省', level: 'province', place: '浙江省', from: 'issuer', position }
 * ```
 */
export function readJurisdiction(meta: Meta, registry: Registry = defaultRegistry(), front: readonly Paragraph[] = []): Found | undefined {
  // Sources are read lazily, strongest first: most plans are settled by their issuer.
  let best: Found | undefined
  for (const found of sources(meta, registry, front)) {
    if (best === undefined) {
      best = found
      if (found.place !== undefined || found.level === 'central') return found
    } else if (found.level === best.level && found.place !== undefined) return { ...best, place: found.place }
  }
  return best
}

// A web copy's header names the issuer with a label: `来源：丰宁市人民政府办公室`, `发布机构：清源市民政局`.
const SOURCE_LABEL = /(?:来源|发布机构|发文机关|发文单位|发布单位|制发机关)\s*[：:]\s*([^\s：:]{2,40})/

function* sources(meta: Meta, registry: Registry, front: readonly Paragraph[]): Generator<Found> {
  const as = (hit: ReturnType<typeof ofName>, from: Source): Found | undefined =>
    hit && (hit.place === undefined ? { raw: hit.raw, position: hit.position, level: hit.level, from } : { raw: hit.raw, position: hit.position, level: hit.level, place: hit.place, from })
  let found: Found | undefined
  for (const d of meta.issuer?.departments ?? []) if (d.position && (found = as(ofName(d.name, d.position, registry), 'issuer'))) yield found
  const seal = meta.seal?.department
  if (seal?.position && (found = as(ofName(seal.name, seal.position, registry), 'issuer'))) yield found
  for (const p of front) {
    const m = p.text.includes('：') || p.text.includes(':') ? SOURCE_LABEL.exec(p.text) : null
    if (!m) continue
    const at = (m.index as number) + m[0].length - (m[1] as string).length
    if ((found = as(ofName(m[1] as string, placeIn(p, at, at + (m[1] as string).length), registry), 'issuer'))) yield found
  }
  if (meta.noticeTitle) {
    const text = meta.noticeTitle.raw
    const before = text.indexOf('关于')
    if (before > 1 && (found = as(ofName(text.slice(0, before), narrow(meta.noticeTitle.position, text, 0, before), registry), 'notice-title'))) yield found
  }
  if (meta.title && (found = as(ofTitle(meta.title.raw, meta.title.position), 'title'))) yield found
  // A recipient's own level word (`省政府各部门`) says more than the level the notice is sent down to.
  const recipients = meta.recipients?.departments ?? []
  const byWord = recipients.find((d) => d.position && levelWord(d.name) !== undefined)
  if (byWord) yield { raw: byWord.name, position: byWord.position as Position, ...levelOfWord(levelWord(byWord.name) as string, undefined), from: 'recipients' }
  else {
    for (const d of recipients) {
      if (d.position && (found = as(sentDown(d.name, d.position), 'recipients'))) return yield found
    }
  }
}

function ofTitle(text: string, position: Position): ReturnType<typeof ofName> {
  const skip = YEAR_PREFIX.exec(text)?.[0].length ?? 0
  const rest = text.slice(skip)
  const placed = leadingPlace(rest)
  // A title's words can end like a place (`建设浙江省…`, `魅力文明城市…`): a place
  // there is a province, or a short name (`河池市`), or a nest of places.
  if (placed && (placed.level === 'province' || placed.place.length <= 4 || /自治|地区|盟|[省市州].+/.test(placed.place))) return { level: placed.level, place: placed.place, raw: placed.place, position: narrow(position, text, skip, skip + placed.place.length) }
  if (/^(?:国务院|中共中央)/.test(rest)) return { level: 'central', raw: rest.slice(0, 3), position: narrow(position, text, skip, skip + 3) }
  for (const [pattern, level] of LEVEL_ONLY) {
    const m = pattern.exec(rest)
    if (m) return { level, raw: m[0], position: narrow(position, text, skip, skip + m[0].length) }
  }
  return undefined
}

function sentDown(name: string, position: Position): ReturnType<typeof ofName> {
  for (const [pattern, level] of SENT_DOWN) if (pattern.test(name)) return { level, raw: name, position }
  return undefined
}
