/**
 * The transformations a plan goes through on its way to an analyst, applied
 * to a plain-text plan: Markdown, HTML, bytes, web and PDF copies. Written
 * for the tests only; each returns the variant as a string or bytes.
 */
import * as OpenCC from 'opencc-js/cn2t'

const CHAPTER = /^([一二三四五六七八九十]+)、/
const SECTION = /^（[一二三四五六七八九十]+）/
const TASK = /^([0-9]+) ?[.．] ?/

const lines = (text: string) => text.split('\n')

/** `## 一、…`, `### （一）…`, tasks kept as paragraphs (`1\.` so Markdown does not make them lists). */
export function markdownHeadings(text: string): string {
  return lines(text)
    .map((line) => {
      if (CHAPTER.test(line)) return `## ${line}`
      if (SECTION.test(line)) return `### ${line}`
      return line.replace(TASK, (_, n: string) => `${n}\\. `)
    })
    .join('\n')
}

/** `# 一、…`, sections as bold paragraphs, tasks as ordered list items (no blank lines between items). */
export function markdownLists(text: string): string {
  const out: string[] = []
  for (const line of lines(text)) {
    if (CHAPTER.test(line)) out.push(`# ${line}`, '')
    else if (SECTION.test(line)) out.push(`**${line}**`, '')
    else if (TASK.test(line)) out.push(line.replace(TASK, (_, n: string) => `${n}. `))
    else if (line.trim() === '') {
      if (!TASK.test(out[out.length - 1] ?? '')) out.push('')
    } else out.push('', line, '')
  }
  return out.join('\n')
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A government page: head, script, one `<p>` per paragraph indented with `&nbsp;` or `　`. */
export function html(text: string): string {
  const body = lines(text)
    .filter((line) => line.trim() !== '')
    .map((line, i) => `<p style="text-indent:2em">${i % 2 ? '&nbsp;&nbsp;' : '　　'}${escapeHtml(line)}</p>`)
    .join('\n')
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>推进计划</title><script>var a = "一、不是正文";</script></head>\n<body><div class="article">\n${body}\n</div></body></html>\n`
}

const cn2tw = OpenCC.Converter({ from: 'cn', to: 'tw' })
const cn2hk = OpenCC.Converter({ from: 'cn', to: 'hk' })
/** Traditional characters, Taiwan forms, as reposting sites serve them. */
export const traditional = (text: string) => cn2tw(text)
/** Traditional characters, Hong Kong forms. */
export const hongKong = (text: string) => cn2hk(text)

/** ASCII brackets, commas, colons and semicolons everywhere. */
export const asciiPunctuation = (text: string) => text.replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';')

/** Everything from the first chapter to the last task on one line, items separated by a space. */
export function flattened(text: string): string {
  const all = lines(text)
  const first = all.findIndex((l) => CHAPTER.test(l))
  let last = all.length - 1
  while (last > first && !TASK.test(all[last] as string)) last--
  // A line cut by a page break goes on without a space, as the web page shows it.
  const body = all
    .slice(first, last + 1)
    .filter((l) => l.trim() !== '')
    .map((l, i) => (i > 0 && (CHAPTER.test(l) || SECTION.test(l) || TASK.test(l)) ? ` ${l}` : l))
  return [...all.slice(0, first), body.join(''), ...all.slice(last + 1)].join('\n')
}

/**
 * The whole page on one line, title and closing rule included, as some sites
 * serve it: a space before each marker and after each finished sentence, none
 * where a page break cut a line.
 */
export function flattenedWhole(text: string): string {
  const kept = lines(text).filter((l) => l.trim() !== '')
  return kept
    .map((l, i) => (i > 0 && (CHAPTER.test(l) || SECTION.test(l) || TASK.test(l) || /[。；）]$/.test(kept[i - 1] as string)) ? ` ${l}` : l))
    .join('')
}

/** Text pulled out of a PDF: hard-wrapped every `width` characters, a blank line after each line, a footer every `page` lines. */
export function pdfCopy(text: string, width = 30, page = 25): string {
  const out: string[] = []
  let count = 0
  for (const line of lines(text)) {
    for (let i = 0; i < line.length; i += width) {
      out.push(line.slice(i, i + width), '')
      if (++count % page === 0) out.push(count % (2 * page) === 0 ? `- ${count / page} -` : `— ${count / page} —`, '')
    }
  }
  return out.join('\n')
}

const SYLLABLES = ['rén', 'mín', 'zhī', 'shí', 'chǎn', 'quán', 'guó', 'jiā']
/** Pinyin after every 13th Han character, as some reposting sites inject it. */
export function pinyin(text: string): string {
  let n = 0
  return lines(text)
    .map((line) => {
      let out = ''
      for (let i = 0; i < line.length; i++) {
        const ch = line[i] as string
        out += ch
        // Not inside the marker: `一(yī)、` would no longer be a chapter.
        if (i >= 4 && /[\u4e00-\u9fff]/.test(ch) && ++n % 13 === 0) out += `(${SYLLABLES[n % SYLLABLES.length]})`
      }
      return out
    })
    .join('\n')
}

export const crlf = (text: string) => text.replace(/\n/g, '\r\n')

/** `一 完善…`: a space instead of `、`; ideographic-space indents; full-width task numbers; NBSP after markers. */
export function spaced(text: string): string {
  const wide = (n: string) => n.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))
  return lines(text)
    .map((line) => {
      if (CHAPTER.test(line)) return line.replace(CHAPTER, (_, n: string) => `${n} `)
      if (TASK.test(line)) return `\u3000\u3000${line.replace(TASK, (_, n: string) => `${wide(n)}．\u00a0`)}`
      return line
    })
    .join('\n')
}

export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = Buffer.from(`\ufeff${text}`, 'utf16le')
  if (endian === 'be') bytes.swap16()
  return new Uint8Array(bytes)
}

let gbTable: Map<string, number[]> | null = null
/** Node decodes GB18030 but cannot encode it: build the two-byte table by decoding every pair. */
export function gb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map()
    const decoder = new TextDecoder('gb18030')
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue
        const ch = decoder.decode(new Uint8Array([lead, trail]))
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [lead, trail])
      }
    }
  }
  const out: number[] = []
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (code < 0x80) out.push(code)
    else {
      const pair = gbTable.get(ch)
      if (!pair) throw new Error(`no two-byte GB18030 code for ${ch}`)
      out.push(...pair)
    }
  }
  return new Uint8Array(out)
}
