import { ordinal } from './ordinal.js'

/** Sections of a chapter written `第一节` `第二節`: inside 第…章, outside `一、`. */
export const jie = ordinal('jie', '节節', 'section', 1, false)
