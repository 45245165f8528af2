/**
 * Word's automatic list numbering (`word/numbering.xml`): the markers a
 * numbered paragraph displays though its text does not hold them (`一、`,
 * `（一）`, `1.`). An abstract definition gives each level a format, a
 * template (`%1、`, `（%1）`, `%1.%2`), a start and a restart rule; a list
 * instance (`w:num`, the `numId` paragraphs name) points at one and may
 * override a level's start or definition.
 */
import { formatNumber } from './num-format.js'
import { type XmlElement, child, childrenNamed, isOn, valOf } from './xml.js'

/** One level of a list definition. */
export interface Level {
  start: number
  numFmt: string
  /** `%1、`: `%n` is the counter of level n (1-based). */
  lvlText: string
  /** What follows the marker: Word's default is a tab. */
  suff: 'tab' | 'space' | 'nothing'
  /** Restart after a use of a level before this (0-based index below this); `null` for never. Word's default: any level above. */
  restartBelow: number | null
  /** `w:isLgl`: show every level's counter in decimal (`1.1`, not `一.1`). */
  legal: boolean
  /** Paragraph style tied to this level (`w:pStyle`), which numbers paragraphs of that style at this level. */
  pStyle?: string
}

interface Instance {
  abstractId: string
  /** Level overrides: a new start (restarting the counter the first time this instance is used) or a new definition. */
  overrides: Map<number, { start?: number; level?: Level }>
}

export interface NumberingDefinitions {
  abstracts: Map<string, Level[]>
  instances: Map<string, Instance>
}

function readLevel(lvl: XmlElement, index: number): Level {
  const start = Number(valOf(lvl, 'start') ?? '1')
  const restart = valOf(lvl, 'lvlRestart')
  const suff = valOf(lvl, 'suff')
  const level: Level = {
    start: Number.isFinite(start) ? start : 1,
    numFmt: valOf(lvl, 'numFmt') ?? 'decimal',
    lvlText: child(lvl, 'lvlText')?.attrs.val ?? '',
    suff: suff === 'space' || suff === 'nothing' ? suff : 'tab',
    // w:lvlRestart n (1-based): restart after level n is used, i.e. after any level of index < n; 0: never.
    restartBelow: restart === undefined ? index : Number(restart) === 0 ? null : Math.min(Number(restart), index),
    legal: isOn(lvl, 'isLgl'),
  }
  const pStyle = valOf(lvl, 'pStyle')
  if (pStyle) level.pStyle = pStyle
  return level
}

function readLevels(abstract: XmlElement): Level[] {
  const levels: Level[] = []
  for (const lvl of childrenNamed(abstract, 'lvl')) {
    const index = Number(lvl.attrs.ilvl ?? '0')
    if (index >= 0 && index < 9) levels[index] = readLevel(lvl, index)
  }
  return levels
}

/** Read `numbering.xml` (its root element); an absent part gives empty definitions. */
export function readNumbering(root: XmlElement | undefined): NumberingDefinitions {
  const numbering = child(root, 'numbering')
  const abstracts = new Map<string, Level[]>()
  for (const a of childrenNamed(numbering, 'abstractNum')) abstracts.set(a.attrs.abstractNumId ?? '', readLevels(a))
  const instances = new Map<string, Instance>()
  for (const num of childrenNamed(numbering, 'num')) {
    const overrides: Instance['overrides'] = new Map()
    for (const o of childrenNamed(num, 'lvlOverride')) {
      const index = Number(o.attrs.ilvl ?? '0')
      const start = valOf(o, 'startOverride')
      const lvl = child(o, 'lvl')
      overrides.set(index, { ...(start !== undefined && { start: Number(start) }), ...(lvl && { level: readLevel(lvl, index) }) })
    }
    instances.set(num.attrs.numId ?? '', { abstractId: valOf(num, 'abstractNumId') ?? '', overrides })
  }
  return { abstracts, instances }
}

/** The marker a numbered paragraph displays and what follows it, e.g. `{ text: '（三）', suff: 'nothing' }`. */
export interface Marker {
  text: string
  suff: Level['suff']
}

/**
 * Counters for one document, advanced paragraph by paragraph in reading
 * order. List instances that share an abstract definition share its
 * counters (Word continues such lists), except that an instance with a
 * start override restarts that level the first time it is used.
 *
 * @example
 * ```ts
 * const counters = new NumberingCounters(readNumbering(parseXml(numberingXml)))
 * counters.next('1', 0) // { text: '一、', suff: 'tab' }
 * counters.next('1', 1) // { text: '（一）', suff: 'tab' }
 * ```
 */
export class NumberingCounters {
  private readonly counters = new Map<string, (number | undefined)[]>()
  private readonly used = new Set<string>()

  constructor(private readonly definitions: NumberingDefinitions) {}

  /** The level of list `numId` tied to paragraph style `styleId` (`w:pStyle` in the level), if any. */
  levelOfStyle(numId: string, styleId: string): number | undefined {
    const levels = this.levels(numId)
    const index = levels?.findIndex((l) => l?.pStyle === styleId)
    return index === undefined || index < 0 ? undefined : index
  }

  private levels(numId: string): Level[] | undefined {
    const instance = this.definitions.instances.get(numId)
    if (!instance) return undefined
    const levels = [...(this.definitions.abstracts.get(instance.abstractId) ?? [])]
    for (const [index, o] of instance.overrides) if (o.level) levels[index] = { ...levels[index], ...o.level }
    return levels
  }

  /** Advance list `numId` at level `ilvl` and return the marker, or `null` when the list or level is not defined. */
  next(numId: string, ilvl: number): Marker | null {
    const instance = this.definitions.instances.get(numId)
    const levels = this.levels(numId)
    const level = levels?.[ilvl]
    if (!instance || !levels || !level) return null
    let counters = this.counters.get(instance.abstractId)
    if (!counters) this.counters.set(instance.abstractId, (counters = []))
    if (!this.used.has(numId)) {
      this.used.add(numId)
      for (const [index, o] of instance.overrides) if (o.start !== undefined) counters[index] = undefined
    }
    const start = (index: number) => instance.overrides.get(index)?.start ?? levels[index]?.start ?? 1
    counters[ilvl] = counters[ilvl] === undefined ? start(ilvl) : counters[ilvl]! + 1
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      // null (never restart) must not fall back to the default: no `??` here.
      const defined = levels[deeper]
      const restartBelow = defined ? defined.restartBelow : deeper
      if (restartBelow !== null && ilvl < restartBelow) counters[deeper] = undefined
    }
    const text = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const index = Number(d) - 1
      const value = counters[index] ?? start(index)
      return formatNumber(value, level.legal ? 'decimal' : (levels[index]?.numFmt ?? 'decimal'))
    })
    return { text: level.numFmt === 'bullet' ? '' : text, suff: level.suff }
  }
}
