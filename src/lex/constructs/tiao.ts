import { ordinal } from './ordinal.js'

/** Articles `第一条` `第12條`: the task of a regulation-style plan, numbered on across its chapters. */
export const tiao = ordinal('tiao', '条條', 'task', 4, true)
