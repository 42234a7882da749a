import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import type { DocExtraction } from "../extract/types.js";
import { exportGraph, openExtractions, removeStaleTemps } from "../export/index.js";
import { createGraphBuilder } from "../graph/index.js";
import type { EdgeKind, GraphOptions } from "../graph/types.js";
import { countInputs, ingest } from "../ingest/index.js";
import type { Article, IngestProblem } from "../ingest/types.js";
import { createResolver, remapExtraction } from "../resolve/index.js";
import { AUTO_POOL_FROM, AUTO_WORKERS, BUILD_DEFAULTS, CACHE_FOLDER } from "./defaults.js";
import { manifestKey, upToDate, writeManifest } from "./manifest.js";
import { createExtractAll } from "./pool.js";
import { createProgress } from "./progress.js";
import { openSpill } from "./spill.js";
import type { BuildSummary } from "./summary.js";

export { formatSummary, type BuildSummary } from "./summary.js";
export { BUILD_DEFAULTS } from "./defaults.js";

/** The replaceable extraction step: articles in, their extractions out, in the same order. */
export type ExtractAll = (articles: AsyncIterable<Article>) => AsyncIterable<DocExtraction>;

export interface BuildOptions {
  /** Files, directories, "-" for stdin. */
  inputs?: string[];
  out?: string;
  /** Any skipped input fails the run, and nothing is written. */
  strict?: boolean;
  /** evidenceLimit, minWeight, minMentions and the rest of the graph's options. */
  graph?: GraphOptions;
  /**
   * Extraction threads; 1 extracts in this thread, without the pool or its cache. "auto": in
   * this thread for a small input, else a pool sized to the machine.
   */
  workers?: number | "auto";
  /** false: extract every article again and rewrite every output (fresh results still refresh the cache). */
  cache?: boolean;
  quiet?: boolean;
  /** Where progress goes (stderr by default). */
  progressStream?: NodeJS.WriteStream;
  stdin?: Readable;
  /** Replaces the extraction step (by default the worker pool, or in-process for one worker). */
  extractAll?: ExtractAll;
}

function emptyCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/**
 * ingest → extract → resolve → graph → export. Extraction is the map (one article at a time,
 * texts dropped as soon as they are extracted); resolve and the graph are a two-pass reduce
 * over the extractions, parked on disk between the passes.
 */
export async function build(options: BuildOptions = {}): Promise<BuildSummary> {
  const started = Date.now();
  const settings = { ...BUILD_DEFAULTS, ...options };
  const out = settings.out;
  await mkdir(out, { recursive: true }).catch((error: Error) => {
    throw new Error(`newsgraph/build: cannot use ${out} as the output folder: ${error.message}`);
  });
  await removeStaleTemps(out);

  const skipped: IngestProblem[] = [];
  // An output folder inside an input folder is not read back as articles.
  const exclude = [out];
  const total = settings.inputs.includes("-") ? null : await countInputs(settings.inputs, exclude);
  const workers =
    settings.workers !== "auto" ? settings.workers : total !== null && total < AUTO_POOL_FROM ? 1 : AUTO_WORKERS;
  const progress = createProgress({
    total,
    quiet: settings.quiet,
    ...(settings.progressStream ? { stream: settings.progressStream } : {}),
  });
  const onError = (article: Pick<Article, "origin">, error: Error) => {
    skipped.push({ file: article.origin.file, line: article.origin.line, message: error.message });
    progress.tick();
  };
  const cacheDir = join(out, CACHE_FOLDER);
  // One worker extracts in this thread; the cache serves every worker count alike.
  const step = settings.extractAll
    ? { extractAll: settings.extractAll, stats: { cached: 0 } }
    : createExtractAll({
        workers,
        inThread: workers === 1,
        cacheDir,
        readCache: settings.cache,
        onError,
      });

  async function* articles(): AsyncIterable<Article> {
    for await (const item of ingest(settings.inputs, { exclude, ...(settings.stdin ? { stdin: settings.stdin } : {}) })) {
      if (item.kind === "article") yield item.article;
      else {
        skipped.push(item.problem);
        progress.tick();
      }
    }
  }

  const summary: BuildSummary = {
    articles: 0,
    skipped,
    cached: 0,
    entities: emptyCounts(["person", "country", "organization"] as const),
    edges: emptyCounts<EdgeKind>(["cooccurrence", "quote", "cites"]),
    files: [],
    upToDate: false,
    ms: 0,
  };
  const spill = openSpill(out);
  try {
    const resolver = createResolver();
    for await (const doc of step.extractAll(articles())) {
      resolver.add(doc);
      await spill.write(doc);
      summary.articles += 1;
      progress.tick();
    }
    summary.cached = step.stats.cached;
    if (summary.articles === 0 || (settings.strict && skipped.length > 0)) return summary;

    const key = manifestKey(spill.digest(), settings.graph);
    const previous = settings.cache ? await upToDate(out, key) : null;
    if (previous) {
      Object.assign(summary, { files: previous.files, entities: previous.entities, edges: previous.edges, upToDate: true });
      return summary;
    }

    progress.stage("resolving");
    const resolution = resolver.finish();
    const graphBuilder = createGraphBuilder(resolution, settings.graph);
    const extractions = await openExtractions(out);
    try {
      for await (const doc of spill.read()) {
        graphBuilder.add(doc);
        await extractions.write(remapExtraction(doc, resolution.remap));
      }
      progress.stage("laying out");
      const graph = graphBuilder.finish();
      progress.stage("writing");
      summary.files = await exportGraph(graph, out, { evidence: graphBuilder.trail() });
      await extractions.commit();
      summary.files.push(extractions.path);
      graph.forEachNode((_node, attributes) => (summary.entities[attributes.entityType] += 1));
      graph.forEachEdge((_edge, attributes) => (summary.edges[attributes.kind] += 1));
      await writeManifest(out, { key, files: summary.files, entities: summary.entities, edges: summary.edges });
    } catch (error) {
      await extractions.abort();
      throw error;
    }
    return summary;
  } finally {
    progress.stop();
    await spill.remove();
    summary.ms = Date.now() - started;
  }
}
