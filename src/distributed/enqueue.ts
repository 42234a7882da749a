/**
 * `newsgraph enqueue`: ingest, exactly as `build` reads its inputs, streamed into the queue in
 * batches. Memory holds one batch; when the workers fall behind, reading waits for them.
 */
import type { Readable } from "node:stream";
import { countInputs, ingest } from "../ingest/index.js";
import type { Article, IngestProblem } from "../ingest/types.js";
import { createProgress } from "../pipeline/progress.js";
import { formatProblem } from "../pipeline/summary.js";
import { DISTRIBUTED_DEFAULTS } from "./defaults.js";
import { JOBS, openQueue, reserveOrdinals } from "./queue.js";
import { connectRedis } from "./redis.js";

export interface EnqueueOptions {
  /** redis://HOST:PORT (redis://:PASSWORD@HOST:PORT/DB). */
  queue: string;
  inputs?: string[];
  /** The inputs are the whole corpus: articles enqueued by earlier runs and not in these leave it. */
  replace?: boolean;
  batch?: number;
  maxWaiting?: number;
  queueName?: string;
  quiet?: boolean;
  progressStream?: NodeJS.WriteStream;
  stdin?: Readable;
}

export interface EnqueueSummary {
  articles: number;
  jobs: number;
  skipped: IngestProblem[];
  /** A --replace run that read at least one article: the corpus is now exactly these inputs. */
  replaced: boolean;
  ms: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function enqueue(options: EnqueueOptions): Promise<EnqueueSummary> {
  const started = Date.now();
  const settings = { ...DISTRIBUTED_DEFAULTS, inputs: ["seeds"], replace: false, quiet: false, ...options };
  const redis = await connectRedis(settings.queue);
  const queue = openQueue(redis, settings.queueName);
  const total = settings.inputs.includes("-") ? null : await countInputs(settings.inputs, []);
  const progress = createProgress({
    total,
    quiet: settings.quiet,
    ...(settings.progressStream ? { stream: settings.progressStream } : {}),
  });
  const summary: EnqueueSummary = { articles: 0, jobs: 0, skipped: [], replaced: false, ms: 0 };
  const jobOptions = {
    attempts: settings.attempts,
    backoff: { type: "exponential", delay: settings.backoffMs },
    removeOnComplete: true,
    removeOnFail: 1000,
  };
  let runFirst: number | null = null;
  let batch: Article[] = [];

  const send = async () => {
    if (batch.length === 0) return;
    // Backpressure: Redis holds at most maxWaiting jobs of text at a time.
    while ((await queue.count()) >= settings.maxWaiting) await sleep(250);
    const first = await reserveOrdinals(redis, queue.name, batch.length);
    runFirst ??= first;
    await queue.add(JOBS.articles, { first, articles: batch }, jobOptions);
    for (let i = 0; i < batch.length; i++) progress.tick();
    summary.articles += batch.length;
    summary.jobs += 1;
    batch = [];
  };

  try {
    for await (const item of ingest(settings.inputs, settings.stdin ? { stdin: settings.stdin } : {})) {
      if (item.kind === "problem") {
        summary.skipped.push(item.problem);
        progress.tick();
        continue;
      }
      batch.push(item.article);
      if (batch.length >= settings.batch) await send();
    }
    await send();
    if (settings.replace && runFirst !== null) {
      // Workers may take it before this run's last batches: the store's rules give the same
      // corpus whichever job comes first (an article dropped too early comes back with its batch).
      await queue.add(JOBS.replace, { below: runFirst }, jobOptions);
      summary.jobs += 1;
      summary.replaced = true;
    }
  } finally {
    progress.stop();
    await queue.close();
    redis.disconnect();
    summary.ms = Date.now() - started;
  }
  return summary;
}

export function formatEnqueueSummary(summary: EnqueueSummary): string {
  const lines = [
    `articles: ${summary.articles} enqueued in ${summary.jobs} jobs, ${summary.skipped.length} skipped`,
    ...summary.skipped.map(formatProblem),
    ...(summary.replaced ? ["replace: articles enqueued before this run leave the corpus once the workers reach the end of it"] : []),
    `time: ${(summary.ms / 1000).toFixed(1)} s`,
  ];
  return `${lines.join("\n")}\n`;
}
