import { ordinal } from './ordinal.js'

/** Chapters of a regulation-style plan: `第一章 总则`; outermost of all. */
export const zhang = ordinal('zhang', '章', 'chapter', 0, false)
