import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import type { ExtractOptions } from "../extract/defaults.js";
import type { DocExtraction } from "../extract/types.js";
import { exportGraph, openExtractions, OUTPUT_FILES, removeExtraEvidenceShards, removeStaleTemps, type AtomicFile } from "../export/index.js";
import { createGraphBuilder, GRAPH_DEFAULTS } from "../graph/index.js";
import type { EdgeKind, GraphOptions } from "../graph/types.js";
import { countInputs, createDuplicates, ingest } from "../ingest/index.js";
import type { Article, IngestProblem } from "../ingest/types.js";
import { createResolver, remapExtraction, type Resolution } from "../resolve/index.js";
import { AUTO_POOL_FROM, AUTO_WORKERS, BUILD_DEFAULTS, CACHE_FOLDER } from "./defaults.js";
import { manifestKey, previousPositions, upToDate } from "./manifest.js";
import { createExtractAll } from "./pool.js";
import { createProgress, type Progress } from "./progress.js";
import { discard, publish } from "./publish.js";
import { openSpill } from "./spill.js";
import type { BuildSummary } from "./summary.js";

export { formatSummary, type BuildSummary } from "./summary.js";
export { BUILD_DEFAULTS } from "./defaults.js";
export { isStale } from "./stale.js";

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
  /** Called with the corpus resolution (also when the outputs are up to date): `build --explain`. */
  onResolution?: (resolution: Resolution) => void;
  /** Passed to every extract() call (and part of the cache's version). */
  extract?: Partial<ExtractOptions>;
  /** Seconds per started megabyte of text one article may take in a worker before it is skipped as "took longer than N s". */
  articleTimeout?: number;
  /** Count every copy of an identical text, instead of the first only. */
  keepDuplicates?: boolean;
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

  const skipped: IngestProblem[] = [];
  const truncated: IngestProblem[] = [];
  const warnings: string[] = [];
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
  const onWarning = (message: string) => {
    if (!warnings.includes(message)) warnings.push(message);
  };
  const cacheDir = join(out, CACHE_FOLDER);
  // One worker extracts in this thread; the cache serves every worker count alike.
  const step = settings.extractAll
    ? { extractAll: settings.extractAll, stats: { cached: 0 } }
    : createExtractAll({
        workers,
        inThread: workers === 1,
        extractOptions: settings.extract,
        articleTimeoutMs: settings.articleTimeout * 1000,
        cacheDir,
        readCache: settings.cache,
        onError,
        onTruncated: (article, message) => truncated.push({ file: article.origin.file, line: article.origin.line, message }),
        onWarning,
      });

  const duplicates = createDuplicates({ keep: settings.keepDuplicates });
  async function* articles(): AsyncIterable<Article> {
    for await (const item of ingest(settings.inputs, { exclude, ...(settings.stdin ? { stdin: settings.stdin } : {}) })) {
      if (item.kind === "problem") {
        skipped.push(item.problem);
        progress.tick();
        continue;
      }
      const article = duplicates.admit(item.article);
      if (article) yield article;
      else progress.tick();
    }
  }

  return reduce(step.extractAll(articles()), {
    out,
    strict: settings.strict,
    cache: settings.cache,
    ...(settings.graph ? { graph: settings.graph } : {}),
    skipped,
    truncated,
    progress,
    warnings,
    cached: () => step.stats.cached,
    duplicates: () => duplicates.count,
    keepDuplicates: settings.keepDuplicates,
    ...(settings.onResolution ? { onResolution: settings.onResolution } : {}),
    started,
  });
}

/** What the reduce needs besides the extractions; build() and builds from elsewhere fill it alike. */
export interface ReduceOptions {
  out: string;
  strict: boolean;
  /** false: rewrite every output even when the manifest says they are up to date. */
  cache: boolean;
  graph?: GraphOptions;
  /** Inputs skipped so far; the extractions' iteration may still add to it. */
  skipped: IngestProblem[];
  /** Articles cut to their most mentioned entities (src/extract/cap.ts); the iteration may still add to it. */
  truncated?: IngestProblem[];
  progress: Progress;
  /** Warnings so far (a capped worker count, a damaged cache entry); the iteration may add more. */
  warnings?: string[];
  /** How many extractions came from a cache, read once the iteration has ended. */
  cached?: () => number;
  /** How many identical texts were left out (or kept), read once the iteration has ended. */
  duplicates?: () => number;
  keepDuplicates?: boolean;
  /** Called with the corpus resolution (also when the outputs are up to date): `build --explain`. */
  onResolution?: (resolution: Resolution) => void;
  /** When the build started (Date.now()), for summary.ms. */
  started?: number;
}

/**
 * The reduce half of a build: extractions, in corpus order, through resolve, the graph and
 * export into `out`. The order decides the graph (first evidence, layout seeds), so every
 * source of extractions must give the order a local build reads the corpus in.
 */
export async function reduce(docs: AsyncIterable<DocExtraction>, options: ReduceOptions): Promise<BuildSummary> {
  const started = options.started ?? Date.now();
  const { out, progress, skipped } = options;
  const warnings = options.warnings ?? [];
  const settings = { ...options, keepDuplicates: options.keepDuplicates ?? false };
  await mkdir(out, { recursive: true }).catch((error: Error) => {
    progress.stop();
    throw new Error(`newsgraph/build: cannot use ${out} as the output folder: ${error.message}`);
  });
  // Depth 1: the evidence shards' folder too.
  await removeStaleTemps(out, 1);
  const summary: BuildSummary = {
    articles: 0,
    skipped,
    truncated: options.truncated ?? [],
    duplicates: 0,
    duplicatesKept: settings.keepDuplicates,
    cached: 0,
    entities: emptyCounts(["person", "country", "organization"] as const),
    edges: emptyCounts<EdgeKind>(["cooccurrence", "quote", "cites"]),
    files: [],
    notes: [],
    warnings,
    upToDate: false,
    ms: 0,
  };
  const spill = openSpill(out);
  try {
    const resolver = createResolver();
    for await (const doc of docs) {
      resolver.add(doc);
      await spill.write(doc);
      summary.articles += 1;
      progress.tick();
    }
    summary.cached = options.cached?.() ?? 0;
    summary.duplicates = options.duplicates?.() ?? 0;
    if (summary.articles === 0 || (settings.strict && skipped.length > 0)) return summary;

    const key = manifestKey(spill.digest(), settings.graph);
    const previous = settings.cache ? await upToDate(out, key) : null;
    if (previous) {
      settings.onResolution?.(resolver.finish());
      Object.assign(summary, { files: previous.files, entities: previous.entities, edges: previous.edges, notes: previous.notes ?? [], upToDate: true });
      return summary;
    }

    progress.stage("resolving");
    const resolution = resolver.finish();
    settings.onResolution?.(resolution);
    // A grown corpus keeps its picture; --no-cache lays the graph out from scratch.
    const positions = settings.cache ? await previousPositions(out, OUTPUT_FILES.json) : undefined;
    const graphBuilder = createGraphBuilder(resolution, settings.graph, positions);
    const extractions = await openExtractions(out);
    const staged: AtomicFile[] = [extractions.file];
    try {
      for await (const doc of spill.read()) {
        // Rewritten before the graph sees it: a bare surname may resolve differently per article.
        const resolved = remapExtraction(doc, resolution.remap);
        graphBuilder.add(resolved);
        await extractions.write(resolved);
      }
      progress.stage("laying out");
      const graph = graphBuilder.finish();
      progress.stage("writing");
      staged.unshift(...(await exportGraph(graph, out, { evidence: graphBuilder.trail() })));
      graph.forEachNode((_node, attributes) => (summary.entities[attributes.entityType] += 1));
      graph.forEachEdge((_edge, attributes) => (summary.edges[attributes.kind] += 1));
      const { listSize, listActors, articleLinks, articleLinkChars } = { ...GRAPH_DEFAULTS, ...settings.graph };
      const lists = graphBuilder.stats.listSentences;
      if (lists > 0) {
        summary.notes.push(`${lists} sentence${lists === 1 ? "" : "s"} naming over ${listSize} entities linked as lists (each entity to the first ${listActors} named)`);
      }
      const n = (x: number) => x.toLocaleString("en-US");
      for (const { id, links, kept } of graphBuilder.stats.cappedArticles) {
        summary.notes.push(`article ${id} makes ${n(links)} links, more than one article may bring (${n(articleLinks)} plus one per ${n(articleLinkChars)} characters): kept its ${n(kept)} most repeated`);
      }
      summary.files = await publish(out, staged, { key, entities: summary.entities, edges: summary.edges, notes: summary.notes });
      await removeExtraEvidenceShards(out, graph.getAttribute("evidenceShards") ?? 0);
    } catch (error) {
      await discard(staged);
      throw error;
    }
    return summary;
  } finally {
    progress.stop();
    await spill.remove();
    summary.ms = Date.now() - started;
  }
}
