/**
 * How a name in a provincial, city or county plan relates to the central
 * registry: whether it can only mean a central body (`海关总署`, `科技部`,
 * `国家知识产权局`), and which central body does the same work as a local
 * unit (`省科技厅` → 科学技术部, `市场监管局` → 市场监管总局).
 */
import type { RegistryEntry } from './entry.js'
import { nameKey } from './registry.js'
import type { Registry } from './registry.js'

// Names that say they are the State's: local bodies never start so.
const NATIONAL = /^(?:国家|中国|中华|中央|中共中央|国务院|全国|最高|军委)/
// A 总局 or 署 exists at the centre only (local: 市场监管局, 审计厅).
const NATIONAL_ENDING = /(?:总局|总署|署)$/

/**
 * Can `name`, which the registry resolved to `entry`, only mean the central
 * body? Otherwise a local plan's bare `name` means its own body of that
 * function (`知识产权局`, `国资委`, `版权局`, `统计局`).
 */
export function isCentralOnly(name: string, entry: RegistryEntry): boolean {
  const key = nameKey(name)
  if (NATIONAL.test(key) || NATIONAL_ENDING.test(key)) return true
  // Ministries end in 部 (科技部); a province's counterpart is a 厅 or 局.
  if (entry.kind === 'ministry' && key.endsWith('部')) return true
  if (entry.kind === 'military' || entry.kind === 'judicial') return true
  const only = entry.centralOnly
  return only === true || (only !== undefined && only.includes(name))
}

// A local unit's name, rewritten to its central counterpart's: a province's
// 厅 and a city's 局 do a ministry's (部) work, a 局 a 总局's or a
// commission's (委), a 审计厅 the 审计署's. Tried in order, after the name itself.
// > | 科技厅      → 科技部
// > | 市场监管局  → 市场监管总局
// > | 发改局      → 发改委
const REWRITES: readonly [RegExp, string][] = [
  [/厅$/, '部'],
  [/局$/, '部'],
  [/局$/, '总局'],
  [/局$/, '委'],
  [/(?:厅|局)$/, '署'],
]

// A party committee's department (`省委宣传部`, `市委网信办`) does the work of the Party Centre's (`中央宣传部`).
const COMMITTEE = /^(?:党)?委/

/**
 * The id of the central body whose work a local unit does, given the unit's
 * name without its place (`知识产权局`, `委宣传部`, `科技厅`). With a date, a
 * body since replaced gives way to the one that does the work then
 * (`林业局` in 2024 → 国家林业和草原局). Only bodies, never collectives.
 */
export function centralCounterpart(rest: string, registry: Registry, date: string | undefined): string | undefined {
  if (rest.length < 2) return undefined
  const options = date === undefined ? {} : { date }
  let entry: RegistryEntry | undefined
  if (COMMITTEE.test(rest)) entry = registry.find(`中央${rest.replace(COMMITTEE, '')}`, options)
  else {
    entry = registry.find(rest, options)
    for (const [ending, central] of REWRITES) {
      if (entry) break
      if (ending.test(rest)) entry = registry.find(rest.replace(ending, central), options)
    }
  }
  if (!entry) return undefined
  if (date === undefined || entry.until === undefined || date < entry.until) return entry.id
  const now = registry.successors(entry.id, options)
  return now.length === 1 ? (now[0] as RegistryEntry).id : entry.id
}
