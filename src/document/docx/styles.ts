/**
 * Paragraph styles (`word/styles.xml`), read for one thing: the list
 * numbering a style gives its paragraphs (`List Number`, or a heading style
 * tied to a `一、` list), directly or through the styles it is based on.
 */
import { type XmlElement, child, childrenNamed, valOf } from './xml.js'

/** A paragraph's list: instance id and level (undefined: the level tied to the style, else 0). */
export interface NumPr {
  numId: string
  ilvl?: number
}

interface Style {
  basedOn?: string
  numPr?: Partial<NumPr>
}

export interface ParagraphStyles {
  /** The numbering style `styleId` gives (through `w:basedOn`), or undefined. */
  numPr(styleId: string | undefined): NumPr | undefined
}

/** The `w:numPr` of a `w:pPr`, as far as it says anything. */
export function readNumPr(pPr: XmlElement | undefined): Partial<NumPr> | undefined {
  const numPr = child(pPr, 'numPr')
  if (!numPr) return undefined
  const numId = valOf(numPr, 'numId')
  const ilvl = valOf(numPr, 'ilvl')
  return { ...(numId !== undefined && { numId }), ...(ilvl !== undefined && { ilvl: Number(ilvl) }) }
}

/** Read `styles.xml` (its root element); an absent part numbers nothing. */
export function readStyles(root: XmlElement | undefined): ParagraphStyles {
  const styles = new Map<string, Style>()
  let defaultStyle: string | undefined
  for (const s of childrenNamed(child(root, 'styles'), 'style')) {
    if (s.attrs.type !== 'paragraph' || !s.attrs.styleId) continue
    const style: Style = {}
    const basedOn = valOf(s, 'basedOn')
    if (basedOn) style.basedOn = basedOn
    const numPr = readNumPr(child(s, 'pPr'))
    if (numPr) style.numPr = numPr
    styles.set(s.attrs.styleId, style)
    if (s.attrs.default === '1' || s.attrs.default === 'true') defaultStyle = s.attrs.styleId
  }
  return {
    numPr(styleId) {
      // The nearest style that says which list wins; a level may come from further up. Cycles end at the first repeat.
      const seen = new Set<string>()
      let numId: string | undefined
      let ilvl: number | undefined
      for (let id = styleId ?? defaultStyle; id !== undefined && !seen.has(id); id = styles.get(id)?.basedOn) {
        seen.add(id)
        const numPr = styles.get(id)?.numPr
        numId ??= numPr?.numId
        ilvl ??= numPr?.ilvl
      }
      return numId === undefined ? undefined : ilvl === undefined ? { numId } : { numId, ilvl }
    },
  }
}
