import { type Dirent, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { PLAN_EXTENSIONS, isPlanFile } from './extensions.js'

/** A file to parse, as named on the command line or found under a directory. */
export interface BatchFile {
  /** The path as given (or joined under the directory given), `-` for stdin: the name output and diagnostics use. */
  path: string
  /** Bytes on disk (0 for stdin or a file that cannot be read: reading it reports that); the progress bar is weighted by it. */
  size: number
}

export interface Expanded {
  files: BatchFile[]
  /** True when an argument was a directory: the output then takes its several-files form whatever the count. */
  directory: boolean
  /** One line each: a directory that holds no plan file, or cannot be listed. */
  failures: string[]
}

const sizeOf = (path: string): number => {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/**
 * Names compared by UTF-16 code units, not `localeCompare`: the order must
 * not change with the machine's locale, or two runs of a batch would differ.
 */
const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/**
 * Hidden entries (`.git`, the `._plan.txt` files macOS leaves on shared
 * drives, which are binary) and `node_modules` are no plans.
 */
const skipped = (name: string) => name.startsWith('.') || name === 'node_modules'

/**
 * Every plan file under `dir`, depth first, each directory's entries sorted
 * by name. A directory that cannot be listed is one failure; its siblings are still read.
 */
function walk(dir: string, out: BatchFile[], failures: string[]): void {
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort(byName)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    failures.push(`cannot list ${dir}${code ? ` (${code})` : ''}`)
    return
  }
  for (const entry of entries) {
    if (skipped(entry.name)) continue
    const path = join(dir, entry.name)
    // A link to a directory is not followed (as `find` does not): no cycles, no escaping the tree given.
    if (entry.isDirectory()) walk(path, out, failures)
    else if ((entry.isFile() || (entry.isSymbolicLink() && isFileTarget(path))) && isPlanFile(entry.name)) out.push({ path, size: sizeOf(path) })
  }
}

function isFileTarget(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

const isDirectory = (path: string): boolean => {
  try {
    return path !== '-' && statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * The files the arguments name, in the order given: a directory becomes
 * every plan file under it (by extension, see {@link PLAN_EXTENSIONS}),
 * anything else is kept as it is for the reader to open or report.
 *
 * @example
 * ```ts
 * expandPaths(['plans/', 'extra.txt']).files.map((f) => f.path)
 * // ['plans/2023/a.txt', 'plans/2024/b.pdf', 'plans/c.md', 'extra.txt']
 * ```
 */
export function expandPaths(args: readonly string[]): Expanded {
  const files: BatchFile[] = []
  const failures: string[] = []
  let directory = false
  for (const arg of args) {
    if (!isDirectory(arg)) {
      files.push({ path: arg, size: arg === '-' ? 0 : sizeOf(arg) })
      continue
    }
    directory = true
    const before = files.length
    const failed = failures.length
    walk(arg, files, failures)
    if (files.length === before && failures.length === failed) failures.push(`${arg}: no plan file in it (${PLAN_EXTENSIONS.join(' ')})`)
  }
  return { files, directory, failures }
}
