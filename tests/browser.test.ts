/**
 * The package in a browser: a page bundled by esbuild and by Vite, and the
 * playground, run in headless Chromium (from @sparticuz/chromium, installed
 * by `npm install`). One browser and one build of each page for the file.
 * Needs the build (dist/), as `npm test` makes it first.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { ConverterFactory } from 'opencc-js/core'
import STCharacters from 'opencc-js/dict/STCharacters'
import type { Browser, Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { bundleWithEsbuild, bundleWithVite, buildPlayground } from './helpers/browser/bundle.js'
import { launchChromium } from './helpers/browser/chromium.js'
import { serve } from './helpers/browser/serve.js'

const seed = await readFile('fixtures/ip-plan-2021-2022.txt', 'utf8')
const SEED_COUNTS = { chapters: 7, sections: 11, tasks: 115, assignments: 235, errors: 0 }

// Generous: the first launch unpacks Chromium, and the machine may be busy.
const SETUP_MS = 240_000
const STEP_MS = 60_000
const TEST_MS = 2 * STEP_MS

let dir = ''
let browser: Browser
let server: Server
let base = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cn-plan-browser-'))
  // Settled all, so that a browser launched beside a failed build is still closed.
  const steps = await Promise.allSettled([
    launchChromium().then((launched) => (browser = launched)),
    bundleWithEsbuild(join(dir, 'esbuild')),
    bundleWithVite(join(dir, 'vite')),
    buildPlayground(join(dir, 'playground')),
  ])
  for (const step of steps) if (step.status === 'rejected') throw step.reason
  ;({ server, url: base } = await serve(dir))
}, SETUP_MS)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  if (dir) await rm(dir, { recursive: true, force: true })
})

/**
 * A new tab on `path`, once `selector` is on it. An error the page throws or
 * logs fails the wait at once (with its message), and is kept in `errors`.
 */
async function open(path: string, selector: string, errors: string[]): Promise<Page> {
  const page = await browser.newPage()
  const failed = new Promise<never>((_, reject) => {
    page.on('pageerror', (error) => {
      errors.push(String(error))
      reject(error)
    })
  })
  failed.catch(() => {})
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto(base + path)
  await Promise.race([page.waitForSelector(selector, { timeout: STEP_MS }), failed])
  return page
}

/** The seed as Markdown: headings for chapters and sections, a blank line between paragraphs. */
function seedAsMarkdown(): string {
  return seed
    .split('\n')
    .map((line) => (/^[一二三四五六七八九十]+、/.test(line) ? `## ${line}` : /^（[一二三四五六七八九十]+）/.test(line) ? `### ${line}` : line))
    .join('\n\n')
}

/** The seed as HTML: a heading per chapter and section, a paragraph per other line, `<` and `&` escaped. */
function seedAsHtml(): string {
  const escape = (line: string) => line.replaceAll('&', '&amp;').replaceAll('<', '&lt;')
  const body = seed
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (/^[一二三四五六七八九十]+、/.test(line) ? `<h2>${escape(line)}</h2>` : /^（[一二三四五六七八九十]+）/.test(line) ? `<h3>${escape(line)}</h3>` : `<p>${escape(line)}</p>`))
  return `<!doctype html><html><head><meta charset="utf-8"><title>计划</title></head><body>\n${body.join('\n')}\n</body></html>`
}

test('the browser build imports only the packages it depends on: no Node built-in, and csv-stringify\'s browser build', async () => {
  const files = (await readdir('dist/browser')).filter((file) => file.endsWith('.js'))
  const imported = new Set<string>()
  for (const file of files) {
    const code = await readFile(join('dist/browser', file), 'utf8')
    for (const [, specifier] of code.matchAll(/(?:^|[\s;])(?:from|import)\s*\(?\s*"([^".][^"]*)"/g)) imported.add(specifier as string)
  }
  expect([...imported].sort()).toEqual([
    'csv-stringify/browser/esm/sync',
    'entities/decode',
    // The Word and PDF readers, in chunks parseDocument loads only when such bytes arrive.
    'fflate',
    'opencc-js/core',
    'opencc-js/dict/HKVariantsRev',
    'opencc-js/dict/TSCharacters',
    'parse5',
    'remark-cjk-friendly',
    'remark-parse',
    'unified',
    'unpdf',
    'zod',
  ])
})

describe.each(['esbuild', 'vite'])('a page bundled by %s', (bundler) => {
  test(
    'parses the seed as text, as Markdown, as HTML and in traditional characters',
    async () => {
      const errors: string[] = []
      const page = await open(`${bundler}/`, 'body[data-ready="true"]', errors)
      const counts = (text: string, format: string) => page.evaluate((t, f) => (globalThis as unknown as { planCounts: (t: string, f: string) => unknown }).planCounts(t, f), text, format)
      const traditional = ConverterFactory([STCharacters])(seed)
      // The conversion did change the text: 知识产权 → 知識產權.
      expect(traditional).toContain('知識產權')
      expect(await counts(seed, 'auto')).toEqual(SEED_COUNTS)
      expect(await counts(seedAsMarkdown(), 'markdown')).toEqual(SEED_COUNTS)
      expect(await counts(seedAsHtml(), 'html')).toEqual(SEED_COUNTS)
      expect(await counts(traditional, 'auto')).toEqual(SEED_COUNTS)
      expect(errors).toEqual([])
      await page.close()
    },
    TEST_MS,
  )
})

/** Put `text` in the playground's box as a paste does, and wait for the worker's answer. */
async function paste(page: Page, text: string): Promise<void> {
  // A marker the answer replaces: the state of an earlier answer is not this one's.
  await page.$eval('body', (body) => (body.dataset.state = 'pasted'))
  await page.$eval('#input', (box, t) => {
    // (The DOM's types are not the test's: a text area has a value.)
    ;(box as unknown as { value: string }).value = t
    box.dispatchEvent(new Event('input', { bubbles: true }))
  }, text)
  await page.waitForSelector('body[data-state="done"]', { timeout: STEP_MS })
}

/** Click `button` and resolve to the text of the file the page downloads, saved in a folder of its own. */
async function downloadOf(page: Page, button: string): Promise<{ name: string; text: string }> {
  const folder = await mkdtemp(join(dir, 'download-'))
  const session = await browser.target().createCDPSession()
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder, eventsEnabled: true })
  const done = new Promise<void>((resolve, reject) => {
    session.on('Browser.downloadProgress', (event) => {
      if (event.state === 'completed') resolve()
      else if (event.state === 'canceled') reject(new Error('download canceled'))
    })
  })
  await page.click(button)
  await done
  await session.detach()
  const [name = ''] = await readdir(folder)
  return { name, text: await readFile(join(folder, name), 'utf8') }
}

/** The text of every element matching `selector` that is not hidden (nor inside a hidden one). */
function shown(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => elements.filter((e) => !e.closest('[hidden]')).map((e) => e.textContent ?? ''))
}

describe('the playground', () => {
  test(
    'shows the seed as a tree and a department table, filters, downloads CSV and JSON, and shows diagnostics on their line',
    async () => {
      const errors: string[] = []
      const page = await open('playground/', '#input', errors)
      await paste(page, seed)
      // The README's picture, as the page first shows the seed.
      const png = await page.screenshot({ type: 'png' })
      expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
      // Written only when asked, as golden files are.
      if (process.env.UPDATE) await writeFile('docs/playground.png', png)

      // The tree: every chapter, section and task, task 1 with its lead and participants.
      const count = (type: string) => page.$$eval(`.tree .unit[data-type="${type}"]`, (units) => units.length)
      expect([await count('chapter'), await count('section'), await count('task')]).toEqual([7, 11, 115])
      const task1 = '.unit[data-unit="c1.s1.t1"]'
      expect(await page.$eval(`${task1} .words`, (e) => e.textContent)).toMatch(/^推进修订《中华人民共和国反垄断法》/)
      expect(await page.$eval(`${task1} .lead`, (e) => e.textContent)).toBe('市场监管总局')
      expect(await page.$eval(`${task1} .participants`, (e) => e.textContent)).toBe('农业农村部、知识产权局')

      // The table: 40 departments, most units led first; 知识产权局 leads 36 notes
      // (counted with grep: notes starting with it), joins 33, 15 of them 按职责分工负责.
      const rows = () => page.$$eval('table.departments tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent)))
      const table = await rows()
      expect(table).toHaveLength(40)
      expect(table[0]).toEqual(['知识产权局', '36', '33', '15'])
      const led = table.map((row) => Number(row[1]))
      expect(led).toEqual([...led].sort((a, b) => b - a))
      expect(await page.$eval('th[data-sort="led"]', (th) => th.ariaSort)).toBe('descending')
      expect(table.find((row) => row[0] === '市场监管总局')).toEqual(['市场监管总局', '4', '8', '3'])
      // Sorted by units joined, most first; a second click reverses.
      await page.click('th[data-sort="joined"] button')
      const joined = (await rows()).map((row) => Number(row[2]))
      expect(joined).toEqual([...joined].sort((a, b) => b - a))
      expect((await rows())[0]?.[0]).toBe('知识产权局')
      await page.click('th[data-sort="joined"] button')
      const reversed = (await rows()).map((row) => Number(row[2]))
      expect(reversed).toEqual([...joined].sort((a, b) => a - b))
      expect(await page.$eval('th[data-sort="joined"]', (th) => th.ariaSort)).toBe('ascending')

      // A click on 市场监管总局 leaves its 12 tasks (4 led, 8 joined) and what they sit in.
      const [department] = await page.$$('xpath/.//button[contains(@class, "department") and text()="市场监管总局"]')
      await department?.click()
      const tasks = await page.$$eval('.tree .unit[data-type="task"]', (units) => units.filter((u) => !u.closest('[hidden]')).map((u) => u.getAttribute('data-unit')))
      expect(tasks).toHaveLength(12)
      expect(tasks[0]).toBe('c1.s1.t1')
      expect(await shown(page, '.tree .unit[data-type="chapter"] > summary .words')).toContain('完善知识产权制度')
      // Clicked again: every unit again.
      await department?.click()
      expect(await shown(page, '.tree .unit[data-type="task"] > .line, .tree .unit[data-type="task"] > summary')).toHaveLength(115)

      // CSV for Excel: a BOM, a header, one row per task × department, as toRows writes them.
      const csv = await downloadOf(page, '#download-csv')
      expect(csv.name).toBe('plan.csv')
      expect(csv.text.startsWith('\uFEFFchapter,chapterTitle,')).toBe(true)
      const records = parseCsv(csv.text, { bom: true, columns: true }) as Array<Record<string, string>>
      expect(records).toHaveLength(235)
      expect(records.slice(0, 3).map((r) => [r.taskId, r.department, r.role])).toEqual([
        ['c1.s1.t1', '市场监管总局', 'lead'],
        ['c1.s1.t1', '农业农村部', 'participant'],
        ['c1.s1.t1', '知识产权局', 'participant'],
      ])
      const json = await downloadOf(page, '#download-json')
      expect(json.name).toBe('plan.json')
      const plan = JSON.parse(json.text) as { type: string; children: Array<{ type: string }> }
      expect([plan.type, plan.children.filter((c) => c.type === 'chapter').length]).toEqual(['plan', 7])

      // The seed has no diagnostics; the page says so.
      expect(await page.$eval('#diagnostics', (e) => e.textContent)).toBe('No diagnostics.')

      // A task with no note: one diagnostic at 2:1, its line shown with the span marked.
      await paste(page, '一、总体要求\n1. 加强领导')
      const items = await page.$$eval('#diagnostics li', (lis) => lis.map((li) => [li.dataset.rule, li.querySelector('.place')?.textContent, li.querySelector('mark')?.textContent]))
      expect(items).toEqual([['missing-responsibility', '2:1', '1. 加强领导']])

      // A file opened: Markdown by its extension (the second plan: 3 chapters, 4 sections, 15 tasks).
      await page.$eval('body', (body) => (body.dataset.state = 'opening'))
      const [chooser] = await page.$$('#file')
      await chooser?.uploadFile('fixtures/inputs/plan-b.headings.md')
      await page.waitForSelector('body[data-state="done"]', { timeout: STEP_MS })
      expect(await page.$eval('#format', (select) => (select as unknown as { value: string }).value)).toBe('markdown')
      expect([await count('chapter'), await count('section'), await count('task')]).toEqual([3, 4, 15])
      // A Word file, read by parseDocument in the worker: the seed's tree, and the text read out of it in the box.
      await page.$eval('body', (body) => (body.dataset.state = 'opening'))
      await chooser?.uploadFile('fixtures/documents/ip-plan-autonum.docx')
      await page.waitForSelector('body[data-state="done"]', { timeout: STEP_MS })
      expect([await count('chapter'), await count('section'), await count('task')]).toEqual([7, 11, 115])
      expect(await page.$eval('#input', (box) => (box as unknown as { value: string }).value.includes('推进修订《中华人民共和国反垄断法》'))).toBe(true)
      expect(await page.$eval('#format', (select) => (select as unknown as { value: string }).value)).toBe('text')
      expect(errors).toEqual([])
      await page.close()
    },
    TEST_MS,
  )
})
