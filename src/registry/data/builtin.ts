import type { RegistryEntry } from '../entry.js'
import { administrations } from './administrations.js'
import { groups } from './groups.js'
import { party } from './party.js'
import { stateCouncil } from './state-council.js'

/**
 * Every built-in entry, made afresh. The data modules are the readable
 * source; the build puts a JSON string of what this returns in its place
 * (tsup.config.ts, `packedRegistry`). The first parse of a plan indexes the
 * registry, and in a fresh process `JSON.parse` of one string costs a
 * fraction of compiling and running the hundreds of calls and object
 * literals of the data modules.
 */
export function builtinEntries(): RegistryEntry[] {
  return [...stateCouncil(), ...administrations(), ...party(), ...groups()]
}
