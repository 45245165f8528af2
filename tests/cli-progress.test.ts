import { describe, expect, it } from 'vitest'
import { Progress, progressLine } from '../src/cli/progress.js'

function stream(isTTY: boolean) {
  const chunks: string[] = []
  return { chunks, isTTY, columns: 30, write: (s: string) => chunks.push(s) }
}

describe('progress bar', () => {
  it('draws proportionally', () => {
    expect(progressLine(0, 4, 'a.txt')).toBe('[--------------------] 0/4 a.txt')
    expect(progressLine(1, 4, 'b.txt')).toBe('[#####---------------] 1/4 b.txt')
    expect(progressLine(4, 4, '')).toBe('[####################] 4/4 ')
  })

  it('redraws in place on a terminal, cut to its width, and erases itself', () => {
    const s = stream(true)
    const bar = new Progress(s, 2)
    bar.update(1, 'fixtures/ip-plan-2021-2022.txt')
    bar.clear()
    bar.clear() // nothing left to erase
    expect(s.chunks).toEqual(['\r\x1b[K[##########----------] 1/2 fi', '\r\x1b[K'])
  })

  it('stays silent when stderr is not a terminal or there is one file', () => {
    for (const [tty, total] of [[false, 5], [true, 1]] as const) {
      const s = stream(tty)
      const bar = new Progress(s, total)
      bar.update(0, 'x')
      bar.clear()
      expect(s.chunks).toEqual([])
    }
  })
})
