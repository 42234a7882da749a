/**
 * `newsgraph worker`: takes jobs from the queue, extracts their articles with the build's own
 * extraction step, and records them in the store. Any number of these run side by side, on
 * any number of machines; one extracts one job at a time, so a machine runs one per core.
 */
import { hostname } from "node:os";
import { Worker, type Job } from "bullmq";
import type { Article } from "../ingest/types.js";
import { articleKey, extractorVersion } from "../pipeline/cache.js";
import { createExtractAll } from "../pipeline/pool.js";
import { DISTRIBUTED_DEFAULTS } from "./defaults.js";
import { JOBS, openQueue, outstanding, type ArticlesJob, type JobData, type ReplaceJob } from "./queue.js";
import { connectRedis } from "./redis.js";
import { openStore, pairKey, type Store, type StoredArticle } from "./store.js";

export interface WorkerOptions {
  queue: string;
  /** postgres://USER:PASSWORD@HOST:PORT/DATABASE */
  db: string;
  /** Stop once no job is left anywhere (waiting, retrying, or held by another worker). */
  exitWhenIdle?: boolean;
  /** How long a job stays with a worker that stopped answering before another takes it. */
  lockMs?: number;
  queueName?: string;
  quiet?: boolean;
  /** Where progress lines go (stderr by default). */
  log?: NodeJS.WritableStream;
  /** Stops the worker after its current job (the CLI wires SIGINT and SIGTERM to it). */
  signal?: AbortSignal;
}

export interface WorkerSummary {
  jobs: number;
  articles: number;
  /** Articles extracted here; the others were in the store already (a retry, a re-enqueue). */
  extracted: number;
  failed: number;
  ms: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The articles one by one, letting timers run between them: extraction runs in this thread,
 * and BullMQ renews the job's lock on a timer; a long job must not look like a dead worker.
 */
async function* each<T>(items: T[]): AsyncIterable<T> {
  for (const item of items) {
    await new Promise((resolve) => setImmediate(resolve));
    yield item;
  }
}

/** Extracts what the store lacks of one job's articles, then records the whole job. */
async function processArticles(store: Store, extractor: string, data: ArticlesJob, summary: WorkerSummary): Promise<void> {
  const stored: StoredArticle[] = data.articles.map((article, i) => ({
    id: article.id,
    ordinal: data.first + i,
    content: articleKey(article),
    origin: article.origin,
  }));
  const known = await store.known(extractor, stored);
  const todo = stored.flatMap((entry, i) => (known.has(pairKey(entry)) ? [] : [{ entry, article: data.articles[i]! }]));
  // Results come in input order, failures through onError at their turn: one list, in order.
  const results: StoredArticle["result"][] = [];
  const step = createExtractAll({
    inThread: true,
    cacheDir: null,
    onError: (_article: Pick<Article, "id" | "origin">, error: Error) => results.push({ error: error.message }),
  });
  for await (const doc of step.extractAll(each(todo.map((t) => t.article)))) results.push({ doc });
  todo.forEach((t, i) => (t.entry.result = results[i]!));
  await store.record(extractor, stored);
  summary.articles += stored.length;
  summary.extracted += step.stats.extracted;
  summary.failed += step.stats.failed;
}

export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const started = Date.now();
  const settings = { ...DISTRIBUTED_DEFAULTS, exitWhenIdle: false, quiet: false, ...options };
  const log = (text: string) => {
    if (!settings.quiet) (settings.log ?? process.stderr).write(`newsgraph/worker: ${text}\n`);
  };
  const extractor = extractorVersion();
  const redis = await connectRedis(settings.queue);
  let store: Store;
  try {
    store = await openStore(settings.db);
  } catch (error) {
    redis.disconnect();
    throw error;
  }
  const queue = openQueue(redis, settings.queueName);
  // Load the extractor (compromise, the gazetteers) before holding any job's lock.
  for await (const _ of createExtractAll({ inThread: true, cacheDir: null }).extractAll(each([]))) break;
  const summary: WorkerSummary = { jobs: 0, articles: 0, extracted: 0, failed: 0, ms: 0 };
  let lastLine = Date.now();

  const worker = new Worker<JobData>(
    queue.name,
    async (job: Job<JobData>) => {
      if (job.name === JOBS.replace) await store.replaceBelow((job.data as ReplaceJob).below);
      else await processArticles(store, extractor, job.data as ArticlesJob, summary);
      summary.jobs += 1;
      if (Date.now() - lastLine >= 5000) {
        lastLine = Date.now();
        log(`${summary.jobs} jobs, ${summary.articles} articles (${summary.extracted} extracted here)`);
      }
    },
    {
      connection: redis,
      // Stored on the job it holds: which machine and process has it, for monitoring.
      name: `${hostname()}:${process.pid}`,
      concurrency: 1,
      lockDuration: settings.lockMs,
      stalledInterval: Math.max(500, Math.floor(settings.lockMs / 2)),
      // A job whose worker died is handed on; only a job that kills every worker ends failed.
      maxStalledCount: settings.attempts,
    },
  );
  worker.on("failed", (job, error) => {
    if (job) log(`job ${job.id} failed (attempt ${job.attemptsMade} of ${job.opts.attempts ?? 1}): ${error.message}`);
  });
  worker.on("error", (error) => log(`queue error: ${error.message}`));

  try {
    await worker.waitUntilReady();
    log(`extractor ${extractor}, waiting for jobs on ${queue.name}`);
    const stopped = new Promise<void>((resolve) => {
      if (settings.signal?.aborted) resolve();
      settings.signal?.addEventListener("abort", () => resolve(), { once: true });
    });
    if (settings.exitWhenIdle) {
      let stop = false;
      void stopped.then(() => (stop = true));
      while (!stop) {
        await sleep(settings.idlePollMs);
        // Redis away for a moment is not idleness: ask again at the next poll.
        if ((await outstanding(queue).catch(() => -1)) === 0) break;
      }
    } else await stopped;
  } finally {
    await worker.close();
    await queue.close();
    await store.close();
    redis.disconnect();
    summary.ms = Date.now() - started;
  }
  log(`done: ${summary.jobs} jobs, ${summary.articles} articles, ${summary.extracted} extracted, ${summary.failed} failed`);
  return summary;
}
