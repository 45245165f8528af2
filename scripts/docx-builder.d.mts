/** Types of docx-builder.mjs, for the tests that build Word files with it. */
export function esc(text: string): string
export function run(text: string, rPr?: string): string
export function para(runs: string | string[], pPr?: string): string
export function numPr(numId: number | string, ilvl?: number): string
export function level(ilvl: number, numFmt: string, lvlText: string, options?: { start?: number; suff?: 'tab' | 'space' | 'nothing'; restart?: number; pStyle?: string }): string
export function numberingXml(abstracts: Record<string, string>, nums: Record<string, string | number | { abstract: string | number; overrides?: string }>): string
export function stylesXml(styles: { id: string; basedOn?: string; pPr?: string; default?: boolean }[]): string
export function makeDocx(options: {
  body: string
  numbering?: string
  styles?: string
  header?: string
  footer?: string
  extra?: Record<string, string | Uint8Array>
  sectPr?: boolean
}): Uint8Array
