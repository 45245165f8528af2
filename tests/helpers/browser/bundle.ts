import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { build as esbuild } from 'esbuild'
import { build as vite } from 'vite'

const page = fileURLToPath(new URL('smoke-page/', import.meta.url))
const playground = fileURLToPath(new URL('../../../playground/vite.config.ts', import.meta.url))

// The test page imports 'cn-plan-parser' by name, which both bundlers resolve
// to this package itself (its package.json `exports`, `browser` condition).

/** The test page as esbuild bundles it for a browser, with its HTML, in `outDir`. */
export async function bundleWithEsbuild(outDir: string): Promise<void> {
  await esbuild({
    entryPoints: [`${page}main.ts`],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    outfile: `${outDir}/main.js`,
    logLevel: 'silent',
  })
  // The page's HTML, pointing at the bundle instead of the source.
  const html = await readFile(`${page}index.html`, 'utf8')
  await writeFile(`${outDir}/index.html`, html.replace('./main.ts', './main.js'))
}

/** The test page as Vite builds it, in `outDir`. */
export async function bundleWithVite(outDir: string): Promise<void> {
  await vite({ root: page, configFile: false, logLevel: 'silent', base: './', build: { outDir, emptyOutDir: true, reportCompressedSize: false } })
}

/** The playground, built with its own Vite configuration, in `outDir`. */
export async function buildPlayground(outDir: string): Promise<void> {
  await vite({ configFile: playground, logLevel: 'silent', build: { outDir, emptyOutDir: true } })
}
