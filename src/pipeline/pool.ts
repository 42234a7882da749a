/**
 * The build's extraction step on a worker-thread pool, with the on-disk cache in front of it.
 * Results come out in input order whatever the number of workers, so the graph does not
 * depend on which worker finished first; a bounded window of articles in flight keeps memory
 * flat however long the corpus is. Articles the cache has wait in the window as read (their
 * entries are read at their turn), so the window reaches past them to the articles it lacks: a
 * grown corpus's new articles, read last, are extracted while the cached ones go by. An article
 * that overruns its time budget has its worker terminated (and replaced) and is skipped; a
 * worker that dies is replaced and its article tried once more.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setImmediate } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Article } from "../ingest/types.js";
import type { DocExtraction } from "../extract/types.js";
import type { ExtractOptions } from "../extract/defaults.js";
import type { ExtractResult, ExtractTask } from "../extract/worker.js";
import { ENTITY_CAP_DEFAULTS } from "../extract/cap.js";
import { articleKey, extractorVersion, openCache, pruneCache, type ExtractionCache } from "./cache.js";

/** Compiled worker entry: the same path from src/pipeline/ (tests) and dist/pipeline/ (the CLI). */
const WORKER_FILE = fileURLToPath(new URL("../../dist/extract/worker.js", import.meta.url));
/** What one extraction worker takes at its peak (compromise, the gazetteers, one chunk's work), measured with margin. */
const WORKER_BYTES = 300 * 1024 * 1024;

export interface ExtractAllOptions {
  /** Worker threads; at least 1, at most one per core and what memory allows. */
  workers?: number;
  /**
   * Extract in the calling thread, no pool: nothing to start, the quickest way through a few
   * articles. The cache works the same; the time budget cannot interrupt this thread.
   */
  inThread?: boolean;
  /** Passed to every extract() call; part of the cache's version. */
  extractOptions?: Partial<ExtractOptions>;
  /**
   * A pooled article still running after this long is skipped (its worker is replaced). Per
   * started megabyte of text: extraction is linear in length, so a 16 MB article gets 16 times
   * the budget of a short one.
   */
  articleTimeoutMs?: number;
  /** Cache root (the build puts it under its output folder); null: no cache at all. */
  cacheDir?: string | null;
  /** false (`--no-cache`): extract every article again; the fresh results still refresh the cache. */
  readCache?: boolean;
  /** Articles in flight per worker: enough to keep workers busy while the consumer works. */
  inFlightPerWorker?: number;
  /** Extracted articles the window may hold per worker ahead of the one the consumer is at. */
  aheadPerWorker?: number;
  /** Characters of article text the window may hold (cached articles waiting for their turn, and the rest). */
  aheadChars?: number;
  /** Called once per article, in output order. */
  onArticle?: (event: { id: string; cached: boolean }) => void;
  /**
   * Called when an article cannot be extracted (extract() threw, the time budget ran out, its
   * worker died twice): the article is skipped and the build goes on. Without it the error ends the build.
   */
  onError?: (article: Pick<Article, "id" | "origin">, error: Error) => void;
  /**
   * Called, in output order, for an article that named more entities than one article may
   * bring (src/extract/cap.ts) and was cut to its most mentioned; also when it comes from the cache.
   */
  onTruncated?: (article: Pick<Article, "id" | "origin">, message: string) => void;
  /** The workers' module (tests give one whose threads die); the compiled extractor's by default. */
  workerFile?: string;
  /** Problems that cost nothing but time: a damaged cache entry, fewer workers than asked. */
  onWarning?: (message: string) => void;
}

export const EXTRACT_ALL_DEFAULTS = {
  workers: availableParallelism(),
  inThread: false,
  extractOptions: {} as Partial<ExtractOptions>,
  articleTimeoutMs: 300_000,
  cacheDir: null as string | null,
  readCache: true,
  inFlightPerWorker: 8,
  aheadPerWorker: 128,
  aheadChars: 64 * 1024 * 1024,
  workerFile: WORKER_FILE,
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

/** Runs one article's extraction somewhere. Rejects only when the runner itself failed (time budget, a dead worker). */
interface Runner {
  run(task: ExtractTask): Promise<ExtractResult>;
  close(): Promise<void>;
}

/** Workers the machine can hold: one per core, and no more than its free memory feeds. */
export function workerCap(): number {
  const memory = typeof process.availableMemory === "function" ? process.availableMemory() : Infinity;
  return Math.max(1, Math.min(availableParallelism(), Math.floor(memory / WORKER_BYTES)));
}

async function inThreadRunner(): Promise<Runner> {
  // Loaded on demand: a pooled build never needs compromise and the gazetteers in this thread.
  const { default: extractTask } = await import("../extract/worker.js");
  return { run: async (task) => extractTask(task), close: async () => undefined };
}

/** An article that outlasted its budget; the budget is kept with the skip, as a larger one tries the article again. */
class Overrun extends Error {
  constructor(readonly budgetMs: number) {
    super(`took longer than ${budgetMs / 1000} s`);
  }
}

const MEGABYTE = 1024 * 1024;

/** Per started megabyte: extraction is linear in length. */
const budgetOf = (text: string, budgetMs: number) => budgetMs * Math.max(1, Math.ceil(text.length / MEGABYTE));

function poolRunner(file: string, workers: number, budgetMs: number, warn: (message: string) => void): Runner {
  if (!existsSync(file)) {
    throw new Error(`newsgraph/build: extraction worker not found at ${file} (run \`npm run build\`)`);
  }
  // Started on the first article the cache does not have: a warm re-run starts no thread at all.
  let pool: Piscina<ExtractTask, ExtractResult> | null = null;
  let started: Promise<void> | null = null;
  const start = (): Promise<void> => {
    const threads = new Piscina<ExtractTask, ExtractResult>({ filename: file, minThreads: workers, maxThreads: workers });
    pool = threads;
    // A worker that fails with no task on it is replaced by the pool; unheard, the event would end the process.
    threads.on("error", (error: Error) => warn(`newsgraph/build: an extraction worker failed and was replaced (${error.message})`));
    // Every worker loads compromise and the gazetteers before its first task: that is start-up, not
    // any article's time. One call per worker (each is busy until it answers), before any budget runs.
    return Promise.allSettled(Array.from({ length: workers }, () => threads.run(undefined as never, { name: "ready" }))).then((results) => {
      for (const result of results) if (result.status === "rejected") warn(`newsgraph/build: an extraction worker failed to start (${String(result.reason)}); it was replaced`);
    });
  };
  // One task per worker at a time, so a task's clock starts when it starts, not while it queues.
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async () => {
    if (running >= workers) await new Promise<void>((go) => waiting.push(go));
    running++;
  };
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  async function attempt(task: ExtractTask): Promise<ExtractResult> {
    const abort = new AbortController();
    const timeoutMs = budgetOf(task.article.text, budgetMs);
    const timer = setTimeout(() => abort.abort(new Overrun(timeoutMs)), timeoutMs);
    try {
      return await pool!.run(task, { signal: abort.signal });
    } catch (error) {
      if (abort.signal.aborted) throw new Overrun(timeoutMs);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
  return {
    async run(task) {
      await (started ??= start());
      await slot();
      try {
        return await attempt(task);
      } catch (error) {
        // The overrun worker was terminated: its replacement starts before the next budget does.
        if (error instanceof Overrun) {
          await pool!.run(undefined as never, { name: "ready" }).catch(() => undefined);
          throw error;
        }
        // The worker died under this article (or while starting): once more on a fresh one.
        warn(`newsgraph/build: an extraction worker died (${(error as Error).message}); trying its article again`);
        return await attempt(task);
      } finally {
        release();
      }
    },
    close: async () => {
      // Never while a worker is still loading its modules.
      await started;
      await pool?.destroy();
    },
  };
}

type Outcome = { ok: true; doc: DocExtraction; cached: boolean } | { ok: false; error: Error };

function where(article: Pick<Article, "id" | "origin">): string {
  const { file, line } = article.origin;
  return `${file}${line ? `:${line}` : ""} (article ${article.id})`;
}

/** What the build's summary says of an article the entity cap cut (`build` and `build --from` alike). */
export function truncationMessage(article: Pick<Article, "id" | "origin">, cut: NonNullable<DocExtraction["truncated"]>): string {
  const n = (x: number) => x.toLocaleString("en-US");
  return (
    `newsgraph/extract: ${where(article)}: names ${n(cut.entities)} entities, more than one article may bring ` +
    `(${n(ENTITY_CAP_DEFAULTS.maxEntities)} plus one per ${ENTITY_CAP_DEFAULTS.charsPerEntity} characters); kept its ${n(cut.kept)} most mentioned`
  );
}

/** Builds the extraction step; each extractAll() call runs its own pool and ends it when done. */
export function createExtractAll(options: ExtractAllOptions = {}): ExtractStep {
  const opts = { ...EXTRACT_ALL_DEFAULTS, ...options };
  const warn = opts.onWarning ?? (() => undefined);
  const asked = Math.max(1, Math.floor(opts.workers));
  const workers = Math.min(asked, workerCap());
  const stats: ExtractStats = { cached: 0, extracted: 0, failed: 0 };

  async function* extractAll(items: AsyncIterable<Article>): AsyncIterable<DocExtraction> {
    if (!opts.inThread && workers < asked) warn(`newsgraph/build: ${workers} extraction workers instead of ${asked} (cores and free memory)`);
    const version = opts.cacheDir === null ? null : extractorVersion(undefined, opts.extractOptions);
    const cache: ExtractionCache | null =
      opts.cacheDir === null || version === null ? null : await openCache({ dir: opts.cacheDir, version, onWarning: warn });
    const runner = opts.inThread ? await inThreadRunner() : poolRunner(opts.workerFile, workers, opts.articleTimeoutMs, warn);
    const failure = (article: Article, message: string, cause?: unknown): Outcome => ({
      ok: false,
      error: new Error(`newsgraph/extract: ${where(article)}: ${message}`, { cause }),
    });

    // In this thread no budget can stop an article: an overrun skip from a pooled run is tried again.
    const budget = (article: Article) => (opts.inThread ? Infinity : budgetOf(article.text, opts.articleTimeoutMs));

    async function one(article: Article, key: string): Promise<Outcome> {
      if (cache && opts.readCache) {
        const hit = await cache.get(key, article.id);
        if (hit) return { ok: true, doc: hit, cached: true };
        // The same text, extractor and options failed before: said again, not paid for again.
        const skip = await cache.skipOf(key, article.id);
        if (skip && (skip.budgetMs === undefined || budget(article) <= skip.budgetMs)) {
          return failure(article, `skipped, as in the previous build: ${skip.reason}`);
        }
      }
      const skipped = async (reason: string, budgetMs?: number, cause?: unknown): Promise<Outcome> => {
        if (cache) await cache.putSkip(key, { id: article.id, reason, ...(budgetMs === undefined ? {} : { budgetMs }) });
        return failure(article, reason, cause);
      };
      let result: ExtractResult;
      try {
        result = await runner.run({ article, options: opts.extractOptions });
      } catch (err) {
        return skipped(err instanceof Error ? err.message : String(err), err instanceof Overrun ? err.budgetMs : undefined, err);
      }
      if ("error" in result) return skipped(result.error);
      if (cache) await cache.put(key, result.json);
      return { ok: true, doc: JSON.parse(result.json) as DocExtraction, cached: false };
    }

    // An article sent to extraction holds its text until it is extracted (`running`); one in the
    // cache is read at its turn (`fromCache`), its text kept in case the entry is found damaged.
    type Slot = { article: Pick<Article, "id" | "origin">; chars: number } & ({ running: Promise<Outcome> } | { fromCache: () => Promise<Outcome> });
    const window: Slot[] = [];
    const inFlight = workers * opts.inFlightPerWorker;
    const ahead = workers * opts.aheadPerWorker;
    let [extracting, dispatched, held] = [0, 0, 0];
    const full = () => extracting >= inFlight || dispatched >= ahead || held >= opts.aheadChars;
    let completed = false;

    function take(article: Article): Slot {
      const key = cache ? articleKey(article) : "";
      const slot = { article: { id: article.id, origin: article.origin }, chars: article.text.length };
      if (cache && opts.readCache && cache.has(key)) return { ...slot, fromCache: () => one(article, key) };
      extracting++;
      dispatched++;
      const running = one(article, key).finally(() => extracting--);
      // `one` does not reject; the catch keeps a bug from surfacing as an unhandled rejection before its turn.
      running.catch(() => undefined);
      return { ...slot, running };
    }

    async function next(): Promise<DocExtraction | null> {
      const head = window.shift()!;
      held -= head.chars;
      if ("running" in head) dispatched--;
      // Handing on cached articles takes no I/O the event loop would wait for: without a turn
      // of it the workers' results go unheard, and no new article reaches them until it ends.
      else if (extracting > 0) await setImmediate();
      return settle(head.article, await ("running" in head ? head.running : head.fromCache()));
    }

    function settle(article: Pick<Article, "id" | "origin">, outcome: Outcome): DocExtraction | null {
      if (outcome.ok) {
        if (outcome.cached) stats.cached++;
        else stats.extracted++;
        opts.onArticle?.({ id: outcome.doc.id, cached: outcome.cached });
        const cut = outcome.doc.truncated;
        if (cut) opts.onTruncated?.(article, truncationMessage(article, cut));
        return outcome.doc;
      }
      if (!opts.onError) throw outcome.error;
      stats.failed++;
      opts.onError(article, outcome.error);
      return null;
    }

    try {
      for await (const article of items) {
        const slot = take(article);
        held += slot.chars;
        window.push(slot);
        while (window.length > 0 && full()) {
          const doc = await next();
          if (doc) yield doc;
        }
      }
      while (window.length > 0) {
        const doc = await next();
        if (doc) yield doc;
      }
      completed = true;
    } finally {
      // On an early stop, let started tasks finish so no cache write is cut half-way.
      await Promise.allSettled(window.flatMap((slot) => ("running" in slot ? [slot.running] : [])));
      await runner.close();
      // A complete run under this version makes older versions' entries useless.
      if (completed && cache && opts.cacheDir !== null && version !== null) await pruneCache(opts.cacheDir, version);
    }
  }

  return { extractAll, stats };
}
