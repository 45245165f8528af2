/**
 * The names in an OLE compound file's directory (the container of .doc,
 * .xls, .wps and of password-protected .docx): enough to tell them apart
 * without loading a reader. [MS-CFB] §2.
 */

const END_OF_CHAIN = 0xfffffffe
const FREE = 0xffffffff

/**
 * Names of the storages and streams in the file (`WordDocument`, `1Table`,
 * `EncryptedPackage`…), or `null` when the directory cannot be read.
 *
 * @example
 * ```ts
 * oleEntryNames(docBytes) // ['Root Entry', 'WordDocument', '1Table', …]
 * ```
 */
export function oleEntryNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const shift = view.getUint16(0x1e, true)
  if (shift !== 9 && shift !== 12) return null
  const size = 1 << shift
  const sector = (n: number) => (n + 1) * size
  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = []
  for (let i = 0; i < 109; i++) fatSectors.push(view.getUint32(0x4c + 4 * i, true))
  let difat = view.getUint32(0x44, true)
  for (let hops = 0; difat !== END_OF_CHAIN && difat !== FREE && hops < 1 << 16; hops++) {
    const at = sector(difat)
    if (at + size > bytes.length) break
    for (let i = 0; i < size / 4 - 1; i++) fatSectors.push(view.getUint32(at + 4 * i, true))
    difat = view.getUint32(at + size - 4, true)
  }
  const next = (n: number): number => {
    const perSector = size / 4
    const fatSector = fatSectors[Math.floor(n / perSector)]
    if (fatSector === undefined || fatSector >= FREE - 4) return END_OF_CHAIN
    const at = sector(fatSector) + 4 * (n % perSector)
    return at + 4 <= bytes.length ? view.getUint32(at, true) : END_OF_CHAIN
  }
  const names: string[] = []
  const seen = new Set<number>()
  for (let s = view.getUint32(0x30, true); s !== END_OF_CHAIN && !seen.has(s); s = next(s)) {
    seen.add(s)
    const at = sector(s)
    if (at + size > bytes.length) return names.length > 0 ? names : null
    for (let entry = at; entry < at + size; entry += 128) {
      const length = view.getUint16(entry + 64, true)
      const type = bytes[entry + 66]
      if (type === 0 || length < 2 || length > 64) continue
      let name = ''
      for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(view.getUint16(entry + i, true))
      names.push(name)
    }
  }
  return names.length > 0 ? names : null
}
