/** One news article as every later stage sees it, whatever file or format it came from. */
export interface Article {
  /** Stable id: the source's own id when it has one, otherwise a hash of the content. */
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) when the source gives one. */
  date: string | null;
  source: string | null;
  url: string | null;
  /** The article text exactly as given: extraction offsets index into this string. */
  text: string;
  /** Where it was read from, for messages. `line` is 1-based, for line-oriented corpora. */
  origin: { file: string; line?: number };
}

/** An input that could not be turned into an article: reported, skipped, never fatal. */
export interface IngestProblem {
  file: string;
  line?: number;
  message: string;
}

export type IngestItem =
  | { kind: "article"; article: Article }
  | { kind: "problem"; problem: IngestProblem };
