/**
 * Is the buffer under `bytes` detached (transferred to a worker, or
 * `structuredClone`d with `transfer`)? A view over a detached buffer reads as
 * empty, so without this check a plan sent away by mistake would parse, with
 * no error, as an empty plan. Only an empty view can be one: the test costs
 * nothing for real input.
 */
export function isDetached(bytes: Uint8Array): boolean {
  if (bytes.byteLength !== 0) return false
  const buffer = bytes.buffer as ArrayBuffer & { detached?: boolean }
  // Node 22+ says so; Node 20 only refuses to make a view over it.
  if (typeof buffer.detached === 'boolean') return buffer.detached
  try {
    new Uint8Array(buffer, 0, 0)
    return false
  } catch {
    return true
  }
}
