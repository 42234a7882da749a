/**
 * The build's extraction step on a worker-thread pool, with the on-disk cache in front of it.
 * Results come out in input order whatever the number of workers, so the graph does not
 * depend on which worker finished first; a bounded window of articles in flight keeps memory
 * flat however long the corpus is.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Article } from "../ingest/types.js";
import type { DocExtraction } from "../extract/types.js";
import { articleKey, extractorVersion, openCache, pruneCache, type ExtractionCache } from "./cache.js";

/** Compiled worker entry: the same path from src/pipeline/ (tests) and dist/pipeline/ (the CLI). */
const WORKER_FILE = fileURLToPath(new URL("../../dist/extract/worker.js", import.meta.url));

export interface ExtractAllOptions {
  /** Worker threads; at least 1. */
  workers?: number;
  /**
   * Extract in the calling thread, no pool: nothing to start, the quickest way through a few
   * articles. The cache works the same.
   */
  inThread?: boolean;
  /** Cache root (the build puts it under its output folder); null: no cache at all. */
  cacheDir?: string | null;
  /** false (`--no-cache`): extract every article again; the fresh results still refresh the cache. */
  readCache?: boolean;
  /** Articles in flight per worker: enough to keep workers busy while the consumer works. */
  inFlightPerWorker?: number;
  /** Called once per article, in output order. */
  onArticle?: (event: { id: string; cached: boolean }) => void;
  /**
   * Called when extract() throws on an article (a bug met by untrusted text): the article is
   * skipped and the build goes on. Without it the error ends the build.
   */
  onError?: (article: Pick<Article, "id" | "origin">, error: Error) => void;
}

export const EXTRACT_ALL_DEFAULTS = {
  workers: availableParallelism(),
  inThread: false,
  cacheDir: null as string | null,
  readCache: true,
  inFlightPerWorker: 8,
};

export interface ExtractStats {
  /** Articles taken from the cache. */
  cached: number;
  /** Articles extracted by a worker in this run. */
  extracted: number;
  /** Articles extract() failed on (reported through onError). */
  failed: number;
}

export interface ExtractStep {
  extractAll(items: AsyncIterable<Article>): AsyncIterable<DocExtraction>;
  /** Live counts, final once extractAll's iteration has ended. */
  readonly stats: ExtractStats;
}

/** Runs one article's extraction somewhere and returns it as JSON text. */
interface Runner {
  run(article: Article): Promise<string>;
  close(): Promise<void>;
}

async function inThreadRunner(): Promise<Runner> {
  // Loaded on demand: a pooled build never needs compromise and the gazetteers in this thread.
  const { extract } = await import("../extract/index.js");
  return { run: async (article) => JSON.stringify(extract(article)), close: async () => undefined };
}

function poolRunner(workers: number): Runner {
  if (!existsSync(WORKER_FILE)) {
    throw new Error(`newsgraph/build: extraction worker not found at ${WORKER_FILE} (run \`npm run build\`)`);
  }
  const pool = new Piscina<Article, string>({ filename: WORKER_FILE, minThreads: workers, maxThreads: workers });
  return { run: (article) => pool.run(article), close: () => pool.destroy() };
}

type Outcome = { ok: true; doc: DocExtraction; cached: boolean } | { ok: false; error: Error };

function where(article: Pick<Article, "id" | "origin">): string {
  const { file, line } = article.origin;
  return `${article.id} (${file}${line ? `:${line}` : ""})`;
}

/** Builds the extraction step; each extractAll() call runs its own pool and ends it when done. */
export function createExtractAll(options: ExtractAllOptions = {}): ExtractStep {
  const opts = { ...EXTRACT_ALL_DEFAULTS, ...options };
  const workers = Math.max(1, Math.floor(opts.workers));
  const stats: ExtractStats = { cached: 0, extracted: 0, failed: 0 };

  async function* extractAll(items: AsyncIterable<Article>): AsyncIterable<DocExtraction> {
    const version = opts.cacheDir === null ? null : extractorVersion();
    const cache: ExtractionCache | null =
      opts.cacheDir === null || version === null ? null : await openCache({ dir: opts.cacheDir, version });
    const runner = opts.inThread ? await inThreadRunner() : poolRunner(workers);

    async function one(article: Article): Promise<Outcome> {
      const key = cache ? articleKey(article) : "";
      if (cache && opts.readCache) {
        const hit = await cache.get(key);
        // A hit must be this article's: ids are part of the key, this guards a damaged entry.
        if (hit && hit.id === article.id) return { ok: true, doc: hit, cached: true };
      }
      let json: string;
      try {
        json = await runner.run(article);
      } catch (err) {
        const e = err instanceof Error ? err : new Error(String(err));
        return { ok: false, error: new Error(`newsgraph/extract: article ${where(article)}: ${e.message}`, { cause: e }) };
      }
      if (cache) await cache.put(key, json);
      return { ok: true, doc: JSON.parse(json) as DocExtraction, cached: false };
    }

    // Only ids and origins stay here: the window holds texts until they are extracted, no longer.
    const window: { article: Pick<Article, "id" | "origin">; outcome: Promise<Outcome> }[] = [];
    const limit = workers * opts.inFlightPerWorker;
    let completed = false;

    function settle(article: Pick<Article, "id" | "origin">, outcome: Outcome): DocExtraction | null {
      if (outcome.ok) {
        if (outcome.cached) stats.cached++;
        else stats.extracted++;
        opts.onArticle?.({ id: outcome.doc.id, cached: outcome.cached });
        return outcome.doc;
      }
      if (!opts.onError) throw outcome.error;
      stats.failed++;
      opts.onError(article, outcome.error);
      return null;
    }

    try {
      for await (const article of items) {
        // `one` never rejects except on a cache write failure; the catch keeps that from
        // surfacing as an unhandled rejection before its turn comes, when it is rethrown.
        const outcome = one(article);
        outcome.catch(() => undefined);
        window.push({ article: { id: article.id, origin: article.origin }, outcome });
        if (window.length >= limit) {
          const head = window.shift()!;
          const doc = settle(head.article, await head.outcome);
          if (doc) yield doc;
        }
      }
      while (window.length > 0) {
        const head = window.shift()!;
        const doc = settle(head.article, await head.outcome);
        if (doc) yield doc;
      }
      completed = true;
    } finally {
      // On an early stop, let started tasks finish so no cache write is cut half-way.
      await Promise.allSettled(window.map((w) => w.outcome));
      await runner.close();
      // A complete run under this version makes older versions' entries useless.
      if (completed && cache && opts.cacheDir !== null && version !== null) await pruneCache(opts.cacheDir, version);
    }
  }

  return { extractAll, stats };
}
