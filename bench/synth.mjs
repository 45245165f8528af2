/**
 * Synthetic inputs for the benchmarks, built from a real plan: its body
 * (first chapter to last task) repeated until the text reaches a size, with
 * tasks renumbered so the numbering runs on (1…115, 116…230, …) as one long
 * plan would. Chapters and sections keep their numbers, as the issue asks, so
 * the parser also pays for its numbering diagnostics at scale.
 */

const TASK_START = /^([0-9]{1,3})(\s*[.．、])/
const CHAPTER_START = /^[一二三四五六七八九十]{1,3}[、．.]/

/** Bytes of `text` in UTF-8, the size a file of it has on disk. */
export function utf8Bytes(text) {
  return Buffer.byteLength(text, 'utf8')
}

/**
 * Cut a plan into the preamble before its first chapter, the body, and the
 * closing lines after its last task. Tasks are found by their running number,
 * so a wrapped line that happens to start with `2021.` stays in its task.
 */
export function splitPlan(text) {
  const lines = text.split('\n')
  const first = lines.findIndex((line) => CHAPTER_START.test(line))
  if (first < 0) throw new Error('bench: the plan has no chapter heading to repeat')
  let next = 1
  let last = -1
  for (let i = first; i < lines.length; i++) {
    const m = TASK_START.exec(lines[i])
    if (m && Number(m[1]) === next) {
      next++
      last = i
    }
  }
  if (last < 0) throw new Error('bench: the plan has no numbered task to repeat')
  // A task may run over onto following lines (page breaks): keep them with it.
  let end = last + 1
  while (end < lines.length && lines[end].trim() !== '' && !CHAPTER_START.test(lines[end])) end++
  return {
    preamble: lines.slice(0, first).join('\n'),
    body: lines.slice(first, end),
    closing: lines.slice(end).join('\n'),
    tasks: next - 1,
  }
}

/** The body with its tasks numbered from `offset + 1`. */
function renumber(body, offset) {
  let next = 1
  return body
    .map((line) => {
      const m = TASK_START.exec(line)
      if (!m || Number(m[1]) !== next) return line
      next++
      return String(Number(m[1]) + offset) + line.slice(m[1].length)
    })
    .join('\n')
}

/** Task numbers are read with at most four digits, as no plan has 10 000 tasks. */
const MAX_TASK_NUMBER = 9999

/**
 * A plan of at least `bytes` UTF-8 bytes (or exactly `copies` bodies when
 * given), made of `seed`'s preamble, its body repeated with running task
 * numbers, and its closing lines.
 *
 * @returns the text and how many bodies and tasks it holds.
 */
export function synthPlan(seed, { bytes = 0, copies } = {}) {
  const { preamble, body, closing, tasks } = splitPlan(seed)
  const parts = [preamble]
  let size = utf8Bytes(preamble) + utf8Bytes(closing)
  const perRun = Math.max(1, Math.floor(MAX_TASK_NUMBER / tasks))
  let n = 0
  while (copies === undefined ? size < bytes || n === 0 : n < copies) {
    const part = renumber(body, (n % perRun) * tasks)
    parts.push(part)
    size += utf8Bytes(part) + 1
    n++
  }
  parts.push(closing)
  return { text: parts.join('\n'), copies: n, tasks: n * tasks }
}
