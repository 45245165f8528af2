/**
 * Every way the CLI can fail ends the same way: one line on stderr and exit
 * code 1, never a stack trace (a full disk, a file over the size limit, an
 * error in the parser itself). This turns any thrown value into that line.
 */

/** A system error from writing the output (`ENOSPC` on a full disk, `EIO`, …). */
function isWriteError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).syscall === 'write'
}

/**
 * The one line (no trailing newline) the CLI prints for a failure.
 *
 * @example
 * ```ts
 * failureLine(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' }))
 * // 'cn-plan-parser: cannot write the output (ENOSPC)'
 * ```
 */
export function failureLine(error: unknown): string {
  if (isWriteError(error)) return `cn-plan-parser: cannot write the output (${error.code})`
  const message = error instanceof Error ? error.message : String(error)
  // A message of several lines (an error from a dependency) is folded onto one.
  return `cn-plan-parser: ${message.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).join(' ') || (error instanceof Error ? error.name : 'failed')}`
}
