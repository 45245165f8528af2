/** Every file of a package.json's `exports` and `bin` under dist/, relative to the package root. */
export function expectedOutputs(pkg: { exports?: unknown; bin?: unknown }): string[]
/** Why the build in `root` must run again, or `null` when dist/ is up to date. */
export function staleReason(root: string): string | null
