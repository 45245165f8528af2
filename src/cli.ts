#!/usr/bin/env node
import { run } from './cli/program.js'

// `cn-plan-parser rows big.txt | head` closes the pipe early: stop quietly
// instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

// exitCode, not exit(): let stdout drain before the process ends.
process.exitCode = run(process.argv, { stdout: process.stdout, stderr: process.stderr })
