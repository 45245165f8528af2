import { existsSync } from 'node:fs'
import { defineConfig } from 'tsup'

const entry = {
  index: 'src/index.ts',
  schema: 'src/schema.ts',
  analytics: 'src/analytics/index.ts',
  registry: 'src/registry/index.ts',
}

// The PDF reader is built on its own branch: until it is merged here, its module is left
// unresolved (external) so the build passes; once src/document/pdf/read-pdf.ts exists it is bundled.
const pdfReaderMissing = !existsSync('src/document/pdf/read-pdf.ts')

export default defineConfig({
  // cli.ts carries its own hashbang, which esbuild keeps at the top of the output.
  entry: { ...entry, cli: 'src/cli.ts' },
  dts: { entry },
  format: ['esm', 'cjs'],
  clean: true,
  target: 'node20',
  // import.meta.url in the CommonJS build, for the lazy loading of the Markdown and HTML parsers.
  shims: true,
  external: pdfReaderMissing ? ['./pdf/read-pdf.js'] : [],
  esbuildOptions(options) {
    // Keep Chinese text readable in the bundle instead of \uXXXX escapes.
    options.charset = 'utf8'
  },
})
