#!/usr/bin/env node
import { readFileSync } from 'node:fs'
import { Command } from 'commander'
import { parsePlan } from './parse-plan.js'
import { toOutline } from './outline.js'
import { formatDiagnostic } from './format-diagnostic.js'

const program = new Command('cn-plan-parser')
program.description('Parse Chinese government plan documents into data.').version('0.1.0')

program
  .command('parse')
  .argument('<file>', 'plan file (UTF-8 text), or - for stdin')
  .option('--format <format>', 'json or outline', 'json')
  .option('--strict', 'exit 1 when the plan has error diagnostics')
  .action((file: string, opts: { format: string; strict?: boolean }) => {
    const text = readFileSync(file === '-' ? 0 : file, 'utf8')
    const plan = parsePlan(text)
    for (const d of plan.diagnostics) {
      process.stderr.write(formatDiagnostic(d, text, file) + '\n\n')
    }
    if (opts.format === 'outline') process.stdout.write(toOutline(plan) + '\n')
    else if (opts.format === 'json') process.stdout.write(JSON.stringify(plan, null, 2) + '\n')
    else program.error(`unknown --format “${opts.format}” (json or outline)`, { exitCode: 2 })
    if (opts.strict && plan.diagnostics.some((d) => d.severity === 'error')) process.exitCode = 1
  })

program.parse()
