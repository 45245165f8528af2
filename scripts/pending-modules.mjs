/**
 * Modules the source imports that another branch adds: until they are
 * merged, the bundlers (tsup, the bench's bundle figure, and the tests that bundle src/) leave them
 * external so the build passes; once the file exists this list is empty and
 * they are bundled. Delete this file and its four uses after the merge.
 */
import { existsSync } from 'node:fs'

const root = new URL('..', import.meta.url)

/** `import('./pdf/read-pdf.js')` in src/document/parse-document.ts: the PDF reader (issue 14, PDF branch). */
export const pendingExternals = existsSync(new URL('src/document/pdf/read-pdf.ts', root)) ? [] : ['./pdf/read-pdf.js']
