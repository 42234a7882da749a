import type { Article, IngestItem } from "./types.js";
import { STAGE } from "./defaults.js";

export function articleItem(article: Article): IngestItem {
  return { kind: "article", article };
}

/**
 * A skipped input. The message is complete on its own ("newsgraph/ingest: corpus.jsonl:3:
 * malformed JSON (…)"), so a caller can print it as is; file and line are also given apart.
 */
export function problemItem(file: string, line: number | undefined, what: string): IngestItem {
  const where = line === undefined ? file : `${file}:${line}`;
  return {
    kind: "problem",
    problem: { file, ...(line === undefined ? {} : { line }), message: `${STAGE}: ${where}: ${what}` },
  };
}
