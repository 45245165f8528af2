// csv-stringify's Node build: it uses Node's global Buffer, so browsers and
// bundlers get stringify.browser.ts in its place (tsup.config.ts).
export { stringify } from 'csv-stringify/sync'
