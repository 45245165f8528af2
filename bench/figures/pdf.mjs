/**
 * Figure 7, PDF: the time from a PDF's bytes to the plan's tree beside
 * pdf.js's own text extraction (unpdf's `extractText`) on the same bytes,
 * so the cost of rebuilding lines, paragraphs and tables (and parsing) shows
 * against the extractor it stands on. No budget: measured for reference.
 */
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { extractText, getDocumentProxy } from 'unpdf'
import { sideBySide } from '../measure.mjs'

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))

/** The same local CMaps the reader uses, so the extractor reads the non-embedded font too (and as much). */
class LocalData {
  fetch({ kind, filename }) {
    return readFile(join(pdfjsDir, kind === 'cMapUrl' ? 'cmaps' : 'standard_fonts', filename)).then((b) => new Uint8Array(b))
  }
}

/**
 * @param {{ toTree: (bytes: Uint8Array) => Promise<{ children: unknown[] }>, subject: string, files: string[], timing: object }} options
 *   `toTree` reads the bytes into a plan (parseDocument, or readPdf then parsePlan); `files` are PDF paths.
 * @returns {Promise<object[]>} one row per file
 */
export async function pdfFigure({ toTree, subject, files, timing }) {
  const rows = []
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file))
    const t = await sideBySide(
      {
        tree: () => toTree(bytes.slice()),
        extractor: async () => extractText(await getDocumentProxy(bytes.slice(), { verbosity: 0, BinaryDataFactory: LocalData, useWorkerFetch: false }), { mergePages: true }),
      },
      timing,
    )
    rows.push({
      figure: 'pdf',
      input: file.split('/').pop(),
      bytes: bytes.length,
      subject,
      subjectMs: t.tree.ms,
      baseline: 'unpdf extractText alone (same CMaps)',
      baselineMs: t.extractor.ms,
      ratio: t.tree.ms / t.extractor.ms,
      budget: 'none (measured for reference)',
      pass: null,
      note: '',
    })
  }
  return rows
}
