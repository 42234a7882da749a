/**
 * Worker-thread entry for the build's extraction pool (src/pipeline/pool.ts): one task is one
 * article. The result goes back as JSON text: serialising here spreads that cost over the
 * workers, and the build writes the same text to its cache without serialising again.
 */
import { extract } from "./index.js";
import type { Article } from "../ingest/types.js";

export default function extractTask(article: Article): string {
  return JSON.stringify(extract(article));
}
