#!/usr/bin/env node
import { readFileSync } from 'node:fs'
import { Command } from 'commander'
import { DecodeError } from './input/decode.js'
import { parsePlan } from './parse-plan.js'
import { toOutline } from './outline.js'

const program = new Command('cn-plan-parser')
program.description('Parse Chinese government plan documents into data.').version('0.1.0')

program
  .command('parse')
  .argument('<file>', 'plan file (text, Markdown or HTML; UTF-8, UTF-16 or GB18030), or - for stdin')
  .option('--format <format>', 'json or outline', 'json')
  .option('--input-format <format>', 'auto, text, markdown or html', 'auto')
  .option('--strict', 'exit 1 when the plan has error diagnostics')
  .action((file: string, opts: { format: string; inputFormat: string; strict?: boolean }) => {
    if (!['auto', 'text', 'markdown', 'html'].includes(opts.inputFormat)) {
      program.error(`unknown --input-format “${opts.inputFormat}” (auto, text, markdown or html)`, { exitCode: 2 })
    }
    // Bytes, not a UTF-8 string: the parser decodes GB18030 and UTF-16 itself.
    const bytes = readFileSync(file === '-' ? 0 : file)
    let plan
    try {
      plan = parsePlan(bytes, { format: opts.inputFormat as 'auto' })
    } catch (error) {
      if (error instanceof DecodeError) program.error(`${file}: ${error.message}`, { exitCode: 2 })
      throw error
    }
    for (const d of plan.diagnostics) {
      process.stderr.write(`${file}:${d.place.start.line}:${d.place.start.column} ${d.ruleId} ${d.reason}\n`)
    }
    if (opts.format === 'outline') process.stdout.write(toOutline(plan) + '\n')
    else if (opts.format === 'json') process.stdout.write(JSON.stringify(plan, null, 2) + '\n')
    else program.error(`unknown --format “${opts.format}” (json or outline)`, { exitCode: 2 })
    if (opts.strict && plan.diagnostics.some((d) => d.severity === 'error')) process.exitCode = 1
  })

program.parse()
