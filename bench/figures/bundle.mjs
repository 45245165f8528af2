/**
 * Figure 5, bundle, and the import check of figure 3: esbuild bundles what
 * `import { parsePlan } from 'cn-plan-parser'` pulls in (minified, UTF-8
 * output so Chinese is not escaped); the size is gzipped, and the metafile
 * says which packages came along; the baseline is unified + remark-parse
 * bundled the same way. zod and OpenCC must not load on import,
 * and the simplified→traditional dictionaries must never be imported.
 */
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

/** Packages that must not be imported eagerly by the parser. */
const NOT_ON_IMPORT = ['zod', 'opencc-js']
/** Import paths that must never appear: full OpenCC and its cn→t dictionaries. */
const NEVER = ['opencc-js', 'opencc-js/cn2t']

/**
 * The document readers' packages: reached only through parseDocument's
 * dynamic import(), so they ship nothing with `import { parsePlan }`, but
 * esbuild would still read and minify pdf.js (seconds) to find that out.
 * tests/document/module-graph.test.ts checks they never load on import.
 */
const DOCUMENT_READERS = ['unpdf', 'pdfjs-dist', 'fflate', 'word-extractor']

function packageOf(path) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
  return m ? m[1] : null
}

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    charset: 'utf8',
    external: DOCUMENT_READERS,
    metafile: true,
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].contents
  // Files that put code in the output: a package reached only through a dynamic import() of code tree-shaken away (the document readers) ships nothing.
  const shipped = Object.entries(Object.values(result.metafile.outputs)[0].inputs).filter(([, input]) => input.bytesInOutput > 0).map(([file]) => file)
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, inputs: result.metafile.inputs, shipped }
}

/** The baseline: what a user who reached for remark instead would ship. */
const REMARK = `export { unified } from 'unified'\nexport { default as remarkParse } from 'remark-parse'`

/**
 * @param {{ entry: string, names?: string[] }} options the built ESM entry
 *   (dist/index.js) or a source entry, and the names imported from it
 * @returns {Promise<{ rows: object[], packages: string[], problems: string[] }>}
 */
export async function bundleFigure({ entry, names = ['parsePlan'] }) {
  const { minified, gzipped, inputs, shipped } = await bundle(`export { ${names.join(', ')} } from ${JSON.stringify(entry)}`)
  const remark = await bundle(REMARK)
  const packages = [...new Set(shipped.map(packageOf).filter(Boolean))].sort()
  const problems = []
  for (const [file, input] of Object.entries(inputs)) {
    for (const imp of input.imports) {
      const pkg = packageOf(imp.path) ?? imp.original ?? imp.path
      const original = imp.original ?? imp.path
      // Only the step into a package counts, not the package's own files.
      if (packageOf(file) === pkg) continue
      if (NEVER.includes(original)) problems.push(`${file} imports ${original}`)
      else if (imp.kind === 'import-statement' && NOT_ON_IMPORT.some((name) => pkg === name || pkg.startsWith(`${name}/`))) {
        problems.push(`${file} imports ${original} on load`)
      }
    }
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`
  return {
    packages,
    problems,
    rows: [
      {
        figure: 'bundle',
        input: `import { ${names.join(', ')} }`,
        bytes: gzipped,
        subject: 'min+gzip',
        subjectMs: null,
        baseline: `unified + remark-parse min+gzip: ${kb(remark.gzipped)}`,
        baselineMs: null,
        ratio: gzipped / remark.gzipped,
        budget: 'no zod, no OpenCC on import',
        pass: problems.length === 0,
        note: `${kb(minified)} min, ${kb(gzipped)} gzip; packages: ${packages.length ? packages.join(', ') : 'none'}${problems.length ? '; ' + problems.join('; ') : ''}`,
      },
    ],
  }
}
