import { extract } from "../extract/index.js";
import type { DocExtraction } from "../extract/types.js";
import type { Article } from "../ingest/types.js";

/**
 * Extraction in the calling thread, for `--workers 1`: no pool to start (each worker loads
 * compromise and the gazetteers), which is the fastest way through a handful of articles.
 * An article extract() throws on is handed to `onError` and skipped, as the pool does.
 */
export function extractInProcess(onError: (article: Article, error: Error) => void) {
  return async function* extractAll(articles: AsyncIterable<Article>): AsyncIterable<DocExtraction> {
    for await (const article of articles) {
      let doc: DocExtraction;
      try {
        doc = extract(article);
      } catch (error) {
        const where = `${article.origin.file}${article.origin.line ? `:${article.origin.line}` : ""}`;
        onError(article, new Error(`newsgraph/extract: article ${article.id} (${where}): ${(error as Error).message}`));
        continue;
      }
      yield doc;
    }
  };
}
