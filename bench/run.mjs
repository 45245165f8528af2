/**
 * Run every figure of the performance budget and collect their rows. The
 * sizes and timing are parameters so the smoke test can run the same code on
 * tiny inputs in a second.
 */
import os from 'node:os'
import { bundleFigure } from './figures/bundle.mjs'
import { diffFigure } from './figures/diff.mjs'
import { markdownFigure } from './figures/markdown.mjs'
import { memoryFigure } from './figures/memory.mjs'
import { pdfFigure } from './figures/pdf.mjs'
import { plainFigure } from './figures/plain.mjs'
import { startupFigure } from './figures/startup.mjs'

/** Where the bench ran, printed with the table so figures can be compared. */
export function environment() {
  const cpus = os.cpus()
  return { node: process.version, cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, platform: `${os.platform()} ${os.arch()}`, date: new Date().toISOString() }
}

/**
 * @param {object} options
 * @param {Function} options.parsePlan the parser to measure (the built one for real runs)
 * @param {string} options.seed the seed plan's text
 * @param {string} [options.seedPath] its file, for the start-up and memory figures
 * @param {string} [options.entry] the built ESM entry, for the start-up, memory and bundle figures
 * @param {number[]} options.plainSizes synthetic plain-text sizes in MB
 * @param {number[]} options.markdownSizes synthetic Markdown sizes in MB
 * @param {number} [options.memoryMb] size of the plan the memory figure parses
 * @param {object} options.timing rounds, time and iterations for {@link sideBySide}
 * @param {object} [options.markdownTiming] the same for the Markdown figure's synthetic plans (remark takes seconds per MB); its seed rows use `timing`
 * @param {object} [options.startupTiming] the same for the start-up figure, whose runs are slow
 * @param {Function} [options.diffPlans] the diff to measure (from the same build's analytics entry); with `edition`, adds figure 6
 * @param {string} [options.edition] a later edition of the seed, for the diff figure
 * @param {number[]} [options.diffSizes] synthetic sizes in MB for the diff figure
 * @param {object} [options.diffTiming] timing for the diff figure's synthetic plans
 * @param {{ toTree: Function, subject: string, files: string[] }} [options.pdf] with it, figure 7: PDF bytes to the tree beside pdf.js's extraction
 * @param {object} [options.pdfTiming] timing for the PDF figure (a read takes a good part of a second)
 * @param {string[]} [options.only] run only these figures: plain, markdown, startup, memory, bundle, diff, pdf
 * @param {(name: string) => void} [options.progress] told which figure starts
 * @returns {Promise<object[]>} every row, figures 1 to 7
 */
export async function runBench(options) {
  const { parsePlan, seed, seedPath, entry, plainSizes, markdownSizes, memoryMb, timing, markdownTiming = timing, startupTiming = timing, only, progress = () => {}, diffPlans, edition, diffSizes = [], diffTiming = timing, pdf, pdfTiming = timing } = options
  const wanted = (name) => only === undefined || only.includes(name)
  const rows = []
  if (wanted('plain')) {
    progress('plain text')
    rows.push(...(await plainFigure({ parsePlan, seed, sizes: plainSizes, timing })))
  }
  if (wanted('markdown')) {
    progress('markdown')
    rows.push(...(await markdownFigure({ parsePlan, seed, sizes: markdownSizes, timing: markdownTiming, seedTiming: timing })))
  }
  if (entry && seedPath) {
    if (wanted('startup')) {
      progress('start-up')
      rows.push(...(await startupFigure({ entry, seedPath, timing: startupTiming })))
    }
    if (memoryMb && wanted('memory')) {
      progress('memory')
      rows.push(...memoryFigure({ entry, seedPath, mb: memoryMb }))
    }
    if (wanted('bundle')) {
      progress('bundle')
      rows.push(...(await bundleFigure({ entry })).rows)
    }
  }
  if (diffPlans && edition && wanted('diff')) {
    progress('diff')
    rows.push(...(await diffFigure({ parsePlan, diffPlans, seed, edition, sizes: diffSizes, timing: diffTiming, seedTiming: timing })))
  }
  if (pdf && wanted('pdf')) {
    progress('pdf')
    rows.push(...(await pdfFigure({ ...pdf, timing: pdfTiming })))
  }
  return rows
}
