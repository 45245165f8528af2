/**
 * What a document reader (Word, PDF) hands to the parser: the document's
 * text, and where each piece of it came from so positions can be turned
 * back into pages and paragraphs of the original file.
 *
 * The text is plain text the ordinary parser reads: one line per paragraph
 * (a paragraph broken across lines or pages is joined back), and a table
 * row as one line of tab-separated cells, quoted as spreadsheets and Word
 * write them when a cell holds a line break, a tab or a quote
 * (`"第一段\n第二段"\t知识产权局`). Node offsets of the plan are offsets
 * into this text.
 */
export interface Extracted {
  /** The format the bytes were in. */
  format: 'docx' | 'doc' | 'pdf'
  /** The text the plan is parsed from; every node position is an offset into it. */
  text: string
  /**
   * Offset in `text` where each page starts, ascending, first 0 (PDF; Word only when
   * the file records its page breaks).
   */
  pages?: number[]
  /** Offset in `text` where each line of the original layout starts, ascending (PDF). */
  lines?: number[]
  /** Offset in `text` where each paragraph of the original starts, ascending (Word). */
  paragraphs?: number[]
  /** Text of the file left out of `text` (running headers, footers, page numbers), each at the offset where it stood. */
  dropped: Dropped[]
}

/** A piece of the original left out of the text, reported as an info diagnostic. */
export interface Dropped {
  /** What it said. */
  text: string
  kind: 'page-number' | 'header' | 'footer' | 'other'
  /** Offset in `Extracted.text` where it stood (a zero-length place). */
  at: number
  /** Page it was on, counting from 1, when known. */
  page?: number
}
