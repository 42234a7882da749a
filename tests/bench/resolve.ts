/**
 * The resolve stage's share of a build: the build's own extractions (`extractions.jsonl`) fed
 * through createResolver in this process, add() and finish() timed apart from reading the file.
 * The file leaves sentence texts out, so the bracket definitions ("Long Name (LN)") are not
 * looked for: a scan of the mentions, small beside the rest.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { DocExtraction } from "../../src/extract/types.js";
import { createResolver } from "../../src/resolve/index.js";

export async function timeResolve(out: string): Promise<{ articles: number; ms: number; entities: number }> {
  const docs = (await readFile(join(out, "extractions.jsonl"), "utf8"))
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => ({ sentences: [], ...(JSON.parse(line) as Omit<DocExtraction, "sentences">) }));
  const started = performance.now();
  const resolver = createResolver();
  for (const doc of docs) resolver.add(doc);
  const { entities } = resolver.finish();
  return { articles: docs.length, ms: performance.now() - started, entities: entities.length };
}
