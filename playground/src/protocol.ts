import type { Plan } from 'cn-plan-parser'
import type { DepartmentEntry } from 'cn-plan-parser/analytics'
import type { Format } from './read-file.js'

/** What the page asks the worker to parse. */
export interface ParseRequest {
  /** Counts requests, so that a slow answer to an older one is dropped. */
  id: number
  text: string
  format: Format
}

/** The worker's answer: everything the page shows or downloads. */
export type ParseResponse =
  | { id: number; ok: true; plan: Plan; departments: DepartmentEntry[]; csv: string; millis: number }
  | { id: number; ok: false; message: string }
