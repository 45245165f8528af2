import { fileURLToPath } from 'node:url'
import { defaultClientConditions, defineConfig } from 'vite'

// Static files in playground/dist, with relative URLs so that any static
// server (or `vite preview`) can serve them from any folder; nothing is
// fetched from the network.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, reportCompressedSize: false },
  worker: { format: 'es' },
  // The parser runs in a worker, where there is no `document`: micromark's
  // decode-named-character-reference has a `browser` build that needs one
  // and a `worker` build that does not, so `worker` is matched first.
  resolve: { conditions: ['worker', ...defaultClientConditions] },
  preview: { port: 4173 },
})
