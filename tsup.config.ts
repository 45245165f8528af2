import { existsSync, readdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Plugin } from 'esbuild'
import { defineConfig, type Options } from 'tsup'
import { builtinEntries } from './src/registry/data/builtin.js'

const entry = {
  index: 'src/index.ts',
  schema: 'src/schema.ts',
  analytics: 'src/analytics/index.ts',
  registry: 'src/registry/index.ts',
}

/**
 * For browsers and bundlers: a module `x.ts` with a `x.browser.ts` beside it
 * is built from the latter (lazy.browser.ts, which needs no Node built-in).
 */
const browserVariants: Plugin = {
  name: 'browser-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const variant = join(dirname(args.importer), args.path.replace(/\.js$/, '.browser.ts'))
      return existsSync(variant) ? { path: variant } : undefined
    })
  },
}

/**
 * The built-in registry as one JSON string (src/registry/data/builtin.ts says why):
 * the data modules are read here, at build time, and left out of the output.
 */
const packedRegistry: Plugin = {
  name: 'packed-registry',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]registry[\\/]data[\\/]builtin\.ts$/ }, () => ({
      contents: `export function builtinEntries() {\n  return JSON.parse(${JSON.stringify(JSON.stringify(builtinEntries()))})\n}\n`,
      loader: 'js',
    }))
  },
}

/** What the Node builds share. */
const node: Options = {
  target: 'node20',
  // import.meta.url in the CommonJS build, for the lazy loading of the Markdown and HTML parsers.
  shims: true,
  esbuildPlugins: [packedRegistry],
  esbuildOptions(options) {
    // Keep Chinese text readable in the bundle instead of \uXXXX escapes.
    options.charset = 'utf8'
  },
}

// cli.ts carries its own hashbang, which esbuild keeps at the top of the output.
// cli-worker is what `--jobs N` threads load (src/cli/batch/pool.ts finds it beside the CLI).
const { index, ...subpaths } = entry
const programs = { cli: 'src/cli.ts', 'cli-worker': 'src/cli/batch/worker.ts' }

/**
 * The JavaScript: ESM and CommonJS for Node, ESM for browsers.
 *
 * The ESM entry of the package is built on its own: one build of all the
 * entries splits the code they share into a dozen chunks, and
 * `import { parsePlan }` paid an ES module load (resolve, read, compile,
 * link) for each of the eight it reached. Alone, dist/index.js holds all it
 * needs but what it shares with the document readers it loads on demand (the
 * typed errors, which must be one class for `instanceof`, and a few helpers).
 * The other entries (subpaths, CLI) share chunks among themselves, and hold a
 * copy of the parser of their own; CommonJS entries are never split.
 */
const bundles: Options[] = [
  { ...node, entry: { index }, format: ['esm'] },
  { ...node, entry: { ...subpaths, ...programs }, format: ['esm'] },
  { ...node, entry: { ...entry, ...programs }, format: ['cjs'] },
  {
    // The `browser` and `default` conditions of package.json's exports: the
    // same API (and .d.ts) without Node built-ins, for pages and bundlers.
    entry,
    outDir: 'dist/browser',
    format: ['esm'],
    platform: 'browser',
    clean: true,
    target: 'es2022',
    esbuildPlugins: [browserVariants, packedRegistry],
    esbuildOptions(options) {
      options.charset = 'utf8'
    },
  },
]

/**
 * The declarations (a `.d.ts` and a `.d.cts` for each entry) are not built
 * from the sources with tsup's `dts`, which runs the type checker (~24 s of
 * CPU, most of it zod's inferred types in schema.ts) a second time beside
 * `npm run typecheck`: tsc emits them, and scripts/build-dts.mjs rolls them up
 * with this configuration, naming the directory tsc wrote them to in
 * CN_PLAN_DECLARATIONS (`src/index.ts` → `<dir>/src/index.d.ts`).
 */
function declarations(dir: string): Options {
  const emitted = Object.fromEntries(Object.entries(entry).map(([name, path]) => [name, join(dir, path.replace(/\.ts$/, '.d.ts'))]))
  return { entry: emitted, dts: { only: true }, format: ['esm', 'cjs'], clean: false }
}

/**
 * Empty dist/ but its browser/ folder (which the browser build cleans), once,
 * before the builds: tsup's `clean` runs inside each build, while the
 * others sharing dist/ may be writing there already.
 */
function cleanDist(): void {
  if (!existsSync('dist')) return
  for (const name of readdirSync('dist')) if (name !== 'browser') rmSync(join('dist', name), { recursive: true, force: true })
}

const emitted = process.env.CN_PLAN_DECLARATIONS
export default defineConfig(() => {
  if (emitted) return [declarations(emitted)]
  cleanDist()
  return bundles
})
