import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * Where pdf.js's CMap and standard-font files are: the `cmaps/` and
 * `standard_fonts/` folders of the installed pdfjs-dist (the version
 * unpdf bundles), found through Node's resolution, never a URL.
 */
export function pdfjsDataDir(): string {
  const require = createRequire(import.meta.url)
  return dirname(require.resolve('pdfjs-dist/package.json'))
}

/** The kinds of file pdf.js asks for, and the folder each is in. */
const FOLDERS: Record<string, string> = { cMapUrl: 'cmaps', standardFontDataUrl: 'standard_fonts' }

/** What a `BinaryDataFactory` gives pdf.js. */
export interface DataFactory {
  fetch(request: { kind: string; filename: string }): Promise<Uint8Array>
}

/**
 * A pdf.js `BinaryDataFactory` class reading only the local files under
 * `root`: PDFs set in non-embedded Chinese fonts (STSong-Light with
 * UniGB-UCS2-H) need the CMaps to map their codes to Unicode. pdf.js's own
 * Node factory takes URLs; this one cannot reach the network at all, and a
 * name that would leave its folder is refused.
 */
export function localDataFactory(root: string): new (options: unknown) => DataFactory {
  return class LocalDataFactory implements DataFactory {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      const folder = FOLDERS[kind]
      if (folder === undefined || !/^[\w.-]+$/.test(filename) || filename.startsWith('.')) {
        throw new Error(`pdf.js asked for ${kind} data "${filename}", which this reader does not provide`)
      }
      return new Uint8Array(await readFile(join(root, folder, filename)))
    }
  }
}
