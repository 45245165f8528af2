import { defineConfig, type Options } from 'tsup'

const entry = {
  index: 'src/index.ts',
  schema: 'src/schema.ts',
  analytics: 'src/analytics/index.ts',
  registry: 'src/registry/index.ts',
}

const shared: Options = {
  // cli.ts carries its own hashbang, which esbuild keeps at the top of the output.
  entry: { ...entry, cli: 'src/cli.ts' },
  dts: { entry },
  target: 'node20',
  esbuildOptions(options) {
    // Keep Chinese text readable in the bundle instead of \uXXXX escapes.
    options.charset = 'utf8'
  },
}

export default defineConfig([
  // Each build cleans only its own files: the two run side by side.
  { ...shared, format: ['esm'], clean: ['**/*.js', '**/*.d.ts'] },
  {
    ...shared,
    format: ['cjs'],
    clean: ['**/*.cjs', '**/*.d.cts'],
    // These dependencies ship ES modules only, which `require` cannot load
    // before Node 20.19 (and then hands back a namespace where a default
    // export is expected): the CommonJS build carries its own copy.
    noExternal: ['unified', 'mdast-util-to-string', 'remark-parse', 'remark-cjk-friendly', 'rehype-parse', 'opencc-js'],
  },
])
