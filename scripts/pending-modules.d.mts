/** Types of pending-modules.mjs. */
export const pendingExternals: string[]
