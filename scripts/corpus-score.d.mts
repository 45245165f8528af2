/** Types of corpus-score.mjs, for the test that imports it. */
export interface CorpusFile {
  slug: string
  raw: string
  expect: unknown
}

export interface Score {
  headings: number
  headingsExpected: number
  extra: number
  labelled: number
  labelledExpected: number
  negatives: number
  negativesExpected: number
  /** Task table rows whose leads, participants and deadline are exact, of the `tableRows` that record them. */
  rows: number
  rowsExpected: number
  /** Table rows read with other units or deadline than expected. */
  rowsWrong: number
}

export function readCorpus(dir: string): CorpusFile[]
export function scoreCorpus(
  parsePlan: (input: string) => unknown,
  files: readonly CorpusFile[],
): { perFile: Array<Score & { slug: string; problems: string[] }>; total: Score }
