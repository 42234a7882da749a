/**
 * The BullMQ queue between `enqueue` and the workers: what a job carries, and how both sides
 * open the queue on one Redis connection.
 */
import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { Article } from "../ingest/types.js";
import { DISTRIBUTED_DEFAULTS } from "./defaults.js";

/** Job names. */
export const JOBS = { articles: "articles", replace: "replace" } as const;

/** A batch of articles; article i has ordinal `first + i`. */
export interface ArticlesJob {
  first: number;
  articles: Article[];
}

/** Sent after the last batch of a `--replace` run: articles enqueued before `below` leave the corpus. */
export interface ReplaceJob {
  below: number;
}

export type JobData = ArticlesJob | ReplaceJob;

/** Jobs still to be done anywhere: waiting, delayed for a retry, or held by a worker (alive or not). */
export async function outstanding(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts("waiting", "active", "delayed", "prioritized", "waiting-children");
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

export function openQueue(connection: Redis, name: string = DISTRIBUTED_DEFAULTS.queueName): Queue<JobData> {
  return new Queue<JobData>(name, { connection });
}

/**
 * The ordinal counter, in Redis beside the queue. It starts from the clock (microseconds), so
 * a Redis that lost its data still numbers new runs after every earlier one.
 */
export async function reserveOrdinals(redis: Redis, name: string, count: number): Promise<number> {
  const key = `newsgraph:${name}:ordinal`;
  await redis.set(key, String(Date.now() * 1000), "NX");
  return (await redis.incrby(key, count)) - count + 1;
}
