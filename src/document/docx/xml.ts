/**
 * A small XML reader for the parts of a Word file: elements with their
 * local names (the `w:` prefix dropped, as every part we read uses one
 * vocabulary), attributes by local name, and text. No DTDs, no namespaces
 * resolved: WordprocessingML needs neither, and a full XML parser would
 * cost more to load than the whole reader.
 */

/** An element: local name, attributes by local name, children in order. */
export interface XmlElement {
  name: string
  readonly attrs: Record<string, string>
  children: XmlNode[]
}

/**
 * An element whose attributes are read when first asked for: most of a Word
 * file's elements are formatting nobody reads here, and reading every
 * attribute of every one took most of the parse.
 */
class LazyElement implements XmlElement {
  children: XmlNode[] = []
  private parsed: Record<string, string> | undefined

  constructor(
    readonly name: string,
    private readonly source: string,
  ) {}

  get attrs(): Record<string, string> {
    return (this.parsed ??= this.source === '' ? {} : readAttributes(this.source))
  }
}

export type XmlNode = XmlElement | string

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** `&lt;` `&#x4E00;` `&#19968;` → characters; an unknown entity stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

const localName = (qualified: string): string => qualified.slice(qualified.indexOf(':') + 1)

/** Thrown on XML too broken to read (an unclosed tag or comment). */
export class XmlError extends Error {
  override name = 'XmlError'
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r'

/** `name="value"` pairs of a tag, read left to right (no regular expression: one pass, no backtracking); a name without a quoted value is skipped. */
function readAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  const n = source.length
  let i = 0
  while (i < n) {
    while (i < n && isSpace(source[i])) i++
    const start = i
    while (i < n && source[i] !== '=' && !isSpace(source[i])) i++
    const name = source.slice(start, i)
    while (i < n && isSpace(source[i])) i++
    if (source[i] !== '=') {
      // A stray word or `/`: step over it.
      if (i === start) i++
      continue
    }
    i++
    while (i < n && isSpace(source[i])) i++
    const quote = source[i]
    if (quote !== '"' && quote !== "'") continue
    const close = source.indexOf(quote, i + 1)
    if (close < 0) break
    if (name) attrs[localName(name)] = decodeEntities(source.slice(i + 1, close))
    i = close + 1
  }
  return attrs
}

/** End of the tag that opens at `start` (`<`), skipping `>` inside quoted attribute values. */
function tagEnd(xml: string, start: number): number {
  // Fast path: no quote before the first `>`, or only whole pairs of `"` (the common case, and `>` is escaped in values).
  const gt = xml.indexOf('>', start)
  if (gt < 0) throw new XmlError(`unclosed tag at ${start}`)
  const tag = xml.slice(start, gt)
  let quotes = 0
  for (let i = tag.indexOf('"'); i >= 0; i = tag.indexOf('"', i + 1)) quotes++
  if (quotes % 2 === 0 && !tag.includes("'")) return gt
  let quote = ''
  for (let i = start + 1; i < xml.length; i++) {
    const c = xml[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return i
  }
  throw new XmlError(`unclosed tag at ${start}`)
}

function skipTo(xml: string, from: number, end: string): number {
  const at = xml.indexOf(end, from)
  if (at < 0) throw new XmlError(`unclosed ${end === '-->' ? 'comment' : 'section'} at ${from}`)
  return at + end.length
}

/**
 * Parse XML into a tree and return the root element. Elements named in
 * `skip` (local names) are left out with all they hold, without reading
 * them: the formatting of a styles part is most of it, and of no use here.
 * Text is kept only inside elements (what lies between top-level declarations is ignored);
 * a close tag that matches no open one is ignored, and elements left open
 * at the end are closed, so a truncated part yields what it holds.
 *
 * @example
 * ```ts
 * parseXml('<w:p><w:r><w:t>一、</w:t></w:r></w:p>').children[0] // { name: 'r', … }
 * ```
 */
export function parseXml(xml: string, skip?: ReadonlySet<string>): XmlElement {
  const root: XmlElement = new LazyElement('#document', '')
  const stack: XmlElement[] = [root]
  let i = 0
  while (i < xml.length) {
    const lt = xml.indexOf('<', i)
    const textEnd = lt < 0 ? xml.length : lt
    if (textEnd > i && stack.length > 1) stack[stack.length - 1]!.children.push(decodeEntities(xml.slice(i, textEnd)))
    if (lt < 0) break
    if (xml.startsWith('<!--', lt)) i = skipTo(xml, lt + 4, '-->')
    else if (xml.startsWith('<![CDATA[', lt)) {
      const end = skipTo(xml, lt + 9, ']]>')
      if (stack.length > 1) stack[stack.length - 1]!.children.push(xml.slice(lt + 9, end - 3))
      i = end
    } else if (xml[lt + 1] === '?' || xml[lt + 1] === '!') i = tagEnd(xml, lt) + 1
    else if (xml[lt + 1] === '/') {
      const end = tagEnd(xml, lt)
      const name = localName(xml.slice(lt + 2, end).trim())
      let at = stack.length - 1
      while (at > 0 && stack[at]!.name !== name) at--
      if (at > 0) stack.length = at
      i = end + 1
    } else {
      const end = tagEnd(xml, lt)
      const selfClosing = xml[end - 1] === '/'
      const body = xml.slice(lt + 1, selfClosing ? end - 1 : end)
      const space = body.search(/\s/)
      const qualified = space < 0 ? body : body.slice(0, space)
      const element = new LazyElement(localName(qualified), space < 0 ? '' : body.slice(space))
      if (skip?.has(element.name)) {
        // Skipped elements do not nest in themselves (rPr, tblPr, latentStyles…): the first close tag ends them.
        const close = selfClosing ? end : xml.indexOf(`</${qualified}>`, end)
        i = close < 0 ? xml.length : selfClosing ? end + 1 : close + qualified.length + 3
        continue
      }
      stack[stack.length - 1]!.children.push(element)
      if (!selfClosing) stack.push(element)
      i = end + 1
    }
  }
  return root
}

/** The first child element named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) return c
  return undefined
}

/** Every child element named `name`. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return []
  const out: XmlElement[] = []
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) out.push(c)
  return out
}

/** `w:val` of the child element `name` (`<w:numId w:val="5"/>` → `'5'`). */
export const valOf = (element: XmlElement | undefined, name: string): string | undefined => child(element, name)?.attrs.val

/**
 * Is a toggle property on? `<w:vanish/>` and `<w:vanish w:val="true"/>` are,
 * `<w:vanish w:val="0"/>` is not, nor is an absent one.
 */
export function isOn(element: XmlElement | undefined, name: string): boolean {
  const c = child(element, name)
  if (!c) return false
  const v = c.attrs.val
  return v === undefined || !(v === '0' || v === 'false' || v === 'off')
}
