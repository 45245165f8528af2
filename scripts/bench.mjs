#!/usr/bin/env node
/**
 * `npm run bench`: the performance budget of issue 7, measured on the built
 * package (run `npm run build` first; the npm script does). Prints a Markdown
 * table and writes the same rows as JSON to bench-results.json (git-ignored).
 *
 * Options: `--quick` for inputs of at most 1 MB and short timings, to check
 * that the bench works without waiting for it; `--entry=FILE` to measure
 * another build (a copy of dist/ from before a change); `--only=plain,startup`
 * to run some figures (plain, markdown, startup, memory, bundle, diff, pdf).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { environment, runBench } from '../bench/run.mjs'
import { toJson, toTable } from '../bench/report.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
const entry = option('entry') ?? `${root}dist/index.js`
const seedPath = `${root}fixtures/ip-plan-2021-2022.txt`
const quick = process.argv.includes('--quick')
const { parsePlan } = await import(pathToFileURL(entry).href)
// The diff lives on the analytics subpath, built beside the entry.
const { diffPlans } = await import(pathToFileURL(entry.replace(/index\.js$/, 'analytics.js')).href)

const env = environment()
const pdf = await pdfReader()
const rows = await runBench({
  parsePlan,
  seed: readFileSync(seedPath, 'utf8'),
  seedPath,
  entry,
  plainSizes: quick ? [0.25, 1] : [1, 4, 16],
  markdownSizes: quick ? [0.25] : [1, 4],
  memoryMb: quick ? 1 : 16,
  timing: quick ? { rounds: 1, time: 100, iterations: 2 } : { rounds: 3, time: 500, iterations: 3 },
  markdownTiming: quick ? { rounds: 1, time: 0, iterations: 1 } : { rounds: 1, time: 0, iterations: 3 },
  startupTiming: quick ? { rounds: 1, time: 500, iterations: 3 } : { rounds: 3, time: 2000, iterations: 10 },
  diffPlans,
  edition: readFileSync(`${root}fixtures/ip-plan-2023.txt`, 'utf8'),
  diffSizes: quick ? [0.25, 1] : [1, 4],
  diffTiming: quick ? { rounds: 1, time: 0, iterations: 1 } : { rounds: 3, time: 0, iterations: 3 },
  pdf,
  pdfTiming: quick ? { rounds: 1, time: 0, iterations: 1 } : { rounds: 3, time: 0, iterations: 5 },
  only: option('only')?.split(','),
  progress: (name) => process.stderr.write(`bench: ${name}…\n`),
})

pdf?.cleanup()
const out = `${root}bench-results.json`
writeFileSync(out, toJson(rows, env))
console.log(`Node ${env.node}, ${env.cores} × ${env.cpu}, ${env.platform}, ${env.date}\n`)
console.log(toTable(rows))
const failed = rows.filter((row) => row.pass === false)
console.log(`\n${failed.length === 0 ? 'Every budget met' : `${failed.length} budget(s) NOT met`}; rows written to bench-results.json`)

/**
 * Figure 7's reader: the build's `parseDocument` when it has one; before
 * that lands, the PDF reader bundled from source and parsePlan after it.
 */
async function pdfReader() {
  const files = ['ip-plan.pdf', 'ip-plan-cid.pdf'].map((name) => `${root}fixtures/documents/${name}`)
  const built = await import(pathToFileURL(entry).href)
  if (typeof built.parseDocument === 'function') {
    return { toTree: (bytes) => built.parseDocument(bytes), subject: 'parseDocument(pdf)', files, cleanup() {} }
  }
  const { build } = await import('esbuild')
  // Inside the project, so the bundle finds unpdf and pdfjs-dist in node_modules.
  const dir = mkdtempSync(`${root}.bench-pdf-`)
  const outfile = `${dir}/read-pdf.mjs`
  await build({ entryPoints: [`${root}src/document/pdf/read-pdf.ts`], bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile, logLevel: 'silent' })
  const { readPdf } = await import(pathToFileURL(outfile).href)
  return {
    toTree: async (bytes) => parsePlan((await readPdf(bytes)).text),
    subject: 'readPdf + parsePlan',
    files,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  }
}
