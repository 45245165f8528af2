import { defineConfig } from 'tsup'

export default defineConfig({
  // cli.ts carries its own hashbang, which esbuild keeps at the top of the output.
  entry: { index: 'src/index.ts', schema: 'src/schema.ts', analytics: 'src/analytics/index.ts', registry: 'src/registry/index.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', schema: 'src/schema.ts', analytics: 'src/analytics/index.ts', registry: 'src/registry/index.ts' } },
  clean: true,
  target: 'node20',
  esbuildOptions(options) {
    // Keep Chinese text readable in the bundle instead of \uXXXX escapes.
    options.charset = 'utf8'
  },
})
