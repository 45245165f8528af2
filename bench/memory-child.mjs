/**
 * Runs in its own process (`node --expose-gc --trace-gc bench/memory-child.mjs
 * ENTRY SEED MB`, ENTRY a build or `tree-floor`): builds the synthetic plan, then parses it once between two
 * markers. V8's GC trace, on the same stdout, gives the used heap before each
 * collection; the peak during the parse is the largest of those and of the
 * heap right after it, since the used heap only shrinks at a collection.
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { synthPlan, utf8Bytes } from './synth.mjs'

// ENTRY `tree-floor` measures the minimal positioned tree (bench/tree-floor.mjs) instead.
const [entry, seedPath, mb] = process.argv.slice(2)
const parsePlan = entry === 'tree-floor' ? (await import('./tree-floor.mjs')).treeFloor : (await import(pathToFileURL(entry).href)).parsePlan
const seed = readFileSync(seedPath, 'utf8')
globalThis.gc()
const empty = process.memoryUsage().heapUsed
const text = synthPlan(seed, { bytes: Number(mb) * 2 ** 20 }).text
globalThis.gc()
const loaded = process.memoryUsage().heapUsed
console.log(`BENCH-BEGIN ${JSON.stringify({ empty, loaded, bytes: utf8Bytes(text) })}`)
const plan = parsePlan(text)
const after = process.memoryUsage().heapUsed
console.log(`BENCH-END ${JSON.stringify({ after, children: plan.children.length })}`)
