// csv-stringify's own browser build of the same function, which carries a
// Buffer of its own (its Node build reads the global one at load time).
export { stringify } from 'csv-stringify/browser/esm/sync'
