/** Types of json-schema.mjs, for the test that imports it. */
export function planJsonSchema(S: Record<string, unknown>, version: string): Record<string, unknown>
