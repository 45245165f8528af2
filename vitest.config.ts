import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A worker per core: vitest's default leaves one core free, which on a
    // 2-core machine (CI's) runs every file one after another.
    maxWorkers: availableParallelism(),
    // Test files share their worker's modules instead of importing the parser,
    // fast-check, TypeScript and the rest afresh for each file. So a test must
    // not count on module state no other file has touched (a cache still
    // empty, a converter not built yet, fast-check's global configuration):
    // one that does loads what it needs afresh (vi.resetModules, as
    // input-traditional.test.ts does) or passes its settings explicitly.
    isolate: false,
    // No test times anything, so no test may fail for being slow: vitest's 5 s default
    // failed tests that spawn the CLI or compile snippets on a busy 2-core machine.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
})
