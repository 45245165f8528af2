#!/usr/bin/env node
import { failureLine } from './cli/failure.js'
import { run } from './cli/program.js'

// `cn-plan-parser rows big.txt | head` closes the pipe early: stop quietly
// instead of crashing on EPIPE. Any other write error (a full disk: ENOSPC)
// is a failure like the others: one line on stderr, exit 1.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  process.stderr.write(failureLine(error) + '\n')
  process.exit(1)
})

// exitCode, not exit(): let stdout drain before the process ends.
// .then, not top-level await: the CommonJS build of this file has none.
void run(process.argv, { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code
})
