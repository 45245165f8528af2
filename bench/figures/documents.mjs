/**
 * Figure 9, documents: the time from a Word file's bytes to the plan tree
 * (`parseDocument`), beside the time its reader alone takes to extract the
 * text (the reader's chunk of the build, found next to the entry). The
 * extractor should cost less than parsing what it extracts: at most half the
 * time to the tree.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { sideBySide } from '../measure.mjs'

/** Each format measured: its file, and the reader's chunk and function in the build. */
export const DOCUMENTS = [
  { format: 'docx', file: 'fixtures/documents/ip-plan-autonum.docx', chunk: /^read-docx-[\w-]+\.js$/, reader: 'readDocx' },
  { format: 'doc', file: 'fixtures/documents/ip-plan.doc', chunk: /^read-doc-[\w-]+\.js$/, reader: 'readDoc' },
]

/**
 * @param {{ entry: string, root: string, timing: object, share?: number }} options the built ESM entry (dist/index.js),
 *   the repository (for the fixtures), tinybench timing, and the largest share of the time to the tree the extractor may take
 * @returns {Promise<object[]>} one row per format whose reader is in the build
 */
export async function documentsFigure({ entry, root, timing, share = 0.5 }) {
  const { parseDocument } = await import(pathToFileURL(entry).href)
  const chunks = readdirSync(dirname(entry))
  const rows = []
  for (const { format, file, chunk, reader } of DOCUMENTS) {
    const name = chunks.find((f) => chunk.test(f))
    if (!name || !parseDocument) continue
    const extract = (await import(pathToFileURL(join(dirname(entry), name)).href))[reader]
    const bytes = new Uint8Array(readFileSync(join(root, file)))
    const plan = await parseDocument(bytes)
    const t = await sideBySide({ parseDocument: () => parseDocument(bytes), extractor: () => extract(bytes) }, timing)
    const ratio = t.extractor.ms / t.parseDocument.ms
    rows.push({
      figure: `document (${format})`,
      input: file.replace(/^.*\//, ''),
      bytes: bytes.length,
      subject: 'parseDocument (to the tree)',
      subjectMs: t.parseDocument.ms,
      baseline: `${reader} alone`,
      baselineMs: t.extractor.ms,
      ratio,
      budget: `extractor ≤ ${share * 100}% of the time to the tree`,
      pass: ratio <= share,
      note: `${plan.source?.text.length ?? 0} characters extracted`,
    })
  }
  return rows
}
