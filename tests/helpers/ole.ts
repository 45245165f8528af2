/**
 * A minimal OLE compound file ([MS-CFB], 512-byte sectors): a FAT sector, a
 * directory sector naming `streams` (empty streams). Enough for the checks
 * that tell .doc, .wps and encrypted .docx apart by their directory.
 */
export function oleFile(streams: string[]): Uint8Array {
  if (streams.length > 3) throw new RangeError('one directory sector holds the root and three streams')
  const bytes = new Uint8Array(512 * 3)
  const view = new DataView(bytes.buffer)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  view.setUint16(0x18, 0x3e, true)
  view.setUint16(0x1a, 3, true)
  view.setUint16(0x1c, 0xfffe, true)
  view.setUint16(0x1e, 9, true)
  view.setUint16(0x20, 6, true)
  view.setUint32(0x2c, 1, true) // one FAT sector
  view.setUint32(0x30, 1, true) // the directory in sector 1
  view.setUint32(0x38, 4096, true)
  view.setUint32(0x3c, 0xfffffffe, true)
  view.setUint32(0x44, 0xfffffffe, true)
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + 4 * i, i === 0 ? 0 : 0xffffffff, true)
  // FAT (sector 0): itself, then the directory's one-sector chain.
  const fat = 512
  for (let i = 0; i < 128; i++) view.setUint32(fat + 4 * i, i === 0 ? 0xfffffffd : i === 1 ? 0xfffffffe : 0xffffffff, true)
  const dir = 1024
  ;['Root Entry', ...streams].forEach((name, i) => {
    const at = dir + 128 * i
    for (let c = 0; c < name.length; c++) view.setUint16(at + 2 * c, name.charCodeAt(c), true)
    view.setUint16(at + 64, 2 * (name.length + 1), true)
    bytes[at + 66] = i === 0 ? 5 : 2
    view.setUint32(at + 116, 0xfffffffe, true)
  })
  return bytes
}
