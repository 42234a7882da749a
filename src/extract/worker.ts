/**
 * Worker-thread entry for the build's extraction pool (src/pipeline/pool.ts): one task is one
 * article and the build's extraction options. The result goes back as JSON text: serialising
 * here spreads that cost over the workers, and the build writes the same text to its cache
 * without serialising again. An error extract() throws comes back as a value, so the pool
 * tells an article's failure (a skip) from a worker's death (retried).
 */
import { extractArticle } from "./chunks.js";
import type { ExtractOptions } from "./defaults.js";
import type { Article } from "../ingest/types.js";

export interface ExtractTask {
  article: Article;
  options: Partial<ExtractOptions>;
}

export type ExtractResult = { json: string } | { error: string };

export default function extractTask({ article, options }: ExtractTask): ExtractResult {
  try {
    return { json: JSON.stringify(extractArticle(article, options)) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Answers once this worker has loaded the extractor and run it once (compromise builds its
 * lexicon on first use): the pool's time budgets start after that.
 */
export function ready(): boolean {
  extractArticle({ id: "ready", title: "", date: null, source: null, url: null, text: "Ready.", origin: { file: "" } });
  return true;
}
