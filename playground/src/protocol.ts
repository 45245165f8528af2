import type { Plan } from 'cn-plan-parser'
import type { DepartmentEntry } from 'cn-plan-parser/analytics'
import type { Format } from './read-file.js'

/**
 * What the page asks the worker to parse: text in a format, or a Word or PDF
 * file's bytes. `id` counts requests, so that a slow answer to an older one is dropped.
 */
export type ParseRequest = { id: number; text: string; format: Format } | { id: number; bytes: Uint8Array }

/** The worker's answer: everything the page shows or downloads. */
export type ParseResponse =
  // `text`: for a Word or PDF file, the text read out of it, which positions point into.
  | { id: number; ok: true; plan: Plan; departments: DepartmentEntry[]; csv: string; millis: number; text?: string }
  | { id: number; ok: false; message: string }
