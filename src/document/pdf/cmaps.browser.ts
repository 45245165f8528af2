/**
 * The browser build's stand-in for cmaps.ts: a page has no local files to
 * read pdf.js's CMaps from, and this library never fetches from the network.
 * PDFs with embedded fonts (nearly all) read as in Node; one set in a
 * non-embedded Chinese font loses the text those fonts carry.
 */
export function dataOptions(): Record<string, never> {
  return {}
}
