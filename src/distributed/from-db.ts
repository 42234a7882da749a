/**
 * `newsgraph build --from postgres://…`: the build's reduce (resolve, graph, layout, export)
 * over the extractions the workers stored, read in the corpus's order, so the outputs are
 * those a local build of the same articles writes.
 */
import type { DocExtraction } from "../extract/types.js";
import type { IngestProblem } from "../ingest/types.js";
import { extractorVersion } from "../pipeline/cache.js";
import { BUILD_DEFAULTS, reduce, type BuildSummary, type ReduceOptions } from "../pipeline/index.js";
import { truncationMessage } from "../pipeline/pool.js";
import { createProgress } from "../pipeline/progress.js";
import type { GraphOptions } from "../graph/types.js";
import { openStore } from "./store.js";
import { redact } from "./urls.js";

export interface BuildFromDatabaseOptions {
  /** postgres://USER:PASSWORD@HOST:PORT/DATABASE */
  db: string;
  out?: string;
  strict?: boolean;
  graph?: GraphOptions;
  /** false: rewrite the outputs even when they are up to date. */
  cache?: boolean;
  quiet?: boolean;
  progressStream?: NodeJS.WriteStream;
  /** Called with the corpus resolution: `build --from … --explain NAME`. */
  onResolution?: ReduceOptions["onResolution"];
}

export async function buildFromDatabase(options: BuildFromDatabaseOptions): Promise<BuildSummary> {
  const started = Date.now();
  const extractor = extractorVersion();
  const store = await openStore(options.db);
  try {
    const progress = createProgress({
      total: await store.count(),
      quiet: options.quiet ?? BUILD_DEFAULTS.quiet,
      ...(options.progressStream ? { stream: options.progressStream } : {}),
    });
    const skipped: IngestProblem[] = [];
    const truncated: IngestProblem[] = [];
    let pending = 0;
    async function* docs(): AsyncIterable<DocExtraction> {
      for await (const row of store.corpus(extractor)) {
        if (row.doc) {
          const cut = row.doc.truncated;
          if (cut) truncated.push({ ...row.origin, message: truncationMessage({ id: row.id, origin: row.origin }, cut) });
          yield row.doc;
        } else {
          if (row.error) skipped.push({ ...row.origin, message: row.error });
          else pending += 1;
          progress.tick();
        }
      }
      if (pending > 0) {
        const others = (await store.extractors()).filter((e) => e !== extractor);
        skipped.push({
          file: redact(options.db),
          // The store keeps extractions, not texts: only a new enqueue brings the texts back to extract.
          message:
            `newsgraph/store: ${pending} article(s) have no extraction by this extractor (${extractor})` +
            (others.length > 0 ? `, only by ${others.join(", ")}` : "") +
            ": run workers built from this code and enqueue the corpus again (--replace)",
        });
      }
    }
    return await reduce(docs(), {
      out: options.out ?? BUILD_DEFAULTS.out,
      strict: options.strict ?? BUILD_DEFAULTS.strict,
      cache: options.cache ?? BUILD_DEFAULTS.cache,
      ...(options.graph ? { graph: options.graph } : {}),
      skipped,
      truncated,
      progress,
      ...(options.onResolution ? { onResolution: options.onResolution } : {}),
      started,
    });
  } finally {
    await store.close();
  }
}
