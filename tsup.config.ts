import { defineConfig } from 'tsup'
import { pendingExternals } from './scripts/pending-modules.mjs'

const entry = {
  index: 'src/index.ts',
  schema: 'src/schema.ts',
  analytics: 'src/analytics/index.ts',
  registry: 'src/registry/index.ts',
}

export default defineConfig({
  // cli.ts carries its own hashbang, which esbuild keeps at the top of the output.
  entry: { ...entry, cli: 'src/cli.ts' },
  dts: { entry },
  format: ['esm', 'cjs'],
  clean: true,
  target: 'node20',
  // import.meta.url in the CommonJS build, for the lazy loading of the Markdown and HTML parsers.
  shims: true,
  // Until the PDF reader is merged (see scripts/pending-modules.mjs).
  external: pendingExternals,
  esbuildOptions(options) {
    // Keep Chinese text readable in the bundle instead of \uXXXX escapes.
    options.charset = 'utf8'
  },
})
